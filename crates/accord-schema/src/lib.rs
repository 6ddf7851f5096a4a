//! `accord-schema`: services over the Contract model's schemas that several analysers share.
//!
//! - [`translate`]: a schema of the model as a standalone JSON Schema 2020-12 document, so a
//!   well-kept validator (the `jsonschema` crate, ECMA-262 regexes) does validation instead
//!   of hand-written code;
//! - [`Validator`]: compiled validation of JSON values against a schema, for a direction
//!   (a request may not carry `readOnly` properties, a response may omit `writeOnly` ones);
//! - [`check_examples`]: every example of a contract validated against its schema;
//! - [`generate`] (and [`sample`]): the one generator of sample values, bounded, seeded and
//!   checked by the validator (mock answers, mapping round trips, events, docs);
//! - [`Fieldwise`]: object schemas that judge each field on its own, so a change to a few
//!   fields of a valid object is checked on those fields alone.

mod examples;
mod fieldwise;
mod sample;
mod translate;
mod validate;

pub use examples::{check_examples, invalid_example_message};
pub use fieldwise::{FieldJudge, Fieldwise};
pub use sample::{
    ReplacedExample, Sample, SampleOptions, Unmet, UnmetKind, format_example, generate, sample,
};
pub use translate::{Direction, translate};
pub use validate::{ValidationIssue, Validator, ValidatorCache};
