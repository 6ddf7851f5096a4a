//! `tenant-consistent`: the tenant is carried one way across the API.

use crate::prelude::*;
use crate::tenancy::Carrier;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation carries the tenant the same way: no operation uses a different header,
path parameter or query parameter for it than the rest (or than the profile declares).
Under a profile that declares the carrier, an operation that carries the tenant only in
another sound way (a path parameter such as `/tenants/{tenantId}/...`, another header, a
credential bound to the tenant) is reported here, once, as a deviation from the
preferred convention (once for the API when every operation follows that other
convention); `tenant-required` stays for operations that carry no tenant.

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
        let carriers: Vec<Vec<Carrier>> = ops.iter().map(|op| cx.tenant_carriers(op)).collect();
        let declared = cx.declared_tenant_carrier();
        let expected = match &declared {
            Some(c) => c.clone(),
            None => {
                let mut counts: std::collections::BTreeMap<&String, usize> =
                    std::collections::BTreeMap::new();
                for c in carriers.iter().flatten().filter(|c| !c.credential) {
                    *counts.entry(&c.label).or_default() += 1;
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
        let deviations: Vec<Vec<&String>> = carriers
            .iter()
            .map(|cs| {
                // A credential bound to the tenant never disagrees with a tenant ID sent
                // beside it; it is a deviation only where it is the operation's sole carrier
                // and the profile prefers another.
                let only_credentials = cs.iter().all(|c| c.credential);
                // An optional scoping header beside the expected carrier (Apideck's
                // `x-apideck-company-id` next to the required consumer) narrows the tenant's
                // data; it does not name a second tenant.
                let has_expected = cs.iter().any(|c| c.label == expected);
                cs.iter()
                    .filter(|c| {
                        c.label != expected
                            && (c.required || !has_expected)
                            && (!c.credential || (only_credentials && declared.is_some()))
                    })
                    .map(|c| &c.label)
                    .collect()
            })
            .collect();
        let mut out = Vec::new();
        // The API's own convention, followed by every operation that carries a tenant, but
        // not the one the profile prefers: one finding for the API, not one per operation.
        let carrying = carriers.iter().filter(|cs| !cs.is_empty()).count();
        let mut api_wide: Vec<&String> = Vec::new();
        if declared.is_some() && carrying > 1 {
            for label in deviations.iter().flatten() {
                let users = deviations.iter().filter(|d| d.contains(label)).count();
                if users == carrying && !api_wide.contains(label) {
                    api_wide.push(label);
                }
            }
        }
        for label in &api_wide {
            let first = ops
                .iter()
                .zip(&deviations)
                .find(|(_, d)| d.contains(label))
                .map(|(op, _)| *op);
            let Some(first) = first else { continue };
            out.push(cx.diag(
                &META,
                &first.loc,
                None,
                format!(
                    "all {carrying} operations carry the tenant in {label} (first: {}); the standard is {expected}",
                    cx.op_name(first)
                ),
                format!("Carry the tenant in {expected}."),
            ));
        }
        for (op, labels) in ops.iter().zip(&deviations) {
            for other in labels.iter().filter(|l| !api_wide.contains(l)) {
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
