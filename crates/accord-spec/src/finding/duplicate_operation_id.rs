//! `duplicate-operation-id`
//!
//! ## What it checks
//!
//! Every `operationId` is unique in the document, as the specification requires.
//!
//! ## Why it matters
//!
//! Generated clients name their methods after `operationId`: two operations with the same
//! id give two methods with one name (a compile error, or one silently shadowing the other).
//! Links, overlays and `accord` reports that address operations by id become ambiguous.
//!
//! ## How to fix
//!
//! Rename one of them; a verb-object name that says what the operation does
//! (`listWidgets`, `createWidget`) is unique by construction.
//!
//! ```yaml
//! /widgets:
//!   get: { operationId: widgets, ... }
//!   post: { operationId: widgets, ... }   # reported: use createWidget
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "duplicate-operation-id";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str = "two operations share an operationId";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
