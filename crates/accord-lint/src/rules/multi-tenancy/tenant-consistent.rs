//! `tenant-consistent`: the tenant is carried one way across the API.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation carries the tenant the same way: no operation uses a different header,
path parameter or query parameter for it than the rest (or than the profile declares).

## Why it matters

When one endpoint takes the tenant from `X-Tenant-ID` and another from `{companyId}`,
clients must keep two copies of the tenant in sync, and the two can disagree: the
request is authorised for one tenant and reads the other.
"#;

pub struct TenantConsistent;

/// The registered instance.
pub const RULE: TenantConsistent = TenantConsistent;

static META: Meta = Meta {
    id: "tenant-consistent",
    category: Category::MultiTenancy,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "The tenant is carried one way across the API.",
    doc: DOC,
};

impl Rule for TenantConsistent {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let ops: Vec<&Operation> = cx
            .contract
            .operations
            .iter()
            .filter(|op| !cx.is_tenant_exempt(op))
            .collect();
        let carriers: Vec<Vec<String>> = ops.iter().map(|op| cx.tenant_carriers(op)).collect();
        let expected = match cx.declared_tenant_carrier() {
            Some(c) => c,
            None => {
                let mut counts: std::collections::BTreeMap<&String, usize> =
                    std::collections::BTreeMap::new();
                for c in carriers.iter().flatten() {
                    *counts.entry(c).or_default() += 1;
                }
                match counts
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
                {
                    Some((c, _)) => c.clone(),
                    None => return Vec::new(),
                }
            }
        };
        let mut out = Vec::new();
        for (op, cs) in ops.iter().zip(&carriers) {
            for other in cs.iter().filter(|c| **c != expected) {
                out.push(cx.diag(
                    &META,
                    &op.loc,
                    Some(op),
                    cx.say(
                        format!("{} carries the tenant in {other}; the standard is {expected}", cx.op_name(op)),
                        format!("{} carries the tenant in {other} while the API mostly uses {expected}: two tenant values can disagree", cx.op_name(op)),
                    ),
                    format!("Carry the tenant only in {expected}."),
                ));
            }
        }
        out
    }
}
