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
            // One finding per scheme: its scopes follow one convention, said once.
            let mut off: Vec<&String> = Vec::new();
            for scope in flows.iter().flat_map(|f| f.scopes.keys()) {
                if !re.is_match(scope) && !off.contains(&scope) {
                    off.push(scope);
                }
            }
            let message = match off.as_slice() {
                [] => continue,
                [one] => format!("scope `{one}` of `{name}` does not match `{pattern}`"),
                many => {
                    let shown: Vec<String> =
                        many.iter().take(4).map(|s| format!("`{s}`")).collect();
                    let more = match many.len().saturating_sub(4) {
                        0 => String::new(),
                        n => format!(" and {n} more"),
                    };
                    format!(
                        "{} scopes of `{name}` do not match `{pattern}`: {}{more}",
                        many.len(),
                        shown.join(", ")
                    )
                }
            };
            out.push(cx.diag(
                &META,
                &scheme.loc,
                None,
                message,
                "Name scopes `<resource>:read` and `<resource>:write` (e.g. `invoices:read`).",
            ));
        }
        out
    }
}
