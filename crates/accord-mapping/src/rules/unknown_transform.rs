//! `mapping-unknown-transform`
//!
//! ## What it checks
//!
//! A field's `transform` names one of the transforms Accord knows (`concat`, `split`,
//! `enum`, `lookup`, `minor-units-to-decimal`, `decimal-to-minor-units`,
//! `unix-seconds-to-rfc3339`, `rfc3339-to-unix-seconds`, `country-alpha3-to-alpha2`,
//! `uppercase`, `lowercase`, `to-string`, `to-number`), with the parameters it takes.
//!
//! ## Why it matters
//!
//! A transform Accord does not know cannot be generated, type-checked or reversed: the field
//! would silently copy the vendor value unchanged, or the generated crate would not build.
//! The type checks of `mapping-type-mismatch` are skipped for such a field, so other mistakes
//! hide behind a misspelt name.
//!
//! ## How to fix
//!
//! Use a name from the catalogue (`accord explain mapping` lists them with their reverse
//! transforms), or map the value with `lookup` when no built-in conversion fits.
//!
//! ```yaml
//!   - canonical: label
//!     vendor: name
//!     transform: frobnicate        # reported; e.g. `uppercase` or a `lookup` table
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-unknown-transform";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "a transform name that is not in the catalogue";
