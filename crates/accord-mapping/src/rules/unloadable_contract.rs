//! `mapping-unloadable-contract`
//!
//! ## What it checks
//!
//! `vendor.contract` and `canonical.schema`, resolved relative to the mapping file, load
//! without error, and the vendor contract is an OpenAPI 3.x document (mappings read vendor
//! objects from its `components.schemas`).
//!
//! ## Why it matters
//!
//! Without the contracts, no path, type, enum or required field of the mapping can be
//! checked: every other rule is silently skipped. A moved or renamed contract file is the
//! usual cause, and it also breaks the generated conversion crate.
//!
//! ## How to fix
//!
//! Fix the relative path (it is relative to the mapping file, not to the working
//! directory), or fix the contract so that `accord validate` loads it. Point
//! `vendor.contract` at an OpenAPI document, not an AsyncAPI one.
//!
//! ```yaml
//! vendor:
//!   contract: ../vendors/acme/missing.yaml   # reported: no such file
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-unloadable-contract";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "`vendor.contract` or `canonical.schema` cannot be loaded";
