//! `mapping-outbound-missing-required`
//!
//! ## What it checks
//!
//! When the mapping runs outbound (`direction: outbound` or `both`), every property the
//! vendor requires in the request body of a listed write operation (`POST`, `PUT`, `PATCH`
//! in `vendor.operations`), or in `vendor.schema` when none is listed, is written by a field
//! active outbound. Read-only properties are not counted.
//!
//! ## Why it matters
//!
//! An outbound conversion that leaves a required vendor field empty produces requests the
//! vendor rejects with a 4xx: every create or update through the mapping fails.
//!
//! ## How to fix
//!
//! Map the field outbound (remove a `direction: inbound` that narrows it away), or narrow
//! the whole mapping to `direction: inbound` if it is never used to write to the vendor.
//!
//! ```yaml
//! direction: both
//! vendor:
//!   operations: [POST /widgets]      # requires `name`
//! fields:
//!   - canonical: label
//!     vendor: name
//!     direction: inbound             # reported: nothing writes `name` outbound
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-outbound-missing-required";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "outbound, a required vendor field that no field writes";
