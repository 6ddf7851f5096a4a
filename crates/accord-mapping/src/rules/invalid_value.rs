//! `mapping-invalid-value`
//!
//! ## What it checks
//!
//! Values the mapping itself writes into canonical fields validate against the canonical
//! field's schema (enum, type, pattern, bounds): `constant`, `default`, `lookup` table
//! values, `fallback` and `reverse` keys.
//!
//! ## Why it matters
//!
//! These values are written into every converted object: one that the canonical schema
//! rejects makes every conversion produce an invalid object, for every record, from the day
//! the mapping ships.
//!
//! ## How to fix
//!
//! Write a value the canonical field accepts (the message quotes the schema's complaint),
//! or change the canonical schema if the value is right.
//!
//! ```yaml
//!   - canonical: price         # pattern ^[0-9]+\.[0-9]{2}$
//!     constant: "12"           # reported; write "12.00"
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-invalid-value";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "a constant, default or lookup value that the canonical field rejects";
