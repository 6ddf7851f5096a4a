//! `retry-after-on-429`: 429 responses carry Retry-After.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every `429` response declares a `Retry-After` header.

## Why it matters

`Retry-After` tells a client exactly when to come back. Without it, clients guess:
too early and they are throttled again, too late and syncs fall behind.
"#;

pub struct RetryAfterOn429;

/// The registered instance.
pub const RULE: RetryAfterOn429 = RetryAfterOn429;

static META: Meta = Meta {
    id: "retry-after-on-429",
    category: Category::Resilience,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "429 responses carry Retry-After.",
    doc: DOC,
};

impl Rule for RetryAfterOn429 {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            let Some(r) = op.response("429") else {
                continue;
            };
            if r.header("Retry-After").is_some() || !seen.insert(r.loc.clone()) {
                continue;
            }
            out.push(cx.diag(
                &META,
                &r.loc,
                Some(op),
                cx.say(
                    format!("the 429 response of {} has no `Retry-After` header", cx.op_name(op)),
                    format!("the 429 response of {} has no `Retry-After`: we can only guess when to retry", cx.op_name(op)),
                ),
                "Declare `Retry-After` (seconds) on the 429 response.",
            ));
        }
        out
    }
}
