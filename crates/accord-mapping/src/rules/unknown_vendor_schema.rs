//! `mapping-unknown-vendor-schema`
//!
//! ## What it checks
//!
//! `vendor.schema` is a key of `components.schemas` in the vendor contract.
//!
//! ## Why it matters
//!
//! Vendor paths are resolved from that schema: when it does not exist, no vendor path, type
//! or enum of the mapping can be checked, and the generated crate has no vendor type to
//! convert from. It usually means the vendor renamed the object in a new contract version.
//!
//! ## How to fix
//!
//! Name the schema as the vendor contract spells it (case matters). When the vendor renamed
//! it, check the mapping against the new version with
//! `accord mapping validate --vendor-contract NEW.yaml` and follow the other findings.
//!
//! ```yaml
//! vendor:
//!   schema: Gadget        # reported: components.schemas has Widget only
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-unknown-vendor-schema";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "`vendor.schema` is not a schema of the vendor contract";
