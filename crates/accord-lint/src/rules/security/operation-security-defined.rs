//! `operation-security-defined`: every operation has a security requirement naming declared schemes.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation has a non-empty security requirement (its own or the document's), and
every scheme a requirement names is declared under `components/securitySchemes`.

## Why it matters

An operation without security is open to anyone who can reach it, including across
tenants. A requirement naming an undeclared scheme means clients do not know how to
authenticate, and gateways configured from the contract let the call through.
"#;

pub struct OperationSecurityDefined;

/// The registered instance.
pub const RULE: OperationSecurityDefined = OperationSecurityDefined;

static META: Meta = Meta {
    id: "operation-security-defined",
    category: Category::Security,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "Every operation has a security requirement naming declared schemes.",
    doc: DOC,
};

impl Rule for OperationSecurityDefined {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            let requirements = cx.contract.effective_security(op);
            if requirements.is_empty() || requirements.iter().any(|r| r.is_empty()) {
                out.push(cx.diag(
                    &META,
                    &op.loc,
                    Some(op),
                    cx.say(
                        format!("{} has no security requirement", cx.op_name(op)),
                        format!("{} is callable without credentials per the contract: either it is public or the contract is wrong about auth", cx.op_name(op)),
                    ),
                    "Require the API's OAuth2 scheme with the operation's scope (`security: [{oauth: [resource:read]}]`).",
                ));
                continue;
            }
            for scheme in requirements.iter().flat_map(|r| r.keys()) {
                if !cx.contract.security_schemes.contains_key(scheme) {
                    out.push(cx.diag(
                        &META,
                        &cx.loc_in(&op.loc, &["security"]),
                        Some(op),
                        format!(
                            "{} requires the security scheme `{scheme}`, which is not declared",
                            cx.op_name(op)
                        ),
                        "Declare the scheme under `components/securitySchemes` or fix the name.",
                    ));
                }
            }
        }
        out
    }
}
