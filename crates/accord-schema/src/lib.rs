//! `accord-schema`: services over the Contract model's schemas that several analysers share.
//!
//! - [`translate`]: a schema of the model as a standalone JSON Schema 2020-12 document, so a
//!   well-kept validator (the `jsonschema` crate, ECMA-262 regexes) does validation instead
//!   of hand-written code;
//! - [`Validator`]: compiled validation of JSON values against a schema, for a direction
//!   (a request may not carry `readOnly` properties, a response may omit `writeOnly` ones);
//! - [`check_examples`]: every example of a contract validated against its schema;
//! - [`sample`]: a deterministic valid value for a schema (mock answers, docs, events).

mod examples;
mod sample;
mod translate;
mod validate;

pub use examples::check_examples;
pub use sample::sample;
pub use translate::{Direction, translate};
pub use validate::{ValidationIssue, Validator, ValidatorCache};
