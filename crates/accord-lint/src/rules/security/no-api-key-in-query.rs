//! `no-api-key-in-query`: no API key travels in the query string.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

No `apiKey` security scheme has `in: query`.

## Why it matters

Query strings end up in access logs, proxy logs, browser history and monitoring tools.
A key in the URL is a key written to disk in a dozen places.
"#;

pub struct NoApiKeyInQuery;

/// The registered instance.
pub const RULE: NoApiKeyInQuery = NoApiKeyInQuery;

static META: Meta = Meta {
    id: "no-api-key-in-query",
    category: Category::Security,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "No API key travels in the query string.",
    doc: DOC,
};

impl Rule for NoApiKeyInQuery {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        cx.contract
            .security_schemes
            .iter()
            .filter(|(_, s)| matches!(&s.kind, SecuritySchemeKind::ApiKey { location: ParamIn::Query, .. }))
            .map(|(name, s)| {
                cx.diag(
                    &META,
                    &s.loc,
                    None,
                    cx.say(
                        format!("security scheme `{name}` sends an API key in the query string"),
                        format!("security scheme `{name}` puts our API key in the query string, where logs and proxies record it"),
                    ),
                    "Send credentials in the `Authorization` header (OAuth2 bearer tokens).",
                )
            })
            .collect()
    }
}
