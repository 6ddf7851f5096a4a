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
    /// Every role, in the order a name is recognised: the first role it fits wins.
    const ALL: [HeaderRole; 7] = [
        HeaderRole::Correlation,
        HeaderRole::Idempotency,
        HeaderRole::Tenant,
        HeaderRole::RateLimit,
        HeaderRole::RetryAfter,
        HeaderRole::Deprecation,
        HeaderRole::Sunset,
    ];

    /// The role a header name plays, if it plays one.
    pub fn of(name: &str) -> Option<HeaderRole> {
        with_squashed(name, |n| HeaderRole::ALL.into_iter().find(|r| r.fits(n)))
    }

    /// Whether `name` plays this role (the first it fits: `of(name) == Some(self)`). Stops
    /// at this role: the mock asks it of every header of every request.
    pub fn is(self, name: &str) -> bool {
        with_squashed(name, |n| {
            for role in HeaderRole::ALL {
                if role.fits(n) {
                    return role == self;
                }
                if role == self {
                    return false;
                }
            }
            false
        })
    }

    /// Whether the squashed name `n` fits this role's spellings.
    fn fits(self, n: &str) -> bool {
        match self {
            HeaderRole::Correlation => {
                n.contains("correlationid") || matches!(n, "xrequestid" | "requestid")
            }
            HeaderRole::Idempotency => n.contains("idempotency"),
            HeaderRole::Tenant => n.contains("tenant"),
            HeaderRole::RateLimit => n.starts_with("ratelimit") || n.starts_with("xratelimit"),
            HeaderRole::RetryAfter => n == "retryafter",
            HeaderRole::Deprecation => n == "deprecation",
            HeaderRole::Sunset => n == "sunset",
        }
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

/// `f` of the [`squash`]ed name, squashed on the stack when the name is short (as header
/// names are), so that recognising one allocates nothing.
fn with_squashed<R>(name: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 64];
    match squash_into(name, &mut buffer) {
        Some(n) => f(n),
        None => f(&squash(name)),
    }
}

/// [`squash`] into `buffer`, when `name` fits. Byte by byte is the same as character by
/// character: only ASCII bytes are dropped or changed, so the UTF-8 stays whole.
fn squash_into<'b>(name: &str, buffer: &'b mut [u8]) -> Option<&'b str> {
    if name.len() > buffer.len() {
        return None;
    }
    let mut len = 0;
    for byte in name.bytes().filter(|b| *b != b'-' && *b != b'_') {
        buffer[len] = byte.to_ascii_lowercase();
        len += 1;
    }
    std::str::from_utf8(&buffer[..len]).ok()
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

    #[test]
    fn long_and_non_ascii_names_are_squashed_alike() {
        let long = format!("X-{}-Correlation-ID", "Vendor".repeat(12));
        assert_eq!(HeaderRole::of(&long), Some(HeaderRole::Correlation));
        assert_eq!(HeaderRole::of("X-Tenänt_Tenant"), Some(HeaderRole::Tenant));
        assert_eq!(HeaderRole::of("Sünset"), None);
    }

    #[test]
    fn a_name_plays_only_the_first_role_it_fits() {
        for name in [
            "Idempotency-Tenant",
            "Tenant-Correlation-ID",
            "X-RateLimit-Tenant",
            "Content-Type",
            "X-Request-ID",
        ] {
            for role in HeaderRole::ALL {
                assert_eq!(
                    role.is(name),
                    HeaderRole::of(name) == Some(role),
                    "{name} {role:?}"
                );
            }
        }
    }
}
