//! What of a recorded exchange is a secret, and masking it before a cassette is written.
//!
//! Secret by name: the headers, parameters and fields `accord_report::mask` knows
//! (`Authorization`, cookies, `X-API-Key`, `access_token`, `client_secret`, names saying
//! `secret`, `password`, `apikey`...) and whatever the contract's `apiKey` security schemes
//! name, in header, query or cookie. Their values are replaced whole by `***`.
//!
//! Secret by value: every value masked by name is also remembered for the exchange, with
//! the parts a reader could recover it from (the token of `Bearer <token>`, the
//! `user:password` and password inside `Basic <base64>`, each cookie's value), and masked
//! wherever else it appears (echoed in a body, a `Location`, another header) in each form it
//! can take once encoded: as is, JSON-escaped, percent- and form-encoded, base64 (standard
//! and URL-safe, padded or not). Binary bodies are masked before they are base64-encoded,
//! so a cassette never holds a secret in any of those encodings.

use std::collections::BTreeSet;

use accord_report::mask::{MASK, is_secret_name};
use accord_spec::{Contract, ParamIn, SecuritySchemeKind};
use base64::Engine as _;
use serde_json::Value;

/// Shortest value masked wherever it appears (shorter ones would shred ordinary text).
const SHORTEST_SECRET: usize = 4;

/// Which names carry secrets in one contract.
#[derive(Debug, Default)]
pub(super) struct SecretNames {
    /// The contract's `apiKey` names, lower case.
    api_keys: BTreeSet<String>,
}

impl SecretNames {
    pub fn of(contract: &Contract) -> SecretNames {
        let api_keys = contract
            .security_schemes
            .values()
            .filter_map(|s| match &s.kind {
                SecuritySchemeKind::ApiKey {
                    location: ParamIn::Header | ParamIn::Query | ParamIn::Cookie,
                    name,
                } => Some(name.to_ascii_lowercase()),
                _ => None,
            })
            .collect();
        SecretNames { api_keys }
    }

    /// Whether a header, query or form parameter, cookie or JSON field of this name
    /// carries a secret.
    pub fn is_secret(&self, name: &str) -> bool {
        is_secret_name(name) || self.api_keys.contains(&name.to_ascii_lowercase())
    }
}

/// The secret values of one exchange, in every form they take once encoded.
#[derive(Debug, Default)]
pub(super) struct SecretValues {
    forms: BTreeSet<String>,
}

impl SecretValues {
    /// Remembers `value` (and what can be read out of it) as a secret.
    pub fn add(&mut self, value: &str) {
        let value = value.trim();
        if value.chars().count() < SHORTEST_SECRET || value == MASK {
            return;
        }
        self.add_forms(value);
        if let Some((scheme, credentials)) = value.split_once(' ') {
            let credentials = credentials.trim();
            self.add_forms(credentials);
            if scheme.eq_ignore_ascii_case("basic")
                && let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(credentials)
                && let Ok(decoded) = String::from_utf8(decoded)
            {
                self.add_forms(&decoded);
                if let Some((_, password)) = decoded.split_once(':') {
                    self.add_forms(password);
                }
            }
        }
        // `a=1; session=s3cr3t`: each cookie's value too.
        for pair in value.split(';') {
            if let Some((_, v)) = pair.split_once('=') {
                self.add_forms(v.trim());
            }
        }
    }

    fn add_forms(&mut self, value: &str) {
        if value.chars().count() < SHORTEST_SECRET || value == MASK {
            return;
        }
        let b64 = [
            base64::engine::general_purpose::STANDARD.encode(value),
            base64::engine::general_purpose::STANDARD_NO_PAD.encode(value),
            base64::engine::general_purpose::URL_SAFE.encode(value),
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(value),
        ];
        self.forms.extend(crate::curl::forms(value));
        self.forms.extend(b64);
    }

    /// Every form, longest first (a secret containing another is masked whole).
    fn ordered(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.forms.iter().map(String::as_str).collect();
        out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        out
    }

    /// `text` with every known secret, in every form, and every secret the mask module
    /// recognises by pattern (`Bearer …`, `token=…`) replaced by `***`.
    pub fn mask_text(&self, text: &str) -> String {
        let mut out = text.to_string();
        for form in self.ordered() {
            if out.contains(form) {
                out = out.replace(form, MASK);
            }
        }
        accord_report::mask_secrets(&out)
    }

