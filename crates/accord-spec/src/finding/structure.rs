//! `structure`
//!
//! ## What it checks
//!
//! The document follows the structure the specification requires: required fields are
//! present (`info`, `info.title`, `info.version`, a `responses` map in every operation, a
//! `name` and `in` for every parameter, ...), and fields sit where they are allowed.
//!
//! ## Why it matters
//!
//! Tools disagree about documents that leave the specification: one fills a default,
//! another refuses the file, a third silently drops the part. What a client, a mock or a
//! gateway then does with the contract is no longer decided by the contract.
//!
//! ## How to fix
//!
//! Add the missing field or move the misplaced one, as the message says; the specification
//! sections of OpenAPI 3.0/3.1 and AsyncAPI 2.x/3.0 list every required field.
//!
//! ```yaml
//! paths:
//!   /widgets:
//!     get:
//!       operationId: listWidgets    # reported: an operation needs `responses`
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "structure";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str = "the document does not follow the OpenAPI/AsyncAPI structure";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
