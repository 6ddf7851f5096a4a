//! `least-privilege-scopes`: read operations do not demand write scopes; OAuth2 requirements name a scope.

use crate::prelude::*;
use crate::scopes::ScopeClassifier;
use accord_spec::SecurityRequirement;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

A safe operation (`GET`, `HEAD`, `OPTIONS`) can be called with a token that grants no
write: its security requirements are alternatives (OR of ANDs), and at least one of them
asks only for scopes that do not write. Which scopes write is decided by meaning, with
the profile's `scopes.write_words`, `read_words` and `read_only_words`: `invoices:write`,
`billing.write`, `write:users`, `files_write`, `calendar.manage`, `admin`, `full_access`
write; `invoices:read`, `drive.readonly` and `cloud-platform.read-only` do not; a scope
whose read-only variant is declared (`.../auth/compute` beside `.../auth/compute.readonly`)
writes. Under the enterprise profile, every OAuth2 requirement names at least one scope.

## Why it matters

If reading requires a write scope, every reporting job and sync holds a token that can
also change data: one leaked token is a breach instead of a leak. A read operation that
also accepts a broader scope is fine, as long as a read-only token is enough. A
requirement with no scope accepts any token the authorization server issued.
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
        let scopes = ScopeClassifier::new(cx.contract, &cx.profile.conventions.scopes);
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            let requirements = cx.contract.effective_security(op);
            if op.method.is_safe() && !scopes.read_only_alternative(requirements) {
                out.push(demands_write(cx, op, requirements, &scopes));
            }
            if cx.is_vendor() {
                continue;
            }
            for (scheme_name, scopes) in requirements.iter().flatten() {
                let is_oauth = cx
                    .contract
                    .security_schemes
                    .get(scheme_name)
                    .is_some_and(|s| matches!(s.kind, SecuritySchemeKind::OAuth2 { .. }));
                if is_oauth && scopes.is_empty() {
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
        out
    }
}

/// The finding for a read operation whose every alternative demands a write scope.
fn demands_write(
    cx: &LintContext<'_>,
    op: &Operation,
    requirements: &[SecurityRequirement],
    scopes: &ScopeClassifier,
) -> Diagnostic {
    let mut writes: Vec<&str> = Vec::new();
    for scope in requirements.iter().flat_map(|r| r.values().flatten()) {
        if scopes.is_write(scope) && !writes.contains(&scope.as_str()) {
            writes.push(scope);
        }
    }
    let listed = writes
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let problem = match requirements.len() {
        1 if writes.len() == 1 => format!(
            "read operation {} requires the write scope {listed}",
            cx.op_name(op)
        ),
        1 => format!(
            "read operation {} requires the write scopes {listed}",
            cx.op_name(op)
        ),
        n => format!(
            "read operation {} accepts no read-only token: each of its {n} security alternatives demands a write scope ({listed})",
            cx.op_name(op)
        ),
    };
    cx.diag(
        &META,
        &cx.loc_in(&op.loc, &["security"]),
        Some(op),
        cx.say(
            problem.clone(),
            format!("{problem}: our read-only sync must hold a token that can change data"),
        ),
        "Accept the resource's read scope for safe methods (as one alternative at least).",
    )
}
