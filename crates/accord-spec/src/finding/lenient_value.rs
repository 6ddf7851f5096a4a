//! `lenient-value`
//!
//! ## What it checks
//!
//! Boolean fields (`required`, `deprecated`, `nullable`, `readOnly`, ...) hold booleans, not
//! the strings `"true"` or `"false"`.
//!
//! ## Why it matters
//!
//! Accord reads `"true"` as `true` and says so, but stricter tools (code generators, gateways,
//! validators) read a non-empty string as a value of the wrong kind, or as truthy: a parameter
//! marked `required: "false"` may become required elsewhere.
//!
//! ## How to fix
//!
//! Write the boolean without quotes: `required: true`.
//!
//! ```yaml
//! - name: limit
//!   in: query
//!   required: "false"    # reported: write `required: false`
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "lenient-value";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str = "a value accepted leniently (a boolean written as a string)";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Warning;
