//! Secret masking shared by every tool that prints requests.
//!
//! [`mask_secrets`] replaces, with `***` (nothing of the value is kept):
//!
//! * the values of the `Authorization`, `Proxy-Authorization`, `Cookie`,
//!   `Set-Cookie` and `X-API-Key` headers, written as `Name: value` (curl
//!   `-H 'Name: value'`, HTTP dumps) or `"Name": "value"` (JSON);
//! * the values of the `token`, `access_token`, `refresh_token`, `id_token`,
//!   `api_key`, `apikey` and `client_secret` query or form parameters;
//! * bearer tokens anywhere (`Bearer abc.def` → `Bearer ***`);
//! * curl credentials (`-u user:pass`, `--user user:pass`).
//!
//! Masking is idempotent. Values the user passed explicitly (`--header`,
//! `--tenant`) should additionally be masked with [`mask_known`], since a
//! custom header name cannot be recognised by pattern.

use std::sync::OnceLock;

use regex::Regex;

/// The replacement for every masked value.
pub const MASK: &str = "***";

struct Patterns {
    header: Regex,
    query: Regex,
    bearer: Regex,
    curl_user: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        // Name, optional closing quote (JSON key), `:` or `=`, spaces, then
        // either a quoted value or the rest of the line up to a quote.
        header: Regex::new(
            r#"(?i)\b((?:proxy-)?authorization|(?:set-)?cookie|x-api-key)(["']?\s*[:=]\s*)(?:"((?:[^"\\\r\n]|\\.)*)"|([^'"\r\n]*))"#,
        )
        .expect("valid header regex"),
        query: Regex::new(
            r##"(?i)\b(access_token|refresh_token|id_token|token|api_key|apikey|client_secret)=([^&\s'"#]*)"##,
        )
        .expect("valid query regex"),
        bearer: Regex::new(r"(?i)\b(bearer)(\s+)[A-Za-z0-9\-._~+/]+=*").expect("valid bearer regex"),
        curl_user: Regex::new(r#"(\s(?:-u|--user)(?:\s+|=))(?:'[^']*'|"[^"]*"|[^\s'"]+)"#)
            .expect("valid curl user regex"),
    })
}

/// Headers whose whole value is a secret (lower case): the ones [`mask_secrets`] masks
/// by pattern.
pub const SECRET_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
    "x-api-key",
];

/// Query, form and JSON field names whose value is a secret (lower case): the ones
/// [`mask_secrets`] masks in `name=value` text, and a few that only JSON bodies carry.
pub const SECRET_PARAMETERS: &[&str] = &[
    "access_token",
    "refresh_token",
    "id_token",
    "token",
    "api_key",
    "apikey",
    "client_secret",
    "password",
    "secret",
    "private_key",
];

/// Whether a header, parameter or JSON field called `name` carries a secret: one of
/// [`SECRET_HEADERS`] or [`SECRET_PARAMETERS`] (case, `-` and `_` aside), or a name that
/// says so (`x-auth-token`, `clientSecret`, `db_password`, `x-api-key-v2`). Cursors and
/// page tokens (`next_page_token`) are not secrets.
pub fn is_secret_name(name: &str) -> bool {
    let folded: String = name
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let fold = |s: &str| s.replace(['-', '_'], "");
    if SECRET_HEADERS
        .iter()
        .chain(SECRET_PARAMETERS)
        .any(|s| fold(s) == folded)
    {
        return true;
    }
    [
        "secret",
        "password",
        "apikey",
        "authtoken",
        "accesstoken",
        "credential",
    ]
    .iter()
    .any(|word| folded.contains(word))
}

/// Mask well-known secrets in `text` (see the module docs).
pub fn mask_secrets(text: &str) -> String {
    let p = patterns();
    let out = p.header.replace_all(text, |c: &regex::Captures<'_>| {
        let quoted = c.get(3).is_some();
        let value = c.get(3).or_else(|| c.get(4)).map_or("", |m| m.as_str());
        if value.trim().is_empty() || is_env_reference(value) {
            return c[0].to_string();
        }
        if quoted {
            format!("{}{}\"{MASK}\"", &c[1], &c[2])
        } else {
            format!("{}{}{MASK}", &c[1], &c[2])
        }
    });
    let out = p.query.replace_all(&out, |c: &regex::Captures<'_>| {
        if c[2].is_empty() || is_env_reference(&c[2]) {
            c[0].to_string()
        } else {
            format!("{}={MASK}", &c[1])
        }
    });
    let out = p
        .bearer
        .replace_all(&out, format!("${{1}}${{2}}{MASK}").as_str());
    let out = p.curl_user.replace_all(&out, |c: &regex::Captures<'_>| {
        let value = c[0][c[1].len()..].trim_matches(|ch| ch == '\'' || ch == '"');
        if is_env_reference(value) {
            c[0].to_string()
        } else {
            format!("{}'{MASK}'", &c[1])
        }
    });
    out.into_owned()
}

