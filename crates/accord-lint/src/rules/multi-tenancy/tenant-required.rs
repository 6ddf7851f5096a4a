//! `tenant-required`: every operation on tenant data carries the tenant the profile way.

use crate::prelude::*;
use crate::tenancy::Carrier;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation (except the profile's `tenant.exempt_paths` and operations marked
`x-accord-tenant: none`) carries a tenant on every request: the carrier the profile
declares (a required `X-Tenant-ID` header for the enterprise standard), or another sound
one: a path parameter (`/tenants/{tenantId}/...`), another required tenant header or query
parameter, a server variable, or a credential bound to the tenant. For `claim`, every
operation requires a token (or names its tenant in one of those other ways). Under
`vendor` (`in: auto`) the carrier most operations use is detected, and operations
without any are reported.

This rule reports only operations that carry no tenant at all (or only optionally). An
operation that carries it soundly but not the way the profile prefers is
`tenant-consistent`'s finding, a warning.

## Why it matters

An operation that reads or writes tenant data without saying whose data it is relies
on an implicit default tenant. That is how one customer's records end up in another's
report.
"#;

pub struct TenantRequired;

/// The registered instance.
pub const RULE: TenantRequired = TenantRequired;

static META: Meta = Meta {
    id: "tenant-required",
    category: Category::MultiTenancy,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "Every operation on tenant data carries the tenant the profile way.",
    doc: DOC,
};

impl Rule for TenantRequired {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let tenant = &cx.profile.conventions.tenant;
        let ops: Vec<&Operation> = cx
            .contract
            .operations
            .iter()
            .filter(|op| !cx.is_tenant_exempt(op))
            .collect();
        let mut out = Vec::new();
        match (tenant.location, tenant.name.as_deref()) {
            (TenantIn::Header, Some(name)) => {
                for op in ops {
                    let declared = op.parameter(ParamIn::Header, name);
                    if declared.is_some_and(|p| p.required) || cx.carries_tenant(op) {
                        continue;
                    }
                    out.push(match declared {
                        Some(p) => cx.diag(
                            &META,
                            &p.loc,
                            Some(op),
                            format!("tenant header `{name}` of {} is optional, and nothing else carries the tenant", cx.op_name(op)),
                            "Mark the tenant header `required: true`.",
                        ),
                        None => cx.diag(
                            &META,
                            &op.loc,
                            Some(op),
                            format!("{} carries no tenant: it takes neither the tenant header `{name}` nor any other required tenant carrier{}", cx.op_name(op), optional_note(cx, op)),
                            format!("`$ref` the shared `{name}` header parameter (required) on every operation."),
                        ),
                    });
                }
            }
            (TenantIn::Path, Some(name)) => {
                for op in ops.into_iter().filter(|op| {
                    op.parameter(ParamIn::Path, name).is_none() && !cx.carries_tenant(op)
                }) {
                    out.push(cx.diag(
                        &META,
                        &op.loc,
                        Some(op),
                        format!(
                            "path `{}` of {} carries no tenant: neither `{{{name}}}` nor any other required tenant carrier{}",
                            op.path,
                            cx.op_name(op),
                            optional_note(cx, op)
                        ),
                        format!("Nest the path under `/{{{name}}}/`."),
                    ));
                }
            }
            (TenantIn::Claim, _) => {
                for op in ops {
                    let requirements = cx.contract.effective_security(op);
                    let tokenless =
                        requirements.is_empty() || requirements.iter().any(|r| r.is_empty());
                    // A request without a token may still name its tenant (a path or header
                    // carrier); only one that names none is unscoped.
                    if tokenless && !cx.carries_tenant(op) {
                        out.push(cx.diag(
                            &META,
                            &op.loc,
                            Some(op),
                            format!(
                                "{} carries the tenant in the token, but requires no token",
                                cx.op_name(op)
                            ),
                            "Require the API's security scheme on the operation.",
                        ));
                    }
                }
            }
            _ => {
                // Detected: the carrier most operations use is the API's way; an operation with
                // none is the risk.
                let mut counts: std::collections::BTreeMap<String, usize> =
                    std::collections::BTreeMap::new();
                let carriers: Vec<Vec<Carrier>> =
                    ops.iter().map(|op| cx.tenant_carriers(op)).collect();
                for c in carriers.iter().flatten() {
                    *counts.entry(c.label.clone()).or_default() += 1;
                }
                let Some((dominant, n)) = counts
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                else {
                    return out;
                };
                if n * 2 < ops.len() {
                    return out;
                }
                for (op, c) in ops.iter().zip(&carriers) {
                    if c.is_empty() {
                        out.push(cx.diag(
                            &META,
                            &op.loc,
                            Some(op),
                            format!("{} carries no tenant, while the API's other operations use {dominant}: which tenant's data it touches is implicit", cx.op_name(op)),
                            "Confirm with the vendor how this operation is scoped to a tenant; pin the tenant explicitly in our client.",
                        ));
                    }
                }
            }
        }
        out
    }
}

/// `` (`header `X-Org-ID`` is optional)`` when `op` names a tenant only optionally.
fn optional_note(cx: &LintContext<'_>, op: &Operation) -> String {
    let optional: Vec<String> = cx
        .tenant_carriers(op)
        .into_iter()
        .filter(|c| !c.required)
        .map(|c| c.label)
        .collect();
    if optional.is_empty() {
        String::new()
    } else {
        format!(" ({} is optional)", optional.join(", "))
    }
}
