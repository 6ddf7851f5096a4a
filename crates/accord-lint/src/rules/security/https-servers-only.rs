//! `https-servers-only`: every server URL uses https (or wss).

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every server URL (document-wide and per operation) is `https://` or `wss://` (or
relative); plain `http://` and `ws://` are allowed only for `localhost`.

## Why it matters

Over plain HTTP, tokens and tenant data cross the network readable by anyone on the
path. A contract listing an `http://` server invites clients to use it.
"#;

pub struct HttpsServersOnly;

/// The registered instance.
pub const RULE: HttpsServersOnly = HttpsServersOnly;

static META: Meta = Meta {
    id: "https-servers-only",
    category: Category::Security,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "Every server URL uses https (or wss).",
    doc: DOC,
};

impl Rule for HttpsServersOnly {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let insecure = |url: &str| {
            let lower = url.to_ascii_lowercase();
            let rest = lower
                .strip_prefix("http://")
                .or_else(|| lower.strip_prefix("ws://"));
            rest.is_some_and(|r| {
                !(r.starts_with("localhost")
                    || r.starts_with("127.0.0.1")
                    || r.starts_with("[::1]"))
            })
        };
        let mut seen = std::collections::HashSet::new();
        let servers = cx
            .contract
            .servers
            .iter()
            .chain(cx.contract.operations.iter().flat_map(|o| o.servers.iter()));
        servers
            .filter(|s| insecure(&s.url) && seen.insert(s.loc.clone()))
            .map(|s| {
                cx.diag(
                    &META,
                    &s.loc,
                    None,
                    cx.say(
                        format!("server `{}` is not https", s.url),
                        format!("server `{}` is plain http: tokens and tenant data would cross the network unencrypted", s.url),
                    ),
                    "Use an `https://` URL.",
                )
            })
            .collect()
    }
}
