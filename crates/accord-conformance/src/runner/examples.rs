//! The contract's own examples of an operation's inputs, checked before the run sends any:
//! an example that fails its own schema (Twilio's `StartTime` date-time documented as
//! `2008-01-02`) is the contract's defect, so it is reported as an `invalid-example`
//! contract finding and never sent as valid data, where the API refusing it would be
//! blamed on the API.
//!
//! A parameter's or form body's example is judged by what its wire form reads as (every
//! parameter and form value is text: Twilio's `Record: 'true'` is the boolean `true` once
//! sent), and sent as that; a body of another non-JSON media type is not a JSON value to
//! judge (the loader skips those too).

use accord_report::{ContractFinding, Location, ValidationError};
use accord_schema::Direction;
use accord_spec::{Contract, Example, Loc, MediaType, Operation, Parameter, SchemaId};
use serde_json::Value;

use super::Runner;
use crate::mock::{form_value, parameter_as_sent};
use crate::request;

/// One example the contract documents for an input, with where it is written.
pub(super) struct Documented {
    /// The value as the API reads it.
    pub value: Value,
    pub loc: Loc,
    /// How the finding names it (`the example \`a\` of query parameter \`since\``).
    pub what: String,
}

/// A parameter's examples: its own `example`/`examples`, then its schema's, each as the API
/// reads it once sent (a parameter is text: `'true'` documented for a boolean is sent as
/// `true`, and only what is still wrong then is the contract's defect).
pub(super) fn of_parameter(
    contract: &Contract,
    op: &Operation,
    parameter: &Parameter,
    schema: SchemaId,
) -> Vec<Documented> {
    let input = format!(
        "{} parameter `{}`",
        parameter.location.name(),
        parameter.name
    );
    let mut out = own(&parameter.examples, &format!("of {input}"));
    out.extend(of_schema(contract, op, schema, &format!("of {input}")));
    for example in &mut out {
        let written = std::mem::take(&mut example.value);
        example.value = parameter_as_sent(contract, parameter, written);
    }
    out
}

/// A request body's examples in one media type: the media type's, then its schema's, each
/// as the API reads it.
pub(super) fn of_body(contract: &Contract, op: &Operation, media: &MediaType) -> Vec<Documented> {
    let input = format!("of the request body ({})", media.name);
    let mut out = own(&media.examples, &input);
    if let Some(s) = media.schema {
        out.extend(of_schema(contract, op, s, &input));
        if media.name.is_form_urlencoded() {
            for example in &mut out {
                let wire = request::encode_body(&media.name.to_string(), &example.value);
                example.value = form_value(contract, s, &String::from_utf8_lossy(&wire));
            }
        }
    }
    out
}

/// Whether a body's examples in `media` are JSON values to judge against its schema: a
/// JSON or form body's are.
pub(super) fn judged(media: &MediaType) -> bool {
    media.name.is_json() || media.name.is_form_urlencoded()
}

/// `example` and the entries of `examples` written beside an input.
fn own(examples: &[Example], of_input: &str) -> Vec<Documented> {
    examples
        .iter()
        .map(|e| Documented {
            value: e.value.clone(),
            loc: e.loc.clone(),
            what: match &e.name {
                Some(name) => format!("the example `{name}` {of_input}"),
                None => format!("the example {of_input}"),
            },
        })
        .collect()
}

/// The examples of the input's schema, each located where it is written (else at the
/// schema, else at the operation).
fn of_schema(
    contract: &Contract,
    op: &Operation,
    schema: SchemaId,
    of_input: &str,
) -> Vec<Documented> {
    let s = contract.schemas.get(schema);
    s.examples
        .iter()
        .enumerate()
        .map(|(i, value)| Documented {
            value: value.clone(),
            loc: s
                .example_loc(i, &contract.sources)
                .or_else(|| s.loc.clone())
                .unwrap_or_else(|| op.loc.clone()),
            what: format!("the schema example {of_input}"),
        })
        .collect()
}

