//! `invalid-status-code`
//!
//! ## What it checks
//!
//! Every key of a `responses` map is a three-digit HTTP status code (`100`-`599`), a range
//! (`1XX`-`5XX`), or `default`.
//!
//! ## Why it matters
//!
//! A response under any other key documents no status: clients never match it, conformance
//! runs cannot judge the answer against it, and the status the author meant stays
//! undocumented.
//!
//! ## How to fix
//!
//! Write the status code (`"404"`), a range (`"4XX"`, upper case), or `default`.
//!
//! ```yaml
//! responses:
//!   "200": { description: OK }
//!   "40x": { description: Client error }   # reported: write "4XX"
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "invalid-status-code";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str =
    "a response key that is not an HTTP status code, a range like 4XX, or default";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
