//! `overlay-incompatible-update`
//!
//! ## What it checks
//!
//! An overlay `update` has the same shape as what it merges into: an object into an object,
//! an array into an array, and, inside them, values of the kind already there (or new
//! members).
//!
//! ## Why it matters
//!
//! Overlay 1.0 merges objects and appends to arrays; merging an array into an object (or an
//! object into a string) has no defined result, so the overlaid contract differs between
//! tools, and Accord leaves the target unchanged.
//!
//! ## How to fix
//!
//! Make the update's value the shape of its target, or select the member you mean to
//! replace and update its parent.
//!
//! ```yaml
//! actions:
//!   - target: $.info
//!     update: [not, an, object]    # reported: an array merged into an object
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "overlay-incompatible-update";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str = "an overlay update that merges an object into a primitive, an array into an object, or the like";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
