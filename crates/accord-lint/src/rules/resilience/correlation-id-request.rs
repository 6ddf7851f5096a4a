//! `correlation-id-request`: every operation accepts the correlation-ID header.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation takes the profile's `correlation_header` (`X-Correlation-ID`) as a
header parameter. Profiles without one skip this rule.

## Why it matters

A correlation ID sent with the request and logged by every hop is how one failed
business transaction is traced across the integration platform, the vendor and back.
Without it, incidents are debugged by matching timestamps.
"#;

pub struct CorrelationIdRequest;

/// The registered instance.
pub const RULE: CorrelationIdRequest = CorrelationIdRequest;

static META: Meta = Meta {
    id: "correlation-id-request",
    category: Category::Resilience,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Every operation accepts the correlation-ID header.",
    doc: DOC,
};

impl Rule for CorrelationIdRequest {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let Some(header) = cx.profile.conventions.correlation_header.as_deref() else {
            return Vec::new();
        };
        cx.contract
            .operations
            .iter()
            .filter(|op| op.parameter(ParamIn::Header, header).is_none())
            .map(|op| {
                cx.diag(
                    &META,
                    &op.loc,
                    Some(op),
                    cx.say(
                        format!("{} does not accept `{header}`", cx.op_name(op)),
                        format!(
                            "{} does not accept `{header}`: its calls cannot be traced end to end",
                            cx.op_name(op)
                        ),
                    ),
                    format!("`$ref` a shared `{header}` header parameter on every operation."),
                )
            })
            .collect()
    }
}
