//! Which headers carry which cross-cutting concern: correlation IDs, idempotency keys,
//! tenants, rate limits, deprecation. Lint, codegen, the live runner and the mock all ask here.

use crate::{ParamIn, Parameter};

/// The job a header does, recognised from its name the way vendors spell them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HeaderRole {
    /// `X-Correlation-ID`, `Correlation-Id`, `X-Request-ID`, `Request-Id`.
    Correlation,
    /// `Idempotency-Key`, `X-Idempotency-Key`.
    Idempotency,
    /// `X-Tenant-ID`, `xero-tenant-id`: any header naming a tenant.
    Tenant,
    /// `X-RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Policy`, `X-Rate-Limit-Reset`.
    RateLimit,
    /// `Retry-After` (RFC 9110 §10.2.3).
    RetryAfter,
    /// `Deprecation` (RFC 9745).
    Deprecation,
    /// `Sunset` (RFC 8594).
    Sunset,
}

impl HeaderRole {
    /// The role a header name plays, if it plays one.
    pub fn of(name: &str) -> Option<HeaderRole> {
        let n = squash(name);
        Some(
            if n.contains("correlationid") || matches!(n.as_str(), "xrequestid" | "requestid") {
                HeaderRole::Correlation
            } else if n.contains("idempotency") {
                HeaderRole::Idempotency
            } else if n.contains("tenant") {
                HeaderRole::Tenant
            } else if n.starts_with("ratelimit") || n.starts_with("xratelimit") {
                HeaderRole::RateLimit
            } else if n == "retryafter" {
                HeaderRole::RetryAfter
            } else if n == "deprecation" {
                HeaderRole::Deprecation
            } else if n == "sunset" {
                HeaderRole::Sunset
            } else {
                return None;
            },
        )
    }

    /// Whether `name` plays this role.
    pub fn is(self, name: &str) -> bool {
        HeaderRole::of(name) == Some(self)
    }

    /// The name Accord uses when a contract names none for this role.
    pub fn default_name(self) -> &'static str {
        match self {
            HeaderRole::Correlation => "X-Correlation-ID",
            HeaderRole::Idempotency => "Idempotency-Key",
            HeaderRole::Tenant => "X-Tenant-ID",
            HeaderRole::RateLimit => "X-RateLimit-Limit",
            HeaderRole::RetryAfter => "Retry-After",
            HeaderRole::Deprecation => "Deprecation",
            HeaderRole::Sunset => "Sunset",
        }
    }
}

/// Whether a required header or path parameter carries the tenant: marked
/// `x-accord-tenant: true`, or named or described as a tenant.
pub fn is_tenant_parameter(p: &Parameter) -> bool {
    if !matches!(p.location, ParamIn::Header | ParamIn::Path) || !p.required {
        return false;
    }
    if let Some(marked) = p
        .extensions
        .get("x-accord-tenant")
        .and_then(serde_json::Value::as_bool)
    {
        return marked;
    }
    squash(&p.name).contains("tenant")
        || p.description
            .as_deref()
            .is_some_and(|d| d.to_ascii_lowercase().contains("tenant"))
}

/// Lower case without `-` and `_`: `X-Request_ID` → `xrequestid`.
fn squash(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '-' && *c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_vendor_spellings() {
        for (name, role) in [
            ("X-Correlation-ID", HeaderRole::Correlation),
            ("correlation_id", HeaderRole::Correlation),
            ("X-Request-Id", HeaderRole::Correlation),
            ("Idempotency-Key", HeaderRole::Idempotency),
            ("X-Idempotency-Key", HeaderRole::Idempotency),
            ("xero-tenant-id", HeaderRole::Tenant),
            ("X-Tenant-ID", HeaderRole::Tenant),
            ("X-RateLimit-Remaining", HeaderRole::RateLimit),
            ("RateLimit-Policy", HeaderRole::RateLimit),
            ("X-Rate-Limit-Reset", HeaderRole::RateLimit),
            ("Retry-After", HeaderRole::RetryAfter),
            ("Deprecation", HeaderRole::Deprecation),
            ("sunset", HeaderRole::Sunset),
        ] {
            assert_eq!(HeaderRole::of(name), Some(role), "{name}");
        }
        assert_eq!(HeaderRole::of("Content-Type"), None);
        assert_eq!(HeaderRole::of("X-Request-Path"), None);
    }
}
