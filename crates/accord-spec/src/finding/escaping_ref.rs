//! `escaping-ref`
//!
//! ## What it checks
//!
//! Relative file `$ref`s stay inside the contract repository: `--root` when given, else the
//! folder of `accord.toml`, else the git work tree holding the document, else the document's
//! own folder. Symbolic links are resolved before the check.
//!
//! ## Why it matters
//!
//! A contract that reads files outside its repository is not reproducible (it depends on
//! what happens to lie next to the checkout) and, in CI or in a service that validates
//! uploaded contracts, would let a document read arbitrary files. Accord refuses the
//! reference and never reads the file.
//!
//! ## How to fix
//!
//! Move the shared file into the repository (for example `common/schemas.yaml`), or run
//! Accord with `--root` set to the folder that holds every file the contract needs.
//!
//! ```yaml
//! schema:
//!   $ref: "../../elsewhere/common.yaml#/Customer"   # reported: outside the repository
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "escaping-ref";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str = "a relative file `$ref` that leaves the contract repository (`--root`, else the folder of `accord.toml`, else the git work tree, else the document's folder): refused, never read";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
