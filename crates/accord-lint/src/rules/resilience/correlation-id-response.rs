//! `correlation-id-response`: every response echoes the correlation-ID header.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every response of every operation (errors included) declares the profile's
`correlation_header`. Profiles without one skip this rule.

## Why it matters

The echoed ID is what a client logs next to a failure and quotes in a support ticket;
it matters most on error responses, which is where it is most often forgotten.
"#;

pub struct CorrelationIdResponse;

/// The registered instance.
pub const RULE: CorrelationIdResponse = CorrelationIdResponse;

static META: Meta = Meta {
    id: "correlation-id-response",
    category: Category::Resilience,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Every response echoes the correlation-ID header.",
    doc: DOC,
};

impl Rule for CorrelationIdResponse {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let Some(header) = cx.profile.conventions.correlation_header.as_deref() else {
            return Vec::new();
        };
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            for r in &op.responses {
                if r.header(header).is_some() || !seen.insert(r.loc.clone()) {
                    continue;
                }
                out.push(cx.diag(
                    &META,
                    &r.loc,
                    Some(op),
                    cx.say(
                        format!("the {} response of {} does not echo `{header}`", r.status, cx.op_name(op)),
                        format!("the {} response of {} does not echo `{header}`: failures cannot be matched to requests", r.status, cx.op_name(op)),
                    ),
                    format!("Add `{header}` to the response headers (a shared `components/headers` entry)."),
                ));
            }
        }
        out
    }
}
