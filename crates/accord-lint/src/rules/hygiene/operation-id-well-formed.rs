//! `operation-id-well-formed`: every operation has an operationId that is a camelCase identifier.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation has an `operationId`. Under the `enterprise` profile it must be a
camelCase identifier (`listInvoices`); under `vendor` only a missing ID is reported.

## Why it matters

The `operationId` becomes the method name of generated clients, the key of mocks and
the name in reports. Without one, tools invent names from the path that change whenever
the path does; IDs with spaces or dashes are mangled differently by every generator.
"#;

pub struct OperationIdWellFormed;

/// The registered instance.
pub const RULE: OperationIdWellFormed = OperationIdWellFormed;

static META: Meta = Meta {
    id: "operation-id-well-formed",
    category: Category::Hygiene,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Every operation has an operationId that is a camelCase identifier.",
    doc: DOC,
};

impl Rule for OperationIdWellFormed {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            match op.operation_id.as_deref() {
                None => out.push(cx.diag(
                    &META,
                    &op.loc,
                    Some(op),
                    cx.say(
                        format!("{} has no operationId", op.key()),
                        format!("{} has no operationId: generated client methods get names derived from the path, which change when the path does", op.key()),
                    ),
                    "Add `operationId: <verb><Resource>` (e.g. `createInvoice`).",
                )),
                Some(id) if !cx.is_vendor() && !Case::Camel.matches(id) => out.push(cx.diag(
                    &META,
                    &cx.loc_in(&op.loc, &["operationId"]),
                    Some(op),
                    format!("operationId `{id}` of {} is not a camelCase identifier", op.key()),
                    "Write operationIds in camelCase: a verb and the resource, e.g. `listInvoices`.",
                )),
                Some(_) => {}
            }
        }
        out
    }
}
