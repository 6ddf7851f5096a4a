//! `success-response-schema`: every operation documents a success response, with a schema when it returns a body.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation has a `2XX` response, and every `200`, `201`, `203` or `206` response
(of a method other than `HEAD`) declares content with a schema.

## Why it matters

Without a documented success response, clients and mocks do not know what a call
returns; a body without a schema is untyped data that every consumer parses by guesswork
and that no change detection can protect.
"#;

pub struct SuccessResponseSchema;

/// The registered instance.
pub const RULE: SuccessResponseSchema = SuccessResponseSchema;

static META: Meta = Meta {
    id: "success-response-schema",
    category: Category::Hygiene,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "Every operation documents a success response, with a schema when it returns a body.",
    doc: DOC,
};

impl Rule for SuccessResponseSchema {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            if op.success_responses().next().is_none() {
                out.push(cx.diag(
                    &META,
                    &cx.loc_in(&op.loc, &["responses"]),
                    Some(op),
                    cx.say(
                        format!("{} documents no success (2XX) response", cx.op_name(op)),
                        format!("{} documents no success (2XX) response: we cannot tell what a successful call returns", cx.op_name(op)),
                    ),
                    "Document the success response, e.g. `200` with the returned schema, or `204` when nothing is returned.",
                ));
                continue;
            }
            if op.method == Method::Head {
                continue;
            }
            for r in op.success_responses() {
                let needs_body = matches!(r.status.code(), Some(200 | 201 | 203 | 206));
                if needs_body && !r.content.iter().any(|m| m.schema.is_some()) {
                    out.push(cx.diag(
                        &META,
                        &r.loc,
                        Some(op),
                        cx.say(
                            format!("the {} response of {} has no schema", r.status, cx.op_name(op)),
                            format!("the {} response of {} has no schema: its body is untyped and changes to it go unnoticed", r.status, cx.op_name(op)),
                        ),
                        "Add `content: {application/json: {schema: ...}}`, or answer `204` when there is no body.",
                    ));
                }
            }
        }
        out
    }
}
