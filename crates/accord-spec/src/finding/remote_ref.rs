//! `remote-ref`
//!
//! ## What it checks
//!
//! No `$ref` points at an `http://` or `https://` URL. Accord never fetches remote
//! references: a check must not depend on the network, nor on what a server returns today.
//!
//! ## Why it matters
//!
//! The referenced part of the contract is invisible to Accord: it is treated as unknown (any
//! value is accepted), so lint rules, diff checks and conformance validation silently check
//! less than the author thinks.
//!
//! ## How to fix
//!
//! Vendor the referenced document into the contract repository and use a relative file
//! `$ref`, or bundle it into the document.
//!
//! ```yaml
//! schema:
//!   $ref: "https://schemas.example.com/customer.yaml"   # reported: copy it next to the contract
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees.

use super::Severity;

/// The finding's code.
pub const CODE: &str = "remote-ref";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str =
    "a `$ref` to an http(s) URL: never fetched, its target is treated as unknown";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
