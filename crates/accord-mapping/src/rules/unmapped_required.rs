//! `mapping-unmapped-required`
//!
//! ## What it checks
//!
//! Every property the canonical schema requires (and every required property of a nested
//! object or array item that the mapping writes into) is the target of a field active
//! inbound: a vendor path, a `constant` or a `default`.
//!
//! ## Why it matters
//!
//! Inbound conversion would produce canonical objects without a required field: every one of
//! them fails canonical validation, or downstream systems fill the gap with guesses.
//!
//! ## How to fix
//!
//! Map it from a vendor path, give it a `constant` (for example the source system's name),
//! or a `default` for vendors that leave it empty.
//!
//! ```yaml
//! fields:
//!   - canonical: id
//!     vendor: id
//! # reported: the Item schema requires `label`, and no field writes it
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-unmapped-required";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "a required canonical field that no inbound field writes";
