//! `overlay-target-unmatched`
//!
//! ## What it checks
//!
//! Every action of an Overlay 1.0 document (`--overlay`) selects at least one node of the
//! contract with its JSONPath `target`.
//!
//! ## Why it matters
//!
//! An action that selects nothing is a silent no-op: the customisation it was written for
//! (a tenant's custom field, a removed endpoint) is simply missing from the overlaid contract.
//! It usually means the vendor renamed or moved what the target names in a new version.
//!
//! ## How to fix
//!
//! Fix the target against the current contract (run the JSONPath against it), or remove the
//! action if what it changed is gone.
//!
//! ```yaml
//! actions:
//!   - target: $.paths['/gadgets'].get     # reported: the contract has /widgets only
//!     remove: true
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "overlay-target-unmatched";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str =
    "an overlay action whose JSONPath target selects nothing in the contract: it changes nothing";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
