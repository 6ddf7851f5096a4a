//! `oauth-scopes-declared`: every required OAuth2 scope is declared by its scheme.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every scope an operation requires from an OAuth2 scheme is listed in one of that
scheme's flows.

## Why it matters

Clients request tokens with the scopes the scheme declares. A required scope that is
not declared cannot be requested, so the call fails with 403 for every client that
followed the contract.
"#;

pub struct OauthScopesDeclared;

/// The registered instance.
pub const RULE: OauthScopesDeclared = OauthScopesDeclared;

static META: Meta = Meta {
    id: "oauth-scopes-declared",
    category: Category::Security,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "Every required OAuth2 scope is declared by its scheme.",
    doc: DOC,
};

impl Rule for OauthScopesDeclared {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            for requirement in cx.contract.effective_security(op) {
                for (scheme_name, scopes) in requirement {
                    let Some(scheme) = cx.contract.security_schemes.get(scheme_name) else {
                        continue;
                    };
                    let SecuritySchemeKind::OAuth2 { flows } = &scheme.kind else {
                        continue;
                    };
                    for scope in scopes {
                        if !flows.iter().any(|f| f.scopes.contains_key(scope)) {
                            out.push(cx.diag(
                                &META,
                                &cx.loc_in(&op.loc, &["security"]),
                                Some(op),
                                cx.say(
                                    format!("{} requires scope `{scope}`, which `{scheme_name}` does not declare", cx.op_name(op)),
                                    format!("{} requires scope `{scope}`, which `{scheme_name}` does not declare: we cannot request a token for it", cx.op_name(op)),
                                ),
                                format!("Declare `{scope}` in the flows of `{scheme_name}` (with a description), or require a declared scope."),
                            ));
                        }
                    }
                }
            }
        }
        out
    }
}
