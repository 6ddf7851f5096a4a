//! `idempotency-key-on-create`: creating POSTs accept an idempotency key header.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every `POST` that creates a resource (a `POST` answering `201`, or a `POST` with a body
on a plural collection path) accepts the profile's idempotency header
(`Idempotency-Key`) as a header parameter.

## Why it matters

`POST` is not idempotent: when a create times out the client cannot know whether it
happened. Without an idempotency key, the only safe choices are to give up or to risk a
duplicate: a second customer, a second order, a second charge.
"#;

pub struct IdempotencyKeyOnCreate;

/// The registered instance.
pub const RULE: IdempotencyKeyOnCreate = IdempotencyKeyOnCreate;

static META: Meta = Meta {
    id: "idempotency-key-on-create",
    category: Category::Writes,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "Creating POSTs accept an idempotency key header.",
    doc: DOC,
};

impl Rule for IdempotencyKeyOnCreate {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let header = &cx.profile.conventions.idempotency_header;
        let mut out = Vec::new();
        for op in cx.contract.operations.iter().filter(|op| cx.is_create(op)) {
            if op.parameter(ParamIn::Header, header).is_some() {
                continue;
            }
            let noun = op
                .path
                .rsplit('/')
                .find(|s| !s.is_empty() && !s.starts_with('{'))
                .unwrap_or("resource");
            let money = [
                "invoice",
                "payment",
                "charge",
                "order",
                "subscription",
                "refund",
                "transfer",
                "payout",
                "bill",
            ]
            .iter()
            .any(|w| noun.to_ascii_lowercase().contains(w));
            let consequence = if money {
                format!("can create a duplicate in `{noun}` and double-bill")
            } else {
                format!("can create a duplicate in `{noun}`")
            };
            out.push(cx.diag(
                &META,
                &op.loc,
                Some(op),
                cx.say(
                    format!("{} creates a resource but does not accept an `{header}` header", cx.op_name(op)),
                    format!("no idempotency key on {}: a retry after a timeout {consequence}", cx.op_name(op)),
                ),
                format!("Accept `{header}` (`in: header`, `required: true`) and replay the first response for a repeated key."),
            ));
        }
        out
    }
}
