//! `mapping-unknown-canonical-path`
//!
//! ## What it checks
//!
//! Every canonical path of a field resolves in the canonical schema by walking its
//! `properties` (and `items` for `[]`).
//!
//! ## Why it matters
//!
//! The canonical object is the contract between every vendor and the systems downstream: a
//! field written to a path it does not have is dropped by consumers, or rejected when the
//! canonical schema forbids additional properties.
//!
//! ## How to fix
//!
//! Use the canonical property's name as the canonical schema spells it, or add the property
//! to the canonical schema first (a canonical change every mapping then sees).
//!
//! ```yaml
//!   - canonical: nickname   # reported: the Item schema has no property `nickname`
//!     vendor: name
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-unknown-canonical-path";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "a canonical path that does not exist in the canonical schema";
