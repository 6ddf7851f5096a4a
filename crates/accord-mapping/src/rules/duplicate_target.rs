//! `mapping-duplicate-target`
//!
//! ## What it checks
//!
//! No two fields active inbound write the same canonical path, and no two fields active
//! outbound write the same (writable) vendor path.
//!
//! ## Why it matters
//!
//! With two writers the result depends on field order: the second silently overwrites the
//! first, and a reordering of the file changes the data.
//!
//! ## How to fix
//!
//! Keep one writer: remove one field, or narrow one of them with `direction` (for example
//! read `name` inbound and write `displayName` outbound).
//!
//! ```yaml
//!   - canonical: label
//!     vendor: name
//!   - canonical: label       # reported: already written by the field above
//!     vendor: id
//! ```
//!
//! The mapping format: `accord explain mapping`, or contracts/README.md.

/// The rule's ID.
pub const ID: &str = "mapping-duplicate-target";

/// One line, for `accord explain` and the docs index.
pub const SUMMARY: &str = "two fields write the same canonical (inbound) or vendor (outbound) path";
