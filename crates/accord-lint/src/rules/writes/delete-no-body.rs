//! `delete-no-body`: dELETE carries no request body.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

No `DELETE` operation declares a `requestBody`.

## Why it matters

A body on `DELETE` has no defined meaning (RFC 9110): proxies, gateways and HTTP
clients drop it, so what the server receives depends on the path the request took.
"#;

pub struct DeleteNoBody;

/// The registered instance.
pub const RULE: DeleteNoBody = DeleteNoBody;

static META: Meta = Meta {
    id: "delete-no-body",
    category: Category::Writes,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "DELETE carries no request body.",
    doc: DOC,
};

impl Rule for DeleteNoBody {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        cx.contract
            .operations
            .iter()
            .filter(|op| op.method == Method::Delete)
            .filter_map(|op| op.request_body.as_ref().map(|b| (op, b)))
            .map(|(op, body)| {
                cx.diag(
                    &META,
                    &body.loc,
                    Some(op),
                    cx.say(
                        format!("{} declares a request body", cx.op_name(op)),
                        format!("{} needs a request body, which proxies and HTTP clients may drop", cx.op_name(op)),
                    ),
                    "Identify what to delete in the path (and query); use `POST /resource/{id}/action` when input is needed.",
                )
            })
            .collect()
    }
}
