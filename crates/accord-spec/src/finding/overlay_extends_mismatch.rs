//! `overlay-extends-mismatch`
//!
//! ## What it checks
//!
//! When an overlay's `extends` is a relative path, it names the contract the overlay is
//! applied to.
//!
//! ## Why it matters
//!
//! An overlay is written against one contract: applied to another, its targets may select
//! unrelated nodes or nothing at all, and a tenant's customisations end up on the wrong
//! vendor's contract.
//!
//! ## How to fix
//!
//! Apply the overlay to the contract its `extends` names, or fix `extends` when the contract
//! moved.
//!
//! ```yaml
//! overlay: 1.0.0
//! extends: other.yaml     # reported when applied to openapi.yaml
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "overlay-extends-mismatch";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str =
    "an overlay whose relative `extends` names another contract than the one it is applied to";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Warning;
