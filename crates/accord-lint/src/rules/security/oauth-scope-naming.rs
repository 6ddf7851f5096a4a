//! `oauth-scope-naming`: oAuth2 scopes are named per the profile.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every scope declared by an OAuth2 scheme matches the profile's `scopes.pattern`
(`<resource>:read` / `<resource>:write` for the enterprise standard). Profiles without a
pattern (`vendor`) skip this rule.

## Why it matters

Scopes named one way can be granted by rule ("read everything in customers"), reviewed
at a glance and mapped to roles. Ad-hoc names (`admin`, `full_access`) hide what a token
can do.
"#;

pub struct OauthScopeNaming;

/// The registered instance.
pub const RULE: OauthScopeNaming = OauthScopeNaming;

static META: Meta = Meta {
    id: "oauth-scope-naming",
    category: Category::Security,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "OAuth2 scopes are named per the profile.",
    doc: DOC,
};

impl Rule for OauthScopeNaming {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let Some(pattern) = cx.profile.conventions.scopes.pattern.as_deref() else {
            return Vec::new();
        };
        let Ok(re) = regex::Regex::new(pattern) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (name, scheme) in &cx.contract.security_schemes {
            let SecuritySchemeKind::OAuth2 { flows } = &scheme.kind else {
                continue;
            };
            let mut seen = std::collections::BTreeSet::new();
            for scope in flows.iter().flat_map(|f| f.scopes.keys()) {
                if !re.is_match(scope) && seen.insert(scope.clone()) {
                    out.push(cx.diag(
                        &META,
                        &scheme.loc,
                        None,
                        format!("scope `{scope}` of `{name}` does not match `{pattern}`"),
                        "Name scopes `<resource>:read` and `<resource>:write` (e.g. `invoices:read`).",
                    ));
                }
            }
        }
        out
    }
}
