//! Validates every example a contract carries against the schema it illustrates: media
//! type and parameter examples, schema `example`/`examples`, and AsyncAPI message examples.

use accord_spec::{Contract, Loc, MediaType, Severity, SpecFinding};
use serde_json::Value;

use crate::translate::Direction;
use crate::validate::ValidatorCache;

/// One `invalid-example` finding per example that does not validate.
pub fn check_examples(contract: &Contract) -> Vec<SpecFinding> {
    let mut cache = ValidatorCache::default();
    let mut out = Vec::new();
    let mut check =
        |cache: &mut ValidatorCache, id, direction, value: &Value, loc: &Loc, what: &str| {
            let issues = cache.get(contract, id, direction).issues(value);
            if let Some(first) = issues.first() {
                let at = if first.pointer.is_empty() {
                    String::new()
                } else {
                    format!(" at `{}`", first.pointer)
                };
                let more = if issues.len() > 1 {
                    format!(" (and {} more)", issues.len() - 1)
                } else {
                    String::new()
                };
                out.push(SpecFinding {
                    code: "invalid-example",
                    severity: Severity::Error,
                    message: format!(
                        "{what} does not match its schema{at}: {}{more}",
                        first.message
                    ),
                    loc: loc.clone(),
                });
            }
        };
    let media = |cache: &mut ValidatorCache,
                 check: &mut dyn FnMut(&mut ValidatorCache, _, _, &Value, &Loc, &str),
                 m: &MediaType,
                 direction,
                 what: &str| {
        if let Some(id) = m.schema {
            if !m.name.contains("json") && m.name != "*/*" {
                return;
            }
            for ex in &m.examples {
                check(
                    cache,
                    id,
                    direction,
                    &ex.value,
                    &ex.loc,
                    &format!(
                        "{what} example{}",
                        ex.name
                            .as_ref()
                            .map(|n| format!(" `{n}`"))
                            .unwrap_or_default()
                    ),
                );
            }
        }
    };
    for op in contract.operations.iter().chain(&contract.webhooks) {
        for p in &op.parameters {
            if let Some(id) = p.schema {
                for ex in &p.examples {
                    check(
                        &mut cache,
                        id,
                        Direction::Request,
                        &ex.value,
                        &ex.loc,
                        &format!("the example of parameter `{}` of {}", p.name, op.key()),
                    );
                }
            }
        }
        if let Some(body) = &op.request_body {
            for m in &body.content {
                media(
                    &mut cache,
                    &mut check,
                    m,
                    Direction::Request,
                    &format!("the request body ({}) of {}", m.name, op.key()),
                );
            }
        }
        for r in &op.responses {
            for m in &r.content {
                media(
                    &mut cache,
                    &mut check,
                    m,
                    Direction::Response,
                    &format!("the {} response ({}) of {}", r.status, m.name, op.key()),
                );
            }
        }
    }
    for (id, schema) in contract.schemas.iter() {
        let Some(loc) = &schema.loc else { continue };
        for ex in &schema.examples {
            let what = match &schema.name {
                Some(name) => format!("the example of schema `{name}`"),
                None => "a schema example".to_string(),
            };
            check(&mut cache, id, Direction::Response, ex, loc, &what);
        }
    }
    for channel in &contract.channels {
        for message in &channel.messages {
            for ex in &message.examples {
                if let (Some(id), Some(payload)) = (message.payload, &ex.payload) {
                    check(
                        &mut cache,
                        id,
                        Direction::Response,
                        payload,
                        &ex.loc,
                        &format!(
                            "the example payload of message `{}` on `{}`",
                            message.name, channel.name
                        ),
                    );
                }
                if let (Some(id), Some(headers)) = (message.headers, &ex.headers) {
                    check(
                        &mut cache,
                        id,
                        Direction::Response,
                        headers,
                        &ex.loc,
                        &format!(
                            "the example headers of message `{}` on `{}`",
                            message.name, channel.name
                        ),
                    );
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}
