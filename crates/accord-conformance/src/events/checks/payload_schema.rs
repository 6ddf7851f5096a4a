//! `payload_schema`: the payload breaks its message's payload schema.
//!
//! # What it checks
//! The payload (capture `payload`, CloudEvents `data`) is validated against the message's
//! payload schema (an AsyncAPI message `payload`, a webhook's JSON request body) through
//! the `jsonschema` crate. One failure per violated rule, at the JSON pointer of the
//! offending value in the line. Messages we receive are validated as responses
//! (`writeOnly` properties may be absent), messages we send as requests.
//!
//! # Why it matters
//! The payload schema is what a consumer is built against: a missing required property, a
//! wrong type or a value outside its enum breaks deserialisation or, worse, is silently
//! misread.

use accord_schema::ValidatorCache;
use accord_spec::Contract;

use super::Finding;
use crate::events::capture::Captured;
use crate::events::catalog::EventMessage;

pub const ID: &str = "payload_schema";

pub fn check(
    contract: &Contract,
    cache: &mut ValidatorCache,
    message: &EventMessage,
    event: &Captured,
) -> Vec<Finding> {
    let Some(id) = message.payload else {
        return Vec::new();
    };
    let prefix = event.payload_pointer();
    cache
        .get(contract, id, message.direction)
        .issues(&event.payload)
        .into_iter()
        .map(|i| Finding::new(format!("{prefix}{}", i.pointer), i.message))
        .collect()
}
