//! `mapping-enum-invalid`
//!
//! ## What it checks
//!
//! In an `enum` transform, every key of `map` is a value of the vendor enum, every target,
//! `fallback` and `reverse` key is a value of the canonical enum, every `reverse` value is a
//! vendor value, and the vendor path has an enum at all.
//!
//! ## Why it matters
//!
//! An entry for a value that does not exist never applies (usually a misspelling that
//! leaves the real value unmapped), and a target outside the canonical enum produces objects
//! that fail canonical validation.
//!
//! ## How to fix
//!
//! Fix the spelling, remove the entry, or (for open vendor values without an enum) use
//! `lookup` instead of `enum`.
//!
//! ```yaml
//!     transform:
//!       enum:
//!         map: { draft: active, live: active, retired: inactive }   # reported: `retired` is not a vendor value
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-enum-invalid";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "an enum table with values that are not in the vendor or canonical enum";
