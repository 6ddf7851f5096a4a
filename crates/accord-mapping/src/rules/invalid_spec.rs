//! `mapping-invalid-spec`
//!
//! ## What it checks
//!
//! The mapping file's own shape: the `mapping` id equals the file name and reads
//! `<vendor-slug>.<vendor-object>-to-<canonical-object>` in lower kebab case; required keys
//! are present with values of the right kind; paths parse (`a.b`, `a[].b`, `a[0].b`, and
//! `[N]` only in vendor paths); a list of vendor paths comes with `concat` and a list of
//! canonical paths with `split`; a `constant` has no transform and no `direction: outbound`;
//! a field `direction` only narrows the file's `direction`.
//!
//! ## Why it matters
//!
//! Everything else Accord does with a mapping (validation against the contracts, coverage,
//! impact analysis, the generated conversion crate) reads the parsed mapping. A file that does
//! not follow the format is either misread or not read at all, and a mapping id that differs
//! from its file name breaks `accord mapping coverage` and the generated crate's module name.
//!
//! ## How to fix
//!
//! Follow the message: rename the file or the id, write the path in the path grammar, add
//! the transform a list of paths needs, or drop the widening `direction`.
//! `accord explain mapping` prints the whole format.
//!
//! ```yaml
//! # acme.widget-to-item.yaml
//! mapping: acme.gadget-to-item     # reported: the file is acme.widget-to-item.yaml
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-invalid-spec";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "the mapping file does not follow the mapping format";