impl Runner<'_> {
    /// Splits `examples` of an input of `op_idx` whose schema is `schema` into the values
    /// valid to send and a contract finding for each one that fails its schema.
    pub(super) fn sort_examples(
        &self,
        op_idx: usize,
        schema: SchemaId,
        examples: Vec<Documented>,
    ) -> (Vec<Value>, Vec<ContractFinding>) {
        let mut valid = Vec::new();
        let mut findings = Vec::new();
        for example in examples {
            let issues = self.validators.borrow_mut().issues(
                self.contract,
                schema,
                Direction::Request,
                &example.value,
            );
            let Some(first) = issues.first() else {
                valid.push(example.value);
                continue;
            };
            let message =
                accord_schema::invalid_example_message(&example.what, &issues).unwrap_or_default();
            let loc = example.loc;
            findings.push(ContractFinding {
                id: accord_spec::invalid_example::CODE.to_string(),
                operation: self.op(op_idx).key(),
                location: Location::new(&*loc.file, loc.line, loc.column, loc.pointer),
                message: crate::curl::mask(&message, &self.secrets),
                error: ValidationError {
                    pointer: first.pointer.clone(),
                    message: crate::curl::mask(&first.message, &self.secrets),
                },
            });
        }
        (valid, findings)
    }
}

/// One finding per example: an example shared by several operations (through a component)
/// is reported for the first of them in report order.
pub(super) fn one_per_example(mut findings: Vec<ContractFinding>) -> Vec<ContractFinding> {
    let place = |f: &ContractFinding| (f.location.file.clone(), f.location.pointer.clone());
    findings.sort_by(|a, b| (place(a), &a.operation).cmp(&(place(b), &b.operation)));
    findings.dedup_by(|later, first| place(later) == place(first));
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTRACT: &str = "\
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /calls:
    post:
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              properties:
                Record: {type: boolean}
                Method: {type: string, enum: [GET, POST]}
            examples:
              create: {value: {Record: 'true', Method: POST}}
              createWithPut: {value: {Record: 'false', Method: PUT}}
      responses:
        '201': {description: created}
";

    /// A parameter example is what the API reads once sent: `'true'` for a boolean is the
    /// boolean, `'7'` for an integer the integer; a date that is no date-time stays wrong.
    #[test]
    fn parameter_examples_are_judged_as_sent() {
        let contract = accord_spec::load_str(
            "c.yaml",
            "\
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /calls:
    get:
      parameters:
        - {name: Record, in: query, schema: {type: boolean}, example: 'true'}
        - {name: Limit, in: query, schema: {type: integer}, example: '7'}
        - {name: StartTime, in: query, schema: {type: string, format: date-time}, example: '2008-01-02'}
        - name: filter
          in: query
          content:
            application/json:
              schema: {type: string}
          example: '5'
      responses:
        '200': {description: ok}
",
        )
        .expect("loads");
        let op = &contract.operations[0];
        let values: Vec<Value> = op
            .parameters
            .iter()
            .map(|p| {
                let schema = p
                    .schema
                    .or_else(|| p.content.first().and_then(|m| m.schema))
                    .expect("schema");
                let mut documented = of_parameter(&contract, op, p, schema);
                documented.remove(0).value
            })
            .collect();
        assert_eq!(
            values,
            [
                serde_json::json!(true),
                serde_json::json!(7),
                serde_json::json!("2008-01-02"),
                // A JSON-encoded parameter's example is a JSON value already.
                serde_json::json!("5"),
            ]
        );
    }

    /// A form example is what its wire form reads as: `'true'` is the boolean once sent, and
    /// only what is still wrong then (`PUT`) is the contract's defect.
    #[test]
    fn form_examples_are_judged_as_sent() {
        let contract = accord_spec::load_str("c.yaml", CONTRACT).expect("loads");
        let op = &contract.operations[0];
        let media = &op.request_body.as_ref().expect("body").content[0];
        assert!(judged(media));
        let values: Vec<Value> = of_body(&contract, op, media)
            .into_iter()
            .map(|e| e.value)
            .collect();
        assert_eq!(
            values,
            [
                serde_json::json!({"Record": true, "Method": "POST"}),
                serde_json::json!({"Record": false, "Method": "PUT"}),
            ]
        );
        let validator = accord_schema::Validator::new(
            &contract,
            media.schema.expect("schema"),
            Direction::Request,
        );
        assert!(validator.is_valid(&values[0]));
        assert!(!validator.is_valid(&values[1]));
    }
}
