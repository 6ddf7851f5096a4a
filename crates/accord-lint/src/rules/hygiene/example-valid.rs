//! `example-valid`: every example validates against the schema it illustrates.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every example of the contract (media type and parameter examples, schema `example` /
`examples`, AsyncAPI message examples) validates against its schema (JSON Schema 2020-12
through the `jsonschema` crate).

## Why it matters

Examples become mock responses, documentation and test data. An example that does not
match its schema teaches integrators the wrong shape and makes mocks answer what the real
API never will; often it reveals that the schema itself is wrong.
"#;

pub struct ExampleValid;

/// The registered instance.
pub const RULE: ExampleValid = ExampleValid;

static META: Meta = Meta {
    id: "example-valid",
    category: Category::Hygiene,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "Every example validates against the schema it illustrates.",
    doc: DOC,
};

impl Rule for ExampleValid {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let findings = accord_schema::check_examples(cx.contract);
        findings
            .into_iter()
            .map(|f| {
                let op = cx.contract.operations.iter().find(|op| {
                    *op.loc.file == *f.loc.file
                        && f.loc.pointer.strip_prefix(op.loc.pointer.as_str()).is_some_and(|r| r.is_empty() || r.starts_with('/'))
                });
                cx.diag(
                    &META,
                    &f.loc,
                    op,
                    cx.say(f.message.clone(), format!("{}: mocks and tests built from it will not match the real API", f.message)),
                    "Correct the example (or the schema, when the example shows what the API really returns).",
                )
            })
            .collect()
    }
}
