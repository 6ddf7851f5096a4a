//! A failing request as a runnable curl command, with every credential masked.
//!
//! Masking happens before quoting: a secret the run was given (`--header`, `--tenant`, the
//! password of `--base-url`) is replaced while the text is still raw, together with the
//! forms it takes once encoded (JSON-escaped, URL-encoded, shell-quoted), so quoting or
//! escaping can never turn it into something a later pass does not recognise. A header
//! that carries one of those secrets becomes an environment-variable reference the
//! reproduction names (`-H "Authorization: $ACCORD_TENANT_GLOBEX_AUTHORIZATION"`), so the
//! command stays runnable; well-known secret headers and parameters are masked by pattern
//! on top ([`accord_report::mask_secrets`]).

use accord_spec::Method;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

use crate::request::HttpRequest;

/// A credential the run was given, and where it goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Secret {
    /// The header that carries it (`None`: the base URL's password).
    pub header: Option<String>,
    pub value: String,
    /// The environment variable a reproduction names in its place.
    pub env: String,
}

/// `ACCORD_TENANT_GLOBEX_AUTHORIZATION` from `["TENANT", "globex", "Authorization"]`.
pub fn env_name(parts: &[&str]) -> String {
    let mut out = String::from("ACCORD");
    for p in parts {
        out.push('_');
        let mut last_underscore = true;
        for c in p.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_uppercase());
                last_underscore = false;
            } else if !last_underscore {
                out.push('_');
                last_underscore = true;
            }
        }
        while out.ends_with('_') {
            out.pop();
        }
    }
    out
}

/// The forms `value` takes once encoded: as is, JSON-escaped, URL-encoded (percent and
/// form style), shell-single-quoted and backslash-escaped; longest first.
pub fn forms(value: &str) -> Vec<String> {
    let mut out = vec![value.to_string()];
    if let Ok(json) = serde_json::to_string(value) {
        out.push(json[1..json.len() - 1].to_string());
    }
    let percent = utf8_percent_encode(value, NON_ALPHANUMERIC).to_string();
    out.push(percent.clone());
    out.push(percent.replace("%20", "+"));
    out.push(value.replace('\'', r"'\''"));
    out.push(value.replace('\\', r"\\").replace('"', "\\\""));
    out.sort_by_key(|f| std::cmp::Reverse(f.len()));
    out.dedup();
    out
}

/// `text` with every secret, in every form, replaced by `***`.
pub fn mask(text: &str, secrets: &[Secret]) -> String {
    let mut all: Vec<String> = secrets
        .iter()
        .filter(|s| s.value.trim().chars().count() >= 4)
        .flat_map(|s| {
            let mut f = forms(&s.value);
            // `Bearer abc`: the token alone too.
            if let Some((_, token)) = s.value.trim().split_once(' ') {
                if token.trim().chars().count() >= 4 {
                    f.extend(forms(token.trim()));
                }
            }
            f
        })
        .collect();
    all.sort_by_key(|f| std::cmp::Reverse(f.len()));
    all.dedup();
    let mut out = text.to_string();
    for f in all {
        out = out.replace(&f, accord_report::mask::MASK);
    }
    let refs: Vec<&str> = Vec::new();
    accord_report::mask_known(&out, &refs)
}

/// `url` with the password of its userinfo (`https://user:pw@host`) masked.
pub fn mask_userinfo(url: &str) -> String {
    match reqwest::Url::parse(url) {
        Ok(mut u) if u.password().is_some() || !u.username().is_empty() => {
            if u.password().is_some() {
                let _ = u.set_password(Some(accord_report::mask::MASK));
            } else {
                let _ = u.set_username(accord_report::mask::MASK);
            }
            u.to_string()
        }
        _ => url.to_string(),
    }
}

/// The curl command reproducing `req`, masked with `secrets`.
pub fn command(req: &HttpRequest, secrets: &[Secret]) -> String {
    let mut out = String::from("curl");
    if req.method == Method::Head {
        out.push_str(" -I");
    } else if req.method != Method::Get || req.body.is_some() {
        out.push_str(" -X ");
        out.push_str(req.method.upper());
    }
    let (url, user) = split_userinfo(&req.url, secrets);
    let (url, query_secrets) = split_query_secrets(&url, secrets);
    out.push(' ');
    out.push_str(&quote(&mask(&url, secrets)));
    for (name, env) in query_secrets {
        // curl ≥ 7.87 appends and percent-encodes it; the shell fills in the value.
        out.push_str(&format!(" --url-query \"{name}=${env}\""));
    }
    if let Some(user) = user {
        out.push_str(" -u ");
        out.push_str(&user);
    }
    for (k, v) in &req.headers {
        out.push_str(" -H ");
        let given = secrets.iter().find(|s| {
            s.header
                .as_deref()
                .is_some_and(|h| h.eq_ignore_ascii_case(k))
                && s.value == *v
        });
        match given {
            // Header names are tokens: nothing in them needs quoting inside "…".
            Some(s) => out.push_str(&format!("\"{k}: ${}\"", s.env)),
            None => out.push_str(&quote(&accord_report::mask_secrets(&format!(
                "{k}: {}",
                mask(v, secrets)
            )))),
        }
    }
    if let Some(body) = &req.body {
        out.push_str(" --data-raw ");
        out.push_str(&quote(&mask(&String::from_utf8_lossy(body), secrets)));
    }
    out
}

