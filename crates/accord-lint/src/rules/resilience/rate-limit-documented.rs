//! `rate-limit-documented`: every operation documents 429 Too Many Requests.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation documents a `429` response.

## Why it matters

Every API limits its callers. When `429` is not in the contract, clients treat it as
an unknown failure: they either fail the job or retry immediately and make it worse.
"#;

pub struct RateLimitDocumented;

/// The registered instance.
pub const RULE: RateLimitDocumented = RateLimitDocumented;

static META: Meta = Meta {
    id: "rate-limit-documented",
    category: Category::Resilience,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Every operation documents 429 Too Many Requests.",
    doc: DOC,
};

impl Rule for RateLimitDocumented {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        cx.contract
            .operations
            .iter()
            .filter(|op| op.response("429").is_none())
            .map(|op| {
                cx.diag(
                    &META,
                    &cx.loc_in(&op.loc, &["responses"]),
                    Some(op),
                    cx.say(
                        format!("{} does not document 429", cx.op_name(op)),
                        format!("{} does not document 429: its rate limit is unknown, so our back-off is guesswork", cx.op_name(op)),
                    ),
                    "Document `429` with `Retry-After` (a shared `components/responses/TooManyRequests`).",
                )
            })
            .collect()
    }
}
