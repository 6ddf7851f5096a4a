//! `rate-limit-headers`: 429 responses document the profile's rate-limit headers.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every `429` response declares the profile's `rate_limit_headers`
(`RateLimit-Limit`, `RateLimit-Remaining` for the enterprise standard).

## Why it matters

Rate-limit headers let a client slow down before it is throttled, instead of after.
Documented, they can be read by generated clients; undocumented, they are ignored.
"#;

pub struct RateLimitHeaders;

/// The registered instance.
pub const RULE: RateLimitHeaders = RateLimitHeaders;

static META: Meta = Meta {
    id: "rate-limit-headers",
    category: Category::Resilience,
    level: LintLevel::Info,
    since: "0.1.0",
    summary: "429 responses document the profile's rate-limit headers.",
    doc: DOC,
};

impl Rule for RateLimitHeaders {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let wanted = &cx.profile.conventions.rate_limit_headers;
        if wanted.is_empty() {
            return Vec::new();
        }
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            let Some(r) = op.response("429") else {
                continue;
            };
            let missing: Vec<&str> = wanted
                .iter()
                .filter(|h| r.header(h).is_none())
                .map(String::as_str)
                .collect();
            if missing.is_empty() || !seen.insert(r.loc.clone()) {
                continue;
            }
            out.push(cx.diag(
                &META,
                &r.loc,
                Some(op),
                format!("the 429 response of {} does not document `{}`", cx.op_name(op), missing.join("`, `")),
                "Declare the rate-limit headers (IETF `RateLimit-*`) so clients can slow down in time.",
            ));
        }
        out
    }
}
