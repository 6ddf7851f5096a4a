//! `error-media-type`: error responses use the profile's error model (problem+json).

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every `4XX`/`5XX` response (and `default`) declares a body in one of the profile's
`errors.media_types` (`application/problem+json`, RFC 9457, for the enterprise
standard). When the profile lists none (`vendor`), any body with a schema will do.

## Why it matters

Clients handle errors generically: retry or not, show `detail`, log `instance` and the
correlation ID. That works only if every error has one documented shape; an error body
without a schema is parsed by guesswork exactly when things already go wrong.
"#;

pub struct ErrorMediaType;

/// The registered instance.
pub const RULE: ErrorMediaType = ErrorMediaType;

static META: Meta = Meta {
    id: "error-media-type",
    category: Category::Errors,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Error responses use the profile's error model (problem+json).",
    doc: DOC,
};

impl Rule for ErrorMediaType {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let wanted = &cx.profile.conventions.errors.media_types;
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            if op.method == Method::Head {
                continue;
            }
            for r in &op.responses {
                let is_error = r.status.is_error() || r.status.is_default();
                if !is_error || !seen.insert(r.loc.clone()) {
                    continue;
                }
                let ok = if wanted.is_empty() {
                    r.content.iter().any(|m| m.schema.is_some())
                } else {
                    r.content.iter().any(|m| {
                        wanted.iter().any(|w| m.name == w.as_str()) && m.schema.is_some()
                    })
                };
                if ok {
                    continue;
                }
                let found: Vec<&str> = r.content.iter().map(|m| m.name.as_str()).collect();
                let found = if found.is_empty() {
                    "no body".to_string()
                } else {
                    format!("`{}`", found.join("`, `"))
                };
                out.push(cx.diag(
                    &META,
                    &r.loc,
                    Some(op),
                    cx.say(
                        format!("the {} response of {} has {found}, not `{}` with a schema", r.status, cx.op_name(op), wanted.join("` or `")),
                        format!("the {} response of {} has no documented error body: failures can only be handled by status code", r.status, cx.op_name(op)),
                    ),
                    "Answer errors as `application/problem+json` with the RFC 9457 `Problem` schema (`type`, `title`, `status`, `detail`, `instance`).",
                ));
            }
        }
        out
    }
}
