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
preferred convention; `tenant-required` stays for operations that carry no tenant.

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
        let mut out = Vec::new();
        for (op, cs) in ops.iter().zip(&carriers) {
            // A credential bound to the tenant never disagrees with a tenant ID sent beside
            // it; it is a deviation only where it is the operation's sole carrier and the
            // profile prefers another.
            let only_credentials = cs.iter().all(|c| c.credential);
            // An optional scoping header beside the expected carrier (Apideck's
            // `x-apideck-company-id` next to the required consumer) narrows the tenant's
            // data; it does not name a second tenant.
            let has_expected = cs.iter().any(|c| c.label == expected);
            let deviations = cs.iter().filter(|c| {
                c.label != expected
                    && (c.required || !has_expected)
                    && (!c.credential || (only_credentials && declared.is_some()))
            });
            for other in deviations.map(|c| &c.label) {
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
