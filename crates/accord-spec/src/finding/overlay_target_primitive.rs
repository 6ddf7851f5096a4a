//! `overlay-target-primitive`
//!
//! ## What it checks
//!
//! An overlay action's target selects objects or arrays, not strings, numbers or booleans,
//! and not the document root: Overlay 1.0 defines updates as merges into objects and arrays,
//! and removal of object members and array items.
//!
//! ## Why it matters
//!
//! Tools disagree about actions on primitives: some replace the value, some ignore it, some
//! refuse the overlay. Accord does not apply an update to a primitive, so the change the
//! action means is missing.
//!
//! ## How to fix
//!
//! Select the object that holds the value and update the property in it.
//!
//! ```yaml
//! actions:
//!   - target: $.info.title     # reported: a string
//!     update: New title
//! # write instead:
//!   - target: $.info
//!     update: { title: New title }
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "overlay-target-primitive";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str = "an overlay action whose target selects primitive values (or the whole document), which Overlay 1.0 does not update or remove";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