    /// `bytes` with every known secret form replaced by `***`.
    pub fn mask_bytes(&self, bytes: &[u8]) -> Vec<u8> {
        let mut out = bytes.to_vec();
        for form in self.ordered() {
            out = replace_bytes(&out, form.as_bytes(), MASK.as_bytes());
        }
        out
    }
}

fn replace_bytes(haystack: &[u8], needle: &[u8], with: &[u8]) -> Vec<u8> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return haystack.to_vec();
    }
    let mut out = Vec::with_capacity(haystack.len());
    let mut i = 0;
    while i < haystack.len() {
        if haystack[i..].starts_with(needle) {
            out.extend_from_slice(with);
            i += needle.len();
        } else {
            out.push(haystack[i]);
            i += 1;
        }
    }
    out
}

/// Remembers the values of `value`'s secret fields, at any depth.
pub(super) fn collect_json(value: &Value, names: &SecretNames, secrets: &mut SecretValues) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if names.is_secret(k) {
                    remember_all(v, secrets);
                } else {
                    collect_json(v, names, secrets);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_json(v, names, secrets)),
        _ => {}
    }
}

fn remember_all(value: &Value, secrets: &mut SecretValues) {
    match value {
        Value::String(s) => secrets.add(s),
        Value::Number(n) => secrets.add(&n.to_string()),
        Value::Array(items) => items.iter().for_each(|v| remember_all(v, secrets)),
        Value::Object(map) => map.values().for_each(|v| remember_all(v, secrets)),
        Value::Bool(_) | Value::Null => {}
    }
}

/// `value` with its secret fields replaced by `"***"` and every known secret masked inside
/// the other strings (keys included).
pub(super) fn mask_json(value: &Value, names: &SecretNames, secrets: &SecretValues) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = if names.is_secret(k) && !v.is_null() {
                        Value::String(MASK.into())
                    } else {
                        mask_json(v, names, secrets)
                    };
                    (secrets.mask_text(k), v)
                })
                .collect(),
        ),
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| mask_json(v, names, secrets)).collect())
        }
        Value::String(s) => Value::String(secrets.mask_text(s)),
        other => other.clone(),
    }
}

/// A query string (raw, percent-encoded) with the values of its secret parameters replaced
/// by `***`, remembering them in `secrets`.
pub(super) fn mask_query(query: &str, names: &SecretNames, secrets: &mut SecretValues) -> String {
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) if names.is_secret(&decode(name)) && !value.is_empty() => {
                secrets.add(&decode(value));
                secrets.add(value);
                format!("{name}={MASK}")
            }
            _ => pair.to_string(),
        })
        .collect();
    pairs.join("&")
}

/// Percent-decoded (`+` as a space), lossy.
pub(super) fn decode(text: &str) -> String {
    percent_encoding::percent_decode_str(&text.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_credentials_are_masked_in_every_form() {
        let mut s = SecretValues::default();
        let basic = base64::engine::general_purpose::STANDARD.encode("ann:hunter22");
        s.add(&format!("Basic {basic}"));
        for text in [
            "hunter22".to_string(),
            "ann:hunter22".to_string(),
            "ann%3Ahunter22".to_string(),
            base64::engine::general_purpose::STANDARD.encode("hunter22"),
            basic.clone(),
        ] {
            let masked = s.mask_text(&format!("x {text} y"));
            assert_eq!(masked, "x *** y", "{text}");
        }
    }

    #[test]
    fn json_secret_fields_and_echoes() {
        let contract = accord_spec::load_str(
            "c.yaml",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  securitySchemes:\n    k: {type: apiKey, in: header, name: X-Vendor-Key}\n",
        )
        .unwrap();
        let names = SecretNames::of(&contract);
        assert!(names.is_secret("x-vendor-key") && names.is_secret("client_secret"));
        assert!(!names.is_secret("next_page_token"));
        let body = serde_json::json!({"id": "1", "apiKey": "sk_live_abcdef", "note": "key sk_live_abcdef used", "n": 5});
        let mut s = SecretValues::default();
        collect_json(&body, &names, &mut s);
        let masked = mask_json(&body, &names, &s);
        assert_eq!(
            masked,
            serde_json::json!({"id": "1", "apiKey": "***", "note": "key *** used", "n": 5})
        );
        let q = mask_query("limit=2&api_key=k%2F12345&x=1", &names, &mut s);
        assert_eq!(q, "limit=2&api_key=***&x=1");
        assert_eq!(s.mask_text("k/12345"), "***");
    }
}
