//! How an operation carries its tenant: the one place lint knows tenant carriers (a header,
//! a path or query parameter, a server variable, or a credential bound to the tenant).
//!
//! `tenant-required` asks whether an operation carries a tenant at all; `tenant-consistent`
//! asks whether it carries it the way the profile (or the rest of the API) does. A sound
//! carrier the profile does not prefer is therefore one warning, never an error.
//!
//! Tenant headers and parameters are `accord_spec::conventions`' (`HeaderRole::Tenant`,
//! `is_tenant_parameter`, `x-accord-tenant: true|false`); this module adds the other words
//! vendors name a tenant by.
// TODO(conventions): the extra tenant words (`company`, `workspace`, `realm`, `consumer`...)
// and the server-variable words belong in `accord_spec::conventions` too.

use accord_spec::conventions::{HeaderRole, is_tenant_parameter};
use accord_spec::{Operation, ParamIn, SecuritySchemeKind};

use crate::context::LintContext;
use crate::profile::TenantIn;
use crate::text;

/// Words that name a tenant in a parameter (`X-Tenant-ID`, `{companyId}`, `workspace`).
const TENANT_WORDS: &[&str] = &[
    "tenant",
    "company",
    "organization",
    "organisation",
    "workspace",
    "realm",
];

/// Words that name a tenant only in a header (`X-Account-ID`, unified APIs'
/// `x-apideck-consumer-id`): in a path, `{accountId}` is usually a resource of the API, not
/// the tenant.
const HEADER_ONLY_TENANT_WORDS: &[&str] = &["account", "org", "consumer"];

/// Words of server variables that select the tenant's own host (`{subdomain}.vendor.com`).
const SERVER_TENANT_WORDS: &[&str] = &[
    "tenant",
    "subdomain",
    "company",
    "organization",
    "workspace",
    "instance",
    "site",
    "shop",
    "domain",
];

/// One way an operation carries the tenant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Carrier {
    /// How messages name it: ``header `X-Tenant-ID` ``, ``path `{tenantId}` ``.
    pub label: String,
    /// Whether every request carries it (path parameters, server variables and
    /// credentials always do; headers and query parameters when `required`).
    pub required: bool,
    /// A credential bound to the tenant (its value is not a separate tenant ID, so it never
    /// disagrees with another carrier).
    pub credential: bool,
}

impl LintContext<'_> {
    /// Whether `name` names a tenant (the profile's declared name always does).
    fn is_tenant_name(&self, name: &str, header: bool) -> bool {
        let declared = self.profile.conventions.tenant.name.as_deref();
        if declared.is_some_and(|d| d.eq_ignore_ascii_case(name)) {
            return true;
        }
        if header && HeaderRole::Tenant.is(name) {
            return true;
        }
        let words = text::words(name);
        let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
        has(TENANT_WORDS) || (header && has(HEADER_ONLY_TENANT_WORDS))
    }

    /// The ways `op` carries a tenant: parameters and server variables first, then
    /// credentials bound to a tenant.
    pub fn tenant_carriers(&self, op: &Operation) -> Vec<Carrier> {
        let mut out = Vec::new();
        for p in &op.parameters {
            let marked = p
                .extensions
                .get("x-accord-tenant")
                .and_then(serde_json::Value::as_bool);
            if marked == Some(false) {
                continue;
            }
            let label = match p.location {
                ParamIn::Header | ParamIn::Path if is_tenant_parameter(p) => match p.location {
                    ParamIn::Header => format!("header `{}`", p.name),
                    _ => format!("path `{{{}}}`", p.name),
                },
                ParamIn::Header if self.is_tenant_name(&p.name, true) => {
                    format!("header `{}`", p.name)
                }
                ParamIn::Path if self.is_tenant_name(&p.name, false) => {
                    format!("path `{{{}}}`", p.name)
                }
                ParamIn::Query if self.is_tenant_name(&p.name, false) => {
                    format!("query `{}`", p.name)
                }
                _ => continue,
            };
            out.push(Carrier {
                label,
                required: p.required || p.location == ParamIn::Path,
                credential: false,
            });
        }
        let servers = if op.servers.is_empty() {
            &self.contract.servers
        } else {
            &op.servers
        };
        for server in servers {
            for var in server.variables.keys() {
                let words = text::words(var);
                if words
                    .iter()
                    .any(|w| SERVER_TENANT_WORDS.contains(&w.as_str()))
                {
                    let label = format!("server variable `{{{var}}}`");
                    if !out.iter().any(|c| c.label == label) {
                        out.push(Carrier {
                            label,
                            required: true,
                            credential: false,
                        });
                    }
                }
            }
        }
        for scheme in self.tenant_credentials(op) {
            out.push(Carrier {
                label: format!("credential `{scheme}`"),
                required: true,
                credential: true,
            });
        }
        out
    }

    /// The security schemes of `op` bound to a tenant, when every alternative `op` accepts
    /// uses one: an API key sent as a tenant header (`X-Tenant-Key`), a scheme whose
    /// description says its token carries the tenant, or an OAuth2 flow on a per-tenant
    /// authorization server (`https://login.example.com/{tenant}/token`).
    fn tenant_credentials(&self, op: &Operation) -> Vec<String> {
        let requirements = self.contract.effective_security(op);
        let schemes = self.tenant_schemes();
        let bound = |name: &str| schemes.iter().any(|s| s == name);
        let mut out: Vec<String> = Vec::new();
        for requirement in requirements {
            let Some(name) = requirement.keys().find(|n| bound(n)) else {
                return Vec::new();
            };
            if !out.contains(name) {
                out.push(name.clone());
            }
        }
        out
    }

    /// The security schemes bound to a tenant, found once per contract.
    fn tenant_schemes(&self) -> &[String] {
        self.tenant_schemes.get_or_init(|| {
            self.contract
                .security_schemes
                .iter()
                .filter(|(_, scheme)| {
                    let described = scheme.description.as_deref().is_some_and(|d| {
                        text::words(d)
                            .iter()
                            .any(|w| w == "tenant" || w == "tenants")
                    });
                    described
                        || match &scheme.kind {
                            SecuritySchemeKind::ApiKey { name, .. } => {
                                self.is_tenant_name(name, true)
                            }
                            SecuritySchemeKind::OAuth2 { flows } => flows.iter().any(|f| {
                                [&f.authorization_url, &f.token_url]
                                    .into_iter()
                                    .flatten()
                                    .any(|url| url.contains("{tenant"))
                            }),
                            _ => false,
                        }
                })
                .map(|(name, _)| name.clone())
                .collect()
        })
    }

    /// Whether `op` carries a tenant on every request, in any sound way.
    pub fn carries_tenant(&self, op: &Operation) -> bool {
        self.tenant_carriers(op).iter().any(|c| c.required)
    }

    /// The label of the tenant carrier the profile declares, if it declares one.
    pub fn declared_tenant_carrier(&self) -> Option<String> {
        let tenant = &self.profile.conventions.tenant;
        let name = tenant.name.as_deref()?;
        match tenant.location {
            TenantIn::Header => Some(format!("header `{name}`")),
            TenantIn::Path => Some(format!("path `{{{name}}}`")),
            TenantIn::Claim | TenantIn::Auto => None,
        }
    }
}
