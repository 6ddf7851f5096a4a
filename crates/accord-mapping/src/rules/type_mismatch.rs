//! `mapping-type-mismatch`
//!
//! ## What it checks
//!
//! Without a transform, the vendor value's JSON types fit the canonical field's (an integer
//! fits a number; array items are compared too). With one, the vendor types are among those
//! the transform takes and the transform's output type fits the canonical field.
//!
//! ## Why it matters
//!
//! A value of the wrong type fails canonical validation downstream, or is coerced in a way
//! nobody decided: a price in cents becomes a string of cents, an epoch second becomes a
//! number where an RFC 3339 timestamp is expected.
//!
//! ## How to fix
//!
//! Add the transform the message suggests (`to-string`, `minor-units-to-decimal`,
//! `unix-seconds-to-rfc3339`, ...), choose the transform for the vendor type, or remove a
//! transform when both sides already have the same type.
//!
//! ```yaml
//!   - canonical: price         # a decimal string
//!     vendor: priceCents       # reported: an integer; add `transform: {minor-units-to-decimal: {exponent: 2}}`
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-type-mismatch";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "vendor and canonical types do not fit without (or with) the transform";
