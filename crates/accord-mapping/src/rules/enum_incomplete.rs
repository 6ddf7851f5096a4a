//! `mapping-enum-incomplete`
//!
//! ## What it checks
//!
//! An `enum` transform's `map` has a key for every value of the vendor enum at the field's
//! vendor path.
//!
//! ## Why it matters
//!
//! A vendor value the table does not map falls to `fallback` (or fails the conversion), so
//! a documented vendor state is silently turned into "unknown". `fallback` is meant for
//! values the vendor adds later, not for values it documents today.
//!
//! ## How to fix
//!
//! Map every vendor value explicitly; keep `fallback` for the future. Use `lookup` instead
//! of `enum` when the vendor values are open.
//!
//! ```yaml
//!   - canonical: status
//!     vendor: state            # enum [draft, live]
//!     transform:
//!       enum:
//!         map: { draft: active }   # reported: misses `live`
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-enum-incomplete";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "an enum table that misses values of the vendor enum";
