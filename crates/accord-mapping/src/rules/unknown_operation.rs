//! `mapping-unknown-operation`
//!
//! ## What it checks
//!
//! Every `vendor.operations` entry (`METHOD /path`, the path exactly as written in the
//! contract's `paths`) is an operation of the vendor contract.
//!
//! ## Why it matters
//!
//! `vendor.operations` drives impact analysis (`accord diff` reports which mappings a
//! breaking change touches) and the outbound required-field check (`mapping-outbound-missing-required`
//! reads the request bodies of the listed write operations). A stale entry hides both: changes
//! to the operation that replaced it go unnoticed.
//!
//! ## How to fix
//!
//! Remove the entry, or list the operation that replaced it, spelt as in `paths`
//! (`POST /widgets`, not `post /widgets/`).
//!
//! ```yaml
//! vendor:
//!   operations: [POST /widgets, DELETE /widgets]   # reported: DELETE /widgets is not in the contract
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-unknown-operation";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "a `vendor.operations` entry that the vendor contract does not have";
