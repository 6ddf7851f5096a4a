//! `create-returns-201`: a create answers 201 with the created resource or a Location header.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

A creating `POST` answers `201 Created` (enterprise profile) and that response carries
the created resource as a body with a schema, or a `Location` header. Under the `vendor`
profile any success status is accepted as long as the new resource can be found.

## Why it matters

The client needs the new resource's ID to continue (and to store the link between
systems). A create that answers nothing usable forces a search by attributes, which is
slow and ambiguous.
"#;

pub struct CreateReturns201;

/// The registered instance.
pub const RULE: CreateReturns201 = CreateReturns201;

static META: Meta = Meta {
    id: "create-returns-201",
    category: Category::Writes,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "A create answers 201 with the created resource or a Location header.",
    doc: DOC,
};

impl Rule for CreateReturns201 {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for op in cx.contract.operations.iter().filter(|op| cx.is_create(op)) {
            let created = op.response("201");
            if created.is_none() && !cx.is_vendor() {
                out.push(cx.diag(
                    &META,
                    &cx.loc_in(&op.loc, &["responses"]),
                    Some(op),
                    format!(
                        "{} creates a resource but does not answer `201`",
                        cx.op_name(op)
                    ),
                    "Answer `201 Created` with the resource and a `Location` header.",
                ));
                continue;
            }
            let usable = |r: &Response| {
                r.header("Location").is_some() || r.content.iter().any(|m| m.schema.is_some())
            };
            let answers: Vec<&Response> =
                created.into_iter().chain(op.success_responses()).collect();
            if !answers.is_empty() && !answers.iter().any(|r| usable(r)) {
                let r = answers[0];
                out.push(cx.diag(
                    &META,
                    &r.loc,
                    Some(op),
                    cx.say(
                        format!("the {} response of {} has neither the created resource nor a `Location` header", r.status, cx.op_name(op)),
                        format!("{} does not return what it created: we cannot learn the new ID without searching", cx.op_name(op)),
                    ),
                    "Return the created resource (with its schema) and a `Location` header.",
                ));
            }
        }
        out
    }
}
