//! The contract's own examples of an operation's inputs, checked before the run sends any:
//! an example that fails its own schema (Twilio's `StartTime` date-time documented as
//! `2008-01-02`) is the contract's defect, so it is reported as an `invalid-example`
//! contract finding and never sent as valid data, where the API refusing it would be
//! blamed on the API.

use accord_report::{ContractFinding, Location, ValidationError};
use accord_schema::Direction;
use accord_spec::{Contract, Example, Loc, MediaType, Operation, Parameter, SchemaId};
use serde_json::Value;

use super::Runner;

/// One example the contract documents for an input, with where it is written.
pub(super) struct Documented<'c> {
    pub value: &'c Value,
    pub loc: Loc,
    /// How the finding names it (`the example \`a\` of query parameter \`since\``).
    pub what: String,
}

/// A parameter's examples: its own `example`/`examples`, then its schema's.
pub(super) fn of_parameter<'c>(
    contract: &'c Contract,
    op: &'c Operation,
    parameter: &'c Parameter,
    schema: SchemaId,
) -> Vec<Documented<'c>> {
    let input = format!(
        "{} parameter `{}`",
        parameter.location.name(),
        parameter.name
    );
    let mut out = own(&parameter.examples, &format!("of {input}"));
    out.extend(of_schema(contract, op, schema, &format!("of {input}")));
    out
}

/// A request body's examples in one media type: the media type's, then its schema's.
pub(super) fn of_body<'c>(
    contract: &'c Contract,
    op: &'c Operation,
    media: &'c MediaType,
) -> Vec<Documented<'c>> {
    let input = format!("of the request body ({})", media.name);
    let mut out = own(&media.examples, &input);
    if let Some(s) = media.schema {
        out.extend(of_schema(contract, op, s, &input));
    }
    out
}

/// `example` and the entries of `examples` written beside an input.
fn own<'c>(examples: &'c [Example], of_input: &str) -> Vec<Documented<'c>> {
    examples
        .iter()
        .map(|e| Documented {
            value: &e.value,
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
fn of_schema<'c>(
    contract: &'c Contract,
    op: &'c Operation,
    schema: SchemaId,
    of_input: &str,
) -> Vec<Documented<'c>> {
    let s = contract.schemas.get(schema);
    s.examples
        .iter()
        .enumerate()
        .map(|(i, value)| Documented {
            value,
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
        examples: Vec<Documented<'_>>,
    ) -> (Vec<Value>, Vec<ContractFinding>) {
        let mut valid = Vec::new();
        let mut findings = Vec::new();
        for example in examples {
            let issues = self.validators.borrow_mut().issues(
                self.contract,
                schema,
                Direction::Request,
                example.value,
            );
            let Some(first) = issues.first() else {
                valid.push(example.value.clone());
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
