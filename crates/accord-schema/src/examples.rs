//! Validates every example a contract carries against the schema it illustrates: media
//! type and parameter examples, schema `example`/`examples`, and AsyncAPI message examples.

use accord_spec::{Contract, Loc, MediaType, SchemaId, Severity, SpecFinding};
use indexmap::IndexMap;
use rayon::prelude::*;
use serde_json::Value;

use crate::translate::Direction;
use crate::validate::Validator;

/// One `invalid-example` finding per example that does not validate.
///
/// Examples are grouped by the schema (and direction) they illustrate, each group's schema
/// is compiled once, pruned to what its examples can reach, and the groups are checked in
/// parallel: on a contract with hundreds of schema examples this is what keeps linting fast.
pub fn check_examples(contract: &Contract) -> Vec<SpecFinding> {
    let mut groups: IndexMap<(SchemaId, Direction), Vec<Example<'_>>> = IndexMap::new();
    for example in examples(contract) {
        groups
            .entry((example.schema, example.direction))
            .or_default()
            .push(example);
    }
    let groups: Vec<_> = groups.into_iter().collect();
    let mut out: Vec<SpecFinding> = groups
        .par_iter()
        .flat_map_iter(|((schema, direction), examples)| {
            let values: Vec<&Value> = examples.iter().map(|e| e.value).collect();
            let validator = Validator::for_values(contract, *schema, *direction, &values);
            examples
                .iter()
                .filter_map(|e| finding(&validator, e))
                .collect::<Vec<_>>()
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// One example to check: the value, the schema it illustrates, and how to name it.
struct Example<'c> {
    schema: SchemaId,
    direction: Direction,
    value: &'c Value,
    loc: &'c Loc,
    what: String,
}

fn finding(validator: &Validator, example: &Example<'_>) -> Option<SpecFinding> {
    // Most examples are valid: the cheap yes/no answer first, the error walk only when needed.
    if validator.is_valid(example.value) {
        return None;
    }
    let issues = validator.issues(example.value);
    let first = issues.first()?;
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
    Some(SpecFinding {
        code: "invalid-example",
        severity: Severity::Error,
        message: format!(
            "{} does not match its schema{at}: {}{more}",
            example.what, first.message
        ),
        loc: example.loc.clone(),
    })
}

/// Every example of the contract with the schema it illustrates: parameter, request and
/// response media type examples (JSON media types only), schema examples, and AsyncAPI
/// message payload and headers examples.
fn examples(contract: &Contract) -> Vec<Example<'_>> {
    let mut out = Vec::new();
    for op in contract.operations.iter().chain(&contract.webhooks) {
        for p in &op.parameters {
            if let Some(schema) = p.schema {
                for ex in &p.examples {
                    out.push(Example {
                        schema,
                        direction: Direction::Request,
                        value: &ex.value,
                        loc: &ex.loc,
                        what: format!("the example of parameter `{}` of {}", p.name, op.key()),
                    });
                }
            }
        }
        if let Some(body) = &op.request_body {
            for m in &body.content {
                let what = format!("the request body ({}) of {}", m.name, op.key());
                media(&mut out, m, Direction::Request, &what);
            }
        }
        for r in &op.responses {
            for m in &r.content {
                let what = format!("the {} response ({}) of {}", r.status, m.name, op.key());
                media(&mut out, m, Direction::Response, &what);
            }
        }
    }
    for (schema, s) in contract.schemas.iter() {
        let Some(loc) = &s.loc else { continue };
        for value in &s.examples {
            let what = match &s.name {
                Some(name) => format!("the example of schema `{name}`"),
                None => "a schema example".to_string(),
            };
            out.push(Example {
                schema,
                direction: Direction::Response,
                value,
                loc,
                what,
            });
        }
    }
    for channel in &contract.channels {
        for message in &channel.messages {
            for ex in &message.examples {
                let parts = [
                    (message.payload, ex.payload.as_ref(), "payload"),
                    (message.headers, ex.headers.as_ref(), "headers"),
                ];
                for (schema, value, part) in parts {
                    if let (Some(schema), Some(value)) = (schema, value) {
                        out.push(Example {
                            schema,
                            direction: Direction::Response,
                            value,
                            loc: &ex.loc,
                            what: format!(
                                "the example {part} of message `{}` on `{}`",
                                message.name, channel.name
                            ),
                        });
                    }
                }
            }
        }
    }
    out
}

/// The examples of one media type, when it is JSON (others are not JSON values to check).
fn media<'c>(out: &mut Vec<Example<'c>>, m: &'c MediaType, direction: Direction, what: &str) {
    let Some(schema) = m.schema else { return };
    if !m.name.contains("json") && m.name != "*/*" {
        return;
    }
    for ex in &m.examples {
        let name = ex
            .name
            .as_ref()
            .map(|n| format!(" `{n}`"))
            .unwrap_or_default();
        out.push(Example {
            schema,
            direction,
            value: &ex.value,
            loc: &ex.loc,
            what: format!("{what} example{name}"),
        });
    }
}