/// The URL without its userinfo, and the `-u` argument that replaces it (the password as
/// an environment-variable reference).
fn split_userinfo(url: &str, secrets: &[Secret]) -> (String, Option<String>) {
    let Ok(mut u) = reqwest::Url::parse(url) else {
        return (url.to_string(), None);
    };
    if u.username().is_empty() && u.password().is_none() {
        return (url.to_string(), None);
    }
    let user = percent_encoding::percent_decode_str(u.username())
        .decode_utf8_lossy()
        .into_owned();
    let env = secrets
        .iter()
        .find(|s| s.header.is_none())
        .map_or_else(|| env_name(&["BASE_URL", "PASSWORD"]), |s| s.env.clone());
    let _ = u.set_username("");
    let _ = u.set_password(None);
    let user = mask(&user, secrets);
    let arg = if user
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.@".contains(c))
    {
        format!("\"{user}:${env}\"")
    } else {
        format!("\"$ACCORD_BASE_URL_USER:${env}\"")
    };
    (u.to_string(), Some(arg))
}

/// The URL without the query pairs that carry a secret given for a parameter of that name
/// (an API key the contract takes in the query), and each such pair's name with the
/// environment variable a reproduction names in its place.
fn split_query_secrets(url: &str, secrets: &[Secret]) -> (String, Vec<(String, String)>) {
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_string(), Vec::new());
    };
    let decode = |text: &str| {
        percent_encoding::percent_decode_str(text)
            .decode_utf8_lossy()
            .into_owned()
    };
    let mut kept: Vec<&str> = Vec::new();
    let mut moved: Vec<(String, String)> = Vec::new();
    for pair in query.split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (name, value) = (decode(name), decode(value));
        let given = secrets.iter().find(|s| {
            s.header
                .as_deref()
                .is_some_and(|h| h.eq_ignore_ascii_case(&name))
                && s.value == value
        });
        match given {
            Some(secret)
                if name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)) =>
            {
                moved.push((name, secret.env.clone()));
            }
            _ => kept.push(pair),
        }
    }
    let url = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    (url, moved)
}

/// POSIX shell single quotes.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret(header: &str, value: &str, env: &str) -> Secret {
        Secret {
            header: Some(header.into()),
            value: value.into(),
            env: env.into(),
        }
    }

    #[test]
    fn masks_and_quotes() {
        let req = HttpRequest {
            method: Method::Post,
            url: "http://127.0.0.1:1/v1/customers".into(),
            headers: vec![
                ("Authorization".into(), "Bearer acme-secret".into()),
                ("X-Tenant".into(), "tenant-key-42".into()),
            ],
            body: Some(br#"{"name":"O'Brien"}"#.to_vec()),
        };
        let cmd = command(
            &req,
            &[secret(
                "X-Tenant",
                "tenant-key-42",
                "ACCORD_TENANT_ACME_X_TENANT",
            )],
        );
        assert_eq!(
            cmd,
            r#"curl -X POST 'http://127.0.0.1:1/v1/customers' -H 'Authorization: ***' -H "X-Tenant: $ACCORD_TENANT_ACME_X_TENANT" --data-raw '{"name":"O'\''Brien"}'"#
        );
        assert_eq!(accord_report::mask_secrets(&cmd), cmd);
    }

    #[test]
    fn quoted_and_encoded_secrets_are_masked_in_every_form() {
        let value = r#"s3cr'et"va\lue x"#;
        let s = [secret("X-Api-Token", value, "ACCORD_HEADER_X_API_TOKEN")];
        let json = serde_json::to_string(&serde_json::json!({ "echo": value })).unwrap();
        let url = format!(
            "http://h/x?q={}",
            utf8_percent_encode(value, NON_ALPHANUMERIC)
        );
        let req = HttpRequest {
            method: Method::Post,
            url,
            headers: vec![("X-Api-Token".into(), value.into())],
            body: Some(json.clone().into_bytes()),
        };
        let cmd = command(&req, &s);
        assert!(!cmd.contains("s3cr"), "{cmd}");
        assert!(
            cmd.contains(r#"-H "X-Api-Token: $ACCORD_HEADER_X_API_TOKEN""#),
            "{cmd}"
        );
        let message = format!("echoed {json} and {}", value.replace('\'', r"'\''"));
        assert!(!mask(&message, &s).contains("s3cr"));
    }

    #[test]
    fn a_query_api_key_becomes_a_url_query_with_an_env_reference() {
        let req = HttpRequest {
            method: Method::Get,
            url: "https://api.example.com/items?limit=2&api_key=s3cr%27et&q=a%20b".into(),
            headers: Vec::new(),
            body: None,
        };
        let cmd = command(
            &req,
            &[secret("api_key", "s3cr'et", "ACCORD_TENANT_ALPHA_API_KEY")],
        );
        assert_eq!(
            cmd,
            "curl 'https://api.example.com/items?limit=2&q=a%20b' \
             --url-query \"api_key=$ACCORD_TENANT_ALPHA_API_KEY\""
        );
    }

    #[test]
    fn userinfo_becomes_a_curl_user_with_an_env_reference() {
        let req = HttpRequest {
            method: Method::Get,
            url: "http://admin:hunter22@127.0.0.1:9/pets".into(),
            headers: vec![],
            body: None,
        };
        let s = [Secret {
            header: None,
            value: "hunter22".into(),
            env: "ACCORD_BASE_URL_PASSWORD".into(),
        }];
        let cmd = command(&req, &s);
        assert_eq!(
            cmd,
            r#"curl 'http://127.0.0.1:9/pets' -u "admin:$ACCORD_BASE_URL_PASSWORD""#
        );
        assert_eq!(
            mask_userinfo("http://admin:hunter22@h/"),
            "http://admin:***@h/"
        );
        assert_eq!(
            env_name(&["TENANT", "globex", "Authorization"]),
            "ACCORD_TENANT_GLOBEX_AUTHORIZATION"
        );
    }
}
