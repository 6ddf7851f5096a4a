//! `no-http-basic`: no security scheme uses HTTP basic authentication.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

No security scheme is `type: http` with `scheme: basic`.

## Why it matters

Basic authentication sends a long-lived password with every request: it cannot be
scoped, expires never, and rotating it breaks every integration at once. OAuth2 client
credentials give short-lived, scoped tokens.
"#;

pub struct NoHttpBasic;

/// The registered instance.
pub const RULE: NoHttpBasic = NoHttpBasic;

static META: Meta = Meta {
    id: "no-http-basic",
    category: Category::Security,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "No security scheme uses HTTP basic authentication.",
    doc: DOC,
};

impl Rule for NoHttpBasic {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        cx.contract
            .security_schemes
            .iter()
            .filter(|(_, s)| matches!(&s.kind, SecuritySchemeKind::Http { scheme, .. } if scheme.eq_ignore_ascii_case("basic")))
            .map(|(name, s)| {
                cx.diag(
                    &META,
                    &s.loc,
                    None,
                    cx.say(
                        format!("security scheme `{name}` uses HTTP basic authentication"),
                        format!("security scheme `{name}` uses HTTP basic: we must store a long-lived password that cannot be scoped and whose rotation breaks the integration"),
                    ),
                    "Use OAuth2 (client credentials) with scopes.",
                )
            })
            .collect()
    }
}
