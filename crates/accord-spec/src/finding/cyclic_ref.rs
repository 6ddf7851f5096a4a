//! `cyclic-ref`
//!
//! ## What it checks
//!
//! Following `$ref` after `$ref` ends at a definition. A schema may refer to itself through
//! its properties (a tree of nodes), but a `$ref` whose target is (through more `$ref`s) the
//! same `$ref` again defines nothing.
//!
//! ## Why it matters
//!
//! A reference loop has no meaning: every tool that follows it either loops forever or gives
//! up with its own error. Accord treats the target as unknown, so nothing behind the loop is
//! checked or generated.
//!
//! ## How to fix
//!
//! Make one link of the chain a real definition (a schema with `type`, `properties`, ...)
//! instead of another `$ref`.
//!
//! ```yaml
//! components:
//!   schemas:
//!     A: { $ref: "#/components/schemas/B" }
//!     B: { $ref: "#/components/schemas/A" }   # reported: A → B → A defines nothing
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "cyclic-ref";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str = "a chain of `$ref`s that loops without reaching a definition";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
