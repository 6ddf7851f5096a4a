//! `headers_schema`: the headers break the message's headers schema.
//!
//! # What it checks
//! When a line carries `headers`, they are validated against the message's AsyncAPI
//! `headers` schema, or, for a webhook or callback, against its header parameters (names
//! match ignoring case; a required one must be present; a value that is not a string is
//! judged as it is, a string value is also tried as a JSON scalar so `"3"` satisfies an
//! integer header). A line without `headers` is not judged on headers: many captures (a
//! webhook body log, a broker dump) do not keep them.
//!
//! # Why it matters
//! Headers carry routing, correlation and signature data (`correlationId`, a signature, a
//! delivery id): a consumer that relies on them breaks as surely as on a bad payload.

use accord_schema::ValidatorCache;
use accord_spec::Contract;
use serde_json::Value;

use super::Finding;
use crate::events::capture::Captured;
use crate::events::catalog::{EventMessage, Headers};

pub const ID: &str = "headers_schema";

pub fn check(
    contract: &Contract,
    cache: &mut ValidatorCache,
    message: &EventMessage,
    event: &Captured,
) -> Vec<Finding> {
    let Some(headers) = &event.headers else {
        return Vec::new();
    };
    match &message.headers {
        Headers::None => Vec::new(),
        Headers::Schema(id) => cache
            .get(contract, *id, message.direction)
            .issues(headers)
            .into_iter()
            .map(|i| Finding::new(format!("/headers{}", i.pointer), i.message))
            .collect(),
        Headers::Params(params) => {
            let mut out = Vec::new();
            let map = headers.as_object();
            for p in params {
                let found =
                    map.and_then(|m| m.iter().find(|(k, _)| k.eq_ignore_ascii_case(&p.name)));
                let pointer = format!(
                    "/headers{}",
                    accord_spec::pointer::push("", found.map_or(&p.name, |(k, _)| k))
                );
                match found {
                    None if p.required => out.push(Finding::new(
                        pointer,
                        format!("required header `{}` is missing", p.name),
                    )),
                    None => {}
                    Some((_, value)) => {
                        let Some(schema) = p.schema else { continue };
                        let validator = cache.get(contract, schema, message.direction);
                        if validator.is_valid(value) {
                            continue;
                        }
                        if let Value::String(s) = value
                            && let Ok(parsed) = serde_json::from_str::<Value>(s)
                            && !parsed.is_object()
                            && !parsed.is_array()
                            && validator.is_valid(&parsed)
                        {
                            continue;
                        }
                        for i in validator.issues(value) {
                            out.push(Finding::new(format!("{pointer}{}", i.pointer), i.message));
                        }
                    }
                }
            }
            out
        }
    }
}
