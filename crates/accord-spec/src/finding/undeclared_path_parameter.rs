//! `undeclared-path-parameter`
//!
//! ## What it checks
//!
//! Every `{variable}` in a path template has a parameter with `in: path` and that name (on
//! the operation or the path item), and every `in: path` parameter appears in the
//! template.
//!
//! ## Why it matters
//!
//! A client cannot fill a template variable it was never told about, so it sends a literal
//! `{id}` in the URL; a declared path parameter that is not in the template is never sent.
//! Generated clients and mocks both break on such operations.
//!
//! ## How to fix
//!
//! Declare the parameter (`name` spelt exactly as in the template, `in: path`,
//! `required: true`), or fix the template.
//!
//! ```yaml
//! /widgets/{widgetId}:
//!   get:
//!     parameters:
//!       - { name: id, in: path, required: true, schema: { type: string } }   # reported: the template says widgetId
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "undeclared-path-parameter";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str = "a path template variable without a path parameter, or the reverse";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
