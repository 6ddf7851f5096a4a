//! `operation-id-unique`: every operationId is used by one operation only.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every `operationId` (operations and webhooks) is unique within the contract.

## Why it matters

Generated clients, mocks, links and mappings name operations by their `operationId`. Two
operations with one ID collide: one of them disappears from the client, or the client
does not compile, and `links` point at the wrong call.
"#;

pub struct OperationIdUnique;

/// The registered instance.
pub const RULE: OperationIdUnique = OperationIdUnique;

static META: Meta = Meta {
    id: "operation-id-unique",
    category: Category::Hygiene,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "Every operationId is used by one operation only.",
    doc: DOC,
};

impl Rule for OperationIdUnique {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut seen: std::collections::HashMap<&str, &Operation> =
            std::collections::HashMap::new();
        let mut out = Vec::new();
        for op in cx.contract.operations.iter().chain(&cx.contract.webhooks) {
            let Some(id) = op.operation_id.as_deref() else {
                continue;
            };
            match seen.get(id) {
                Some(first) => out.push(cx.diag(
                    &META,
                    &cx.loc_in(&op.loc, &["operationId"]),
                    Some(op),
                    cx.say(
                        format!("operationId `{id}` of {} is already used by {}", op.key(), first.key()),
                        format!(
                            "operationId `{id}` names both {} and {}: a generated client gets one method for two calls, or does not compile",
                            first.key(),
                            op.key()
                        ),
                    ),
                    "Give every operation its own operationId: a verb and the resource, e.g. `listInvoices`, `getInvoice`.",
                )),
                None => {
                    seen.insert(id, op);
                }
            }
        }
        out
    }
}
