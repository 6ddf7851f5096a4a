//! `put-patch-have-body`: pUT and PATCH carry a request body.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every `PUT` and `PATCH` operation declares a `requestBody`.

## Why it matters

`PUT` replaces and `PATCH` modifies a resource with the representation it is sent. A
`PUT` without a body is an action in disguise (and not idempotent as `PUT` promises); a
`PATCH` without one changes nothing the client can control.
"#;

pub struct PutPatchHaveBody;

/// The registered instance.
pub const RULE: PutPatchHaveBody = PutPatchHaveBody;

static META: Meta = Meta {
    id: "put-patch-have-body",
    category: Category::Writes,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "PUT and PATCH carry a request body.",
    doc: DOC,
};

impl Rule for PutPatchHaveBody {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        cx.contract
            .operations
            .iter()
            .filter(|op| matches!(op.method, Method::Put | Method::Patch) && op.request_body.is_none())
            .map(|op| {
                cx.diag(
                    &META,
                    &op.loc,
                    Some(op),
                    cx.say(
                        format!("{} has no request body", cx.op_name(op)),
                        format!("{} has no request body: it is an action in disguise, and retrying it may not be safe", cx.op_name(op)),
                    ),
                    "Send the representation (PUT) or the changes (PATCH) as a body; model actions as `POST /resource/{id}/action`.",
                )
            })
            .collect()
    }
}
