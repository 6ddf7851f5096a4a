//! `mapping-unknown-vendor-path`
//!
//! ## What it checks
//!
//! Every vendor path of a field resolves in `vendor.schema`: each name is a property
//! (through `allOf`, `oneOf`/`anyOf` branches and `$ref`s), and each `[]` or `[N]` steps into
//! an array.
//!
//! ## Why it matters
//!
//! The generated conversion reads the vendor value at this path: a path that does not exist
//! always reads nothing, so the canonical field is silently empty (or takes its `default`).
//! After a vendor contract update, this is the finding that says which fields lost their
//! source.
//!
//! ## How to fix
//!
//! Map the field from the property that replaces it, add `[]` where the vendor value is an
//! array (or remove it where it is not), or remove the field.
//!
//! ```yaml
//!   - canonical: label
//!     vendor: title        # reported: Widget has no property `title` (it is `name`)
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-unknown-vendor-path";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "a vendor path that does not exist in the vendor schema";
