//! `unreadable-ref`
//!
//! ## What it checks
//!
//! Every file a relative `$ref` names exists, can be read, and parses as YAML or JSON.
//!
//! ## Why it matters
//!
//! Everything the contract takes from that file is unknown: schemas, parameters and
//! responses defined there are missing from clients, lint and conformance runs. It usually
//! means a file was moved or renamed, or is not valid YAML.
//!
//! ## How to fix
//!
//! Fix the relative path (relative to the document that holds the `$ref`), or fix the syntax
//! error the message quotes in the referenced file.
//!
//! ```yaml
//! schema:
//!   $ref: "./schemas/customer.yaml"   # reported: no such file
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "unreadable-ref";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str = "a relative file `$ref` whose file cannot be read or parsed";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
