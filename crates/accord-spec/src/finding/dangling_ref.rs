//! `dangling-ref`
//!
//! ## What it checks
//!
//! A `$ref` (local `#/...` or into another file) points at something that exists: the file
//! loads and the JSON pointer after `#` resolves in it.
//!
//! ## Why it matters
//!
//! A reference that leads nowhere leaves a hole in the contract model: the schema, parameter
//! or response it stands for is unknown, so generated clients lose a type, lint rules and diff
//! checks do not see what it would have said, and conformance runs cannot validate the
//! response it describes. It is usually a rename (`Customer` → `Client`) that missed a
//! reference.
//!
//! ## How to fix
//!
//! Point the `$ref` at the component that exists (the message names the pointer that did not
//! resolve), or add the missing component. JSON pointers escape `/` as `~1` and `~` as `~0`.
//!
//! ```yaml
//! schema:
//!   $ref: "#/components/schemas/Costumer"   # reported: components.schemas has Customer
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "dangling-ref";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str = "a `$ref` whose target does not exist";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
