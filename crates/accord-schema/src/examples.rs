//! Validates every example a contract carries against the schema it illustrates: media
//! type and parameter examples, schema `example`/`examples`, and AsyncAPI message examples.

use accord_spec::{Contract, Loc, MediaType, SchemaId, SpecFinding, invalid_example};
use indexmap::IndexMap;
use rayon::prelude::*;
use serde_json::Value;

use crate::translate::Direction;
use crate::validate::{ValidationIssue, Validator};

/// One `invalid-example` finding per example that does not validate.
///
/// Examples are validated in batches: each batch is one array instance against one compiled
/// schema whose `prefixItems` are the examples' schemas, pruned to what the examples reach.
/// Components shared by many examples (Square's 600 examples reach 3,800 distinct schemas
/// but 10,500 if each is compiled alone) are compiled once per batch, and the batches run in
/// parallel. A batch whose schema does not compile (an invalid pattern, say) is checked
/// example by example, so one bad schema never hides the findings of the others.
pub fn check_examples(contract: &Contract) -> Vec<SpecFinding> {
    let mut by_direction: IndexMap<Direction, Vec<Example<'_>>> = IndexMap::new();
    for example in examples(contract) {
        by_direction
            .entry(example.direction)
            .or_default()
            .push(example);
    }
    let threads = rayon::current_num_threads().max(1);
    let batches: Vec<(Direction, &[Example<'_>])> = by_direction
        .iter()
        .flat_map(|(direction, examples)| {
            // Neighbouring examples (same operation, same component) share the most schemas.
            let size = examples.len().div_ceil(threads).max(MIN_BATCH);
            examples.chunks(size).map(move |chunk| (*direction, chunk))
        })
        .collect();
    let mut out: Vec<SpecFinding> = batches
        .par_iter()
        .flat_map_iter(|(direction, examples)| check_batch(contract, *direction, examples))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Examples fewer than this are not split further across threads.
const MIN_BATCH: usize = 32;

fn check_batch(
    contract: &Contract,
    direction: Direction,
    examples: &[Example<'_>],
) -> Vec<SpecFinding> {
    let items: Vec<(SchemaId, &Value)> = examples.iter().map(|e| (e.schema, e.value)).collect();
    let validator = Validator::for_items(contract, direction, &items);
    if !validator.is_compiled() {
        return examples
            .iter()
            .filter_map(|e| check_alone(contract, e))
            .collect();
    }
    let array = Value::Array(examples.iter().map(|e| e.value.clone()).collect());
    let mut issues = validator.issues_per_item(&array);
    examples
        .iter()
        .enumerate()
        .filter_map(|(i, e)| finding(e, &issues.remove(&i)?))
        .collect()
}

/// One example against its own schema, pruned to it: what a batch falls back to.
fn check_alone(contract: &Contract, example: &Example<'_>) -> Option<SpecFinding> {
    let validator = Validator::for_values(
        contract,
        example.schema,
        example.direction,
        &[example.value],
    );
    // Most examples are valid: the cheap yes/no answer first, the error walk only when needed.
    if validator.is_valid(example.value) {
        return None;
    }
    finding(example, &validator.issues(example.value))
}

/// One example to check: the value, the schema it illustrates, and how to name it.
struct Example<'c> {
    schema: SchemaId,
    direction: Direction,
    value: &'c Value,
    loc: &'c Loc,
    what: String,
}

fn finding(example: &Example<'_>, issues: &[ValidationIssue]) -> Option<SpecFinding> {
    Some(SpecFinding {
        code: invalid_example::CODE,
        severity: invalid_example::SEVERITY,
        message: invalid_example_message(&example.what, issues)?,
        loc: example.loc.clone(),
    })
}

/// What an `invalid-example` finding says of `what` (`the example of parameter \`since\``),
/// given its validation issues: the first one with its pointer, and how many more there
/// are. `None` when there is no issue. `accord test` says it in the same words.
pub fn invalid_example_message(what: &str, issues: &[ValidationIssue]) -> Option<String> {
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
    Some(format!(
        "{what} does not match its schema{at}: {}{more}",
        first.message
    ))
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
    if !m.name.is_json() {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What checking every example alone against its own pruned schema finds.
    fn one_by_one(contract: &Contract) -> Vec<SpecFinding> {
        let mut out: Vec<SpecFinding> = examples(contract)
            .iter()
            .filter_map(|e| check_alone(contract, e))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    fn load(text: &str) -> Contract {
        let files = accord_spec::MemoryProvider {
            files: vec![("api.yaml".into(), text.as_bytes().to_vec())],
        };
        accord_spec::load_with(
            std::path::Path::new("api.yaml"),
            &files,
            &accord_spec::Limits::default(),
        )
        .expect("fixture loads")
    }

    const FIXTURE: &str = r#"
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /things:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
              examples:
                good: {value: {id: 1, name: a}}
                bad: {value: {id: x, name: a}}
  /codes:
    get:
      parameters:
      - name: code
        in: query
        schema: {type: string, pattern: '(?<!'}
        example: anything
      - name: size
        in: query
        schema: {type: integer, maximum: 10}
        example: 11
      responses:
        '204': {description: none}
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: integer}
        name: {type: string, example: 7}
"#;

    #[test]
    fn batches_find_what_examples_alone_find() {
        let contract = load(FIXTURE);
        let found = check_examples(&contract);
        let messages: Vec<&str> = found.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(found, one_by_one(&contract), "{messages:#?}");
        // The bad response example, the property example and the out-of-range parameter;
        // the uncompilable pattern makes its batch fall back, and accepts its example.
        assert_eq!(found.len(), 3, "{messages:#?}");
        assert!(
            messages.iter().any(|m| m.contains("at `/id`")),
            "{messages:#?}"
        );
        assert!(
            messages.iter().any(|m| m.contains("parameter `size`")),
            "{messages:#?}"
        );
    }

    /// Every contract we have gets the same findings from batches as from examples alone.
    #[test]
    fn corpus_batches_find_what_examples_alone_find() {
        let corpus = accord_testkit::corpus_documents(&["openapi", "asyncapi"]);
        let ours = accord_testkit::documents_under(
            &accord_testkit::workspace_root().join("contracts/vendors"),
        );
        let mut compared = 0;
        for path in corpus.iter().chain(&ours) {
            // Shared fragments (`common/schemas.yaml`) are not contracts of their own.
            if let Ok(contract) = accord_spec::load(path) {
                assert!(
                    check_examples(&contract) == one_by_one(&contract),
                    "{} differs",
                    path.display()
                );
                compared += 1;
            }
        }
        if !corpus.is_empty() {
            assert!(compared >= 20, "only {compared} contracts compared");
        }
    }
}
