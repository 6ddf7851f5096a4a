//! `mapping-outbound-read-only`
//!
//! ## What it checks
//!
//! No field active outbound targets a vendor property the vendor contract marks
//! `readOnly`.
//!
//! ## Why it matters
//!
//! The vendor ignores or rejects read-only properties on write, so the generated outbound
//! conversion skips them. A field that claims to write one misleads the reader, and hides that
//! the canonical value never reaches the vendor.
//!
//! ## How to fix
//!
//! Narrow the field to `direction: inbound` (ids address the resource in the URL; timestamps
//! are set by the vendor), or map the canonical value to a writable vendor property.
//!
//! ```yaml
//! direction: both
//! fields:
//!   - canonical: id
//!     vendor: id       # reported: Widget.id is readOnly; add `direction: inbound`
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-outbound-read-only";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str =
    "a field active outbound that writes a vendor field the contract marks `readOnly`";
