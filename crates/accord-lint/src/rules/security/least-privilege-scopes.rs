//! `least-privilege-scopes`: read operations do not demand write scopes; OAuth2 requirements name a scope.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

A safe operation (`GET`, `HEAD`, `OPTIONS`) does not require a scope matching the
profile's `scopes.write_pattern`; under the enterprise profile, every OAuth2
requirement names at least one scope.

## Why it matters

If reading requires a write scope, every reporting job and sync holds a token that can
also change data: one leaked token is a breach instead of a leak. A requirement with no
scope accepts any token the authorization server issued.
"#;

pub struct LeastPrivilegeScopes;

/// The registered instance.
pub const RULE: LeastPrivilegeScopes = LeastPrivilegeScopes;

static META: Meta = Meta {
    id: "least-privilege-scopes",
    category: Category::Security,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Read operations do not demand write scopes; OAuth2 requirements name a scope.",
    doc: DOC,
};

impl Rule for LeastPrivilegeScopes {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let Ok(write) = regex::Regex::new(&cx.profile.conventions.scopes.write_pattern) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            for requirement in cx.contract.effective_security(op) {
                for (scheme_name, scopes) in requirement {
                    let is_oauth = cx
                        .contract
                        .security_schemes
                        .get(scheme_name)
                        .is_some_and(|s| matches!(s.kind, SecuritySchemeKind::OAuth2 { .. }));
                    if op.method.is_safe() {
                        for scope in scopes.iter().filter(|s| write.is_match(s)) {
                            out.push(cx.diag(
                                &META,
                                &cx.loc_in(&op.loc, &["security"]),
                                Some(op),
                                cx.say(
                                    format!("read operation {} requires the write scope `{scope}`", cx.op_name(op)),
                                    format!("read operation {} requires the write scope `{scope}`: our read-only sync must hold a token that can change data", cx.op_name(op)),
                                ),
                                "Require the resource's read scope for safe methods.",
                            ));
                        }
                    }
                    if is_oauth && scopes.is_empty() && !cx.is_vendor() {
                        out.push(cx.diag(
                            &META,
                            &cx.loc_in(&op.loc, &["security"]),
                            Some(op),
                            format!("{} requires `{scheme_name}` without any scope: any token is accepted", cx.op_name(op)),
                            "Require exactly the scope the operation needs (`resource:read` or `resource:write`).",
                        ));
                    }
                }
            }
        }
        out
    }
}
