//! `client-errors-documented`: 400, 401, 403 and 404 are documented where they can happen.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation documents the client errors it can produce (exactly, by `4XX` or by
`default`): `400` when it takes input (query or cookie parameters or a body),
`401` and `403` when it is secured, `404` when its path addresses a resource by a parameter (a tenant parameter alone does
not count).

## Why it matters

These are the errors every client must tell apart: fix the request (400), refresh the
token (401), ask for access (403), or treat the record as gone (404). Undocumented, they
are all "something failed" and get retried or swallowed.
"#;

pub struct ClientErrorsDocumented;

/// The registered instance.
pub const RULE: ClientErrorsDocumented = ClientErrorsDocumented;

static META: Meta = Meta {
    id: "client-errors-documented",
    category: Category::Errors,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "400, 401, 403 and 404 are documented where they can happen.",
    doc: DOC,
};

impl Rule for ClientErrorsDocumented {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            // Headers such as the tenant or correlation ID are rarely what a 400 is about.
            let takes_input = op.request_body.is_some()
                || op
                    .parameters
                    .iter()
                    .any(|p| matches!(p.location, ParamIn::Query | ParamIn::Cookie));
            let secured = !cx
                .contract
                .effective_security(op)
                .iter()
                .all(|r| r.is_empty());
            // A 404 is about the addressed resource, not the tenant the path is nested under.
            let tenants = cx.tenant_carriers(op);
            let addresses_item = op.parameters.iter().any(|p| {
                let label = format!("path `{{{}}}`", p.name);
                p.location == ParamIn::Path && !tenants.iter().any(|c| c.label == label)
            });
            let mut missing = Vec::new();
            for (status, applies) in [
                (400, takes_input),
                (401, secured),
                (403, secured),
                (404, addresses_item),
            ] {
                if applies && op.documented(status).is_none() {
                    missing.push(status);
                }
            }
            if missing.is_empty() {
                continue;
            }
            let list = missing
                .iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            out.push(cx.diag(
                &META,
                &cx.loc_in(&op.loc, &["responses"]),
                Some(op),
                cx.say(
                    format!("{} does not document {list}", cx.op_name(op)),
                    format!("{} does not document {list}: we cannot tell these failures apart from the contract", cx.op_name(op)),
                ),
                format!("Document {list} with the error schema (a shared `components/responses` entry each)."),
            ));
        }
        out
    }
}
