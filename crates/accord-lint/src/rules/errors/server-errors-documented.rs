//! `server-errors-documented`: every operation documents a 5XX response.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation documents a server error: a `5xx` status, `5XX`, or `default`.

## Why it matters

Server errors happen to every operation. Documenting them gives them a schema (with a
correlation ID to report) and tells clients they are retryable, instead of an
unexpected status that crashes a generated client.
"#;

pub struct ServerErrorsDocumented;

/// The registered instance.
pub const RULE: ServerErrorsDocumented = ServerErrorsDocumented;

static META: Meta = Meta {
    id: "server-errors-documented",
    category: Category::Errors,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Every operation documents a 5XX response.",
    doc: DOC,
};

impl Rule for ServerErrorsDocumented {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        cx.contract
            .operations
            .iter()
            .filter(|op| {
                !op.responses
                    .iter()
                    .any(|r| r.status.class() == Some(5) || r.status.is_default())
            })
            .map(|op| {
                cx.diag(
                    &META,
                    &cx.loc_in(&op.loc, &["responses"]),
                    Some(op),
                    cx.say(
                        format!("{} documents no 5XX response", cx.op_name(op)),
                        format!(
                            "{} documents no server error: its shape and retryability are unknown",
                            cx.op_name(op)
                        ),
                    ),
                    "Document `500` (or `5XX`) with the error schema.",
                )
            })
            .collect()
    }
}
