//! `invalid-example`
//!
//! ## What it checks
//!
//! Every `example` and `examples` value of a schema, parameter, header or media type
//! validates against its schema (types, required properties, enums, formats, bounds).
//!
//! ## Why it matters
//!
//! Examples are what people copy and what mocks serve: an example the schema rejects
//! teaches integrators a payload the API refuses, and a mock built from it answers with data
//! that real clients will fail to parse. It usually means the schema changed and the example
//! did not.
//!
//! ## How to fix
//!
//! Fix the example (the message quotes the first validation failure and its pointer), or fix
//! the schema if the example shows what the API really does.
//!
//! ```yaml
//! schema:
//!   type: object
//!   required: [id]
//!   properties: { id: { type: integer } }
//! example: { id: "w-1" }    # reported: /id is a string
//! ```
//!
//! `accord validate` reports it with file:line:column; what the loader cannot read, no lint
//! rule, diff check, generated client or conformance run sees. `accord test` reports the
//! examples of the inputs it sends (parameters, request bodies) that fail their schemas
//! under this ID too, as contract findings apart from the API's failures: it skips them
//! rather than send them as valid data, and does not fail the run for them. It judges each
//! as the API reads it once sent: a parameter or form field is text, so `'true'` written
//! for a boolean is the boolean there and is not reported by `accord test` (`accord
//! validate` still reports it).

use super::Severity;

/// The finding's code.
pub const CODE: &str = "invalid-example";

/// One line, for `accord explain`, the docs index and `accord validate`'s help.
pub const SUMMARY: &str = "an example that does not validate against its schema";

/// The severity it is usually reported at.
pub const SEVERITY: Severity = Severity::Error;