/// Whether `value` is a shell environment-variable reference standing in for a secret
/// (`$ACCORD_TENANT_ACME_AUTHORIZATION`, `user:$ACCORD_BASE_URL_PASSWORD`): reproductions
/// name secrets that way, and masking it would make them unrunnable.
fn is_env_reference(value: &str) -> bool {
    let v = value.trim().trim_end_matches('\\');
    let v = v.rsplit_once(':').map_or(v, |(user, var)| {
        if user.starts_with('$')
            || user
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.@".contains(c))
        {
            var
        } else {
            v
        }
    });
    let Some(name) = v.strip_prefix('$') else {
        return false;
    };
    let name = name
        .strip_prefix('{')
        .and_then(|n| n.strip_suffix('}'))
        .unwrap_or(name);
    !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_uppercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// [`mask_secrets`], then replace every occurrence of each known secret
/// value (for instance `--header` values) with `***`. Empty and very short
/// (under 4 characters) values are ignored so masking does not shred text.
pub fn mask_known(text: &str, secrets: &[&str]) -> String {
    let mut out = mask_secrets(text);
    let mut secrets: Vec<&str> = secrets
        .iter()
        .map(|s| s.trim())
        .filter(|s| s.chars().count() >= 4 && *s != MASK)
        .collect();
    // Longest first so a secret containing another is masked whole.
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for s in secrets {
        out = out.replace(s, MASK);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curl_headers() {
        let cmd = "curl -X GET 'https://api.example/v1/pets?limit=1&access_token=abc123&x=1' -H 'Authorization: Bearer eyJ.abc.def' -H \"X-API-Key: k-42\" -H 'Cookie: a=1; b=2' -H 'Accept: application/json'";
        let m = mask_secrets(cmd);
        assert_eq!(
            m,
            "curl -X GET 'https://api.example/v1/pets?limit=1&access_token=***&x=1' -H 'Authorization: ***' -H \"X-API-Key: ***\" -H 'Cookie: ***' -H 'Accept: application/json'"
        );
        assert!(!m.contains("abc123") && !m.contains("eyJ") && !m.contains("k-42"));
    }

    #[test]
    fn proxy_authorization_and_query_params() {
        let m = mask_secrets(
            "Proxy-Authorization: Basic dXNlcjpwYXNz\n/x?token=t1&api_key=k&client_secret=s&tokens=ok",
        );
        assert_eq!(
            m,
            "Proxy-Authorization: ***\n/x?token=***&api_key=***&client_secret=***&tokens=ok"
        );
    }

    #[test]
    fn json_headers_and_bearer() {
        let m =
            mask_secrets(r#"{"authorization": "Bearer abc", "accept": "x"} sent bearer zzz.yyy"#);
        assert_eq!(
            m,
            r#"{"authorization": "***", "accept": "x"} sent bearer ***"#
        );
    }

    #[test]
    fn curl_user_and_idempotence() {
        let m = mask_secrets("curl -u admin:hunter2 https://x");
        assert_eq!(m, "curl -u '***' https://x");
        assert_eq!(mask_secrets(&m), m);
        let once = mask_secrets("-H 'Authorization: Bearer a' ?token=b");
        assert_eq!(mask_secrets(&once), once);
    }

    #[test]
    fn known_values() {
        let m = mask_known(
            "curl -H 'X-Tenant: s3cr3t-value' https://x",
            &["s3cr3t-value", ""],
        );
        assert_eq!(m, "curl -H 'X-Tenant: ***' https://x");
    }

    #[test]
    fn environment_references_stay_runnable() {
        let cmd = r#"curl 'http://h/x' --url-query "api_key=$ACCORD_TENANT_A_API_KEY" -u "admin:$ACCORD_BASE_URL_PASSWORD" -H "Authorization: $ACCORD_TENANT_GLOBEX_AUTHORIZATION""#;
        assert_eq!(mask_secrets(cmd), cmd);
        assert_eq!(
            mask_secrets("-H 'Authorization: $(cat token)'"),
            "-H 'Authorization: ***'"
        );
    }

    #[test]
    fn secret_names() {
        for name in [
            "Authorization",
            "Set-Cookie",
            "X-API-Key",
            "api_key",
            "clientSecret",
            "x-auth-token",
            "db_password",
            "refresh_token",
        ] {
            assert!(is_secret_name(name), "{name}");
        }
        for name in [
            "next_page_token",
            "page",
            "tokens",
            "content-type",
            "x-request-id",
        ] {
            assert!(!is_secret_name(name), "{name}");
        }
    }

    #[test]
    fn leaves_ordinary_text_alone() {
        let t = "GET /v1/tokens returned 500; authorization header missing";
        assert_eq!(mask_secrets(t), t);
    }
}
