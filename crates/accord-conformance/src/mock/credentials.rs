//! Placeholder credentials for testing against the mock: the mock checks that the
//! credentials an operation's security asks for are present, not what they are, and tells
//! tenants apart by their value (see `tenancy.rs`).

use accord_spec::{Contract, SecuritySchemeKind};

/// One placeholder header per kind of credential the contract's security schemes ask for.
pub fn placeholder_credentials(contract: &Contract) -> Vec<(String, String)> {
    credentials_for(contract, "mock")
}

/// The header that authenticates tenant `name` against the mock: the contract's first
/// credential header, with a value naming the tenant (`Authorization: Bearer` when the
/// contract asks for none).
pub fn tenant_credential(contract: &Contract, name: &str) -> (String, String) {
    credentials_for(contract, name)
        .into_iter()
        .next()
        .unwrap_or_else(|| {
            (
                "Authorization".to_string(),
                format!("Bearer accord-{name}-token"),
            )
        })
}

fn credentials_for(contract: &Contract, who: &str) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for scheme in contract.security_schemes.values() {
        let header = match &scheme.kind {
            SecuritySchemeKind::Http { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
                use base64::Engine;
                let pair = format!("accord-{who}:mock");
                (
                    "Authorization".to_string(),
                    format!(
                        "Basic {}",
                        base64::engine::general_purpose::STANDARD.encode(pair)
                    ),
                )
            }
            SecuritySchemeKind::Http { .. }
            | SecuritySchemeKind::OAuth2 { .. }
            | SecuritySchemeKind::OpenIdConnect { .. } => (
                "Authorization".to_string(),
                format!("Bearer accord-{who}-token"),
            ),
            // A key in the query or a cookie is given like a header (`api_key: …`); the
            // runner sends it where the scheme says.
            SecuritySchemeKind::ApiKey { name, .. } => (name.clone(), format!("accord-{who}-key")),
            _ => continue,
        };
        if !headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case(&header.0))
        {
            headers.push(header);
        }
    }
    headers
}
