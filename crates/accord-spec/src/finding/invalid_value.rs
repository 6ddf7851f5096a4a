//! `invalid-value`
//!
//! ## What it checks
//!
//! Every field of the document has the kind the OpenAPI or AsyncAPI specification gives it:
//! a map where a map is required, a string where a string is, a number for `maxLength`, a
//! list for `required` or `enum`, and so on.
//!
//! ## Why it matters
//!
//! Accord skips a value of the wrong kind and keeps loading, so one typo does not hide the
//! rest of the document; but the skipped value is lost: a `maxLength: "ten"` constrains
//! nothing, a `required: name` requires nothing. Other tools may refuse the whole document.
//!
//! ## How to fix
//!
//! Write the value in the kind the specification requires (the message says which): quote
//! nothing that is a number, make single values lists where a list is expected.
//!
//! ```yaml
//! name:
//!   type: string
//!   maxLength: ten     # reported: maxLength is a number
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "invalid-value";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str =
    "a value of the wrong kind where the specification requires another; skipped";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
