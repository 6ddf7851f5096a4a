//! `mapping-array-mismatch`
//!
//! ## What it checks
//!
//! A field's vendor path and canonical path iterate the same number of arrays: the k-th
//! `[]` of the canonical path pairs with the k-th `[]` of each vendor path (elements are
//! aligned by index). `[N]` picks one element and does not count.
//!
//! ## Why it matters
//!
//! With unequal counts there is no element-to-element pairing: one vendor value would have
//! to fill every canonical element, or many vendor values one canonical value. The generated
//! conversion cannot express either, and guessing would copy the first line item into every
//! line, or drop all but one.
//!
//! ## How to fix
//!
//! Iterate on both sides (`lines[].sku` from `parts[].sku`), or pick one element on both
//! sides, or map the whole array to an array of the same item type without `[]`.
//!
//! ```yaml
//!   - canonical: skus[]        # iterates 1 array
//!     vendor: parts[0].sku     # reported: iterates 0 arrays; write `parts[].sku`
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-array-mismatch";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "the `[]` counts of a field's vendor and canonical paths differ";
