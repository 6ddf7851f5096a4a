//! The cassette format, `accord.cassette/v1`: one JSON file per operation,
//! `DIR/<operationId>.json` (else `<method>-<path>.json`; `_unmatched.json` for requests no
//! operation matches), every key sorted, two-space indentation, a final newline:
//!
//! ```json
//! {
//!   "format": "accord.cassette/v1",
//!   "interactions": [
//!     {
//!       "request": {
//!         "body": {"name": "Ann"},
//!         "headers": {"authorization": ["***"], "content-type": ["application/json"]},
//!         "method": "POST",
//!         "path": "/v1/contacts",
//!         "query": "dry_run=true"
//!       },
//!       "response": {"body": {"id": "c_1"}, "headers": {"content-type": ["application/json"]}, "status": 201}
//!     }
//!   ],
//!   "operation": "POST /contacts"
//! }
//! ```
//!
//! A body is `body` (JSON, when the media type is JSON and it parses), `body_text` (other
//! UTF-8 text) or `body_base64` (anything else). Header names are lower case, each with its
//! values in arrival order. Headers that change with every answer or belong to one
//! connection (`date`, `content-length`, `connection`, `transfer-encoding`, `host`...) are
//! not kept, so the same traffic writes the same bytes.

use std::collections::BTreeMap;

use accord_spec::{Contract, MediaRange};
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::secrets::{SecretNames, SecretValues, decode, mask_json};

/// The `format` of every cassette file.
pub const FORMAT: &str = "accord.cassette/v1";

/// The file of requests no operation of the contract matches.
pub(super) const UNMATCHED: &str = "_unmatched";

/// Headers never written to a cassette nor forwarded: they describe one connection or one
/// moment, not the API's answer.
pub(super) const TRANSIENT_HEADERS: &[&str] = &[
    "connection",
    "content-length",
    "date",
    "host",
    "keep-alive",
    "proxy-authenticate",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

/// One cassette file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct Cassette {
    pub format: String,
    /// `METHOD /path/{template}`, `null` for unmatched requests.
    pub operation: Option<String>,
    pub interactions: Vec<Interaction>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct Interaction {
    pub request: RecordedRequest,
    pub response: RecordedResponse,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct RecordedRequest {
    pub method: String,
    /// As sent to the mock (percent-encoded).
    pub path: String,
    /// As sent, secret parameters masked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    pub headers: BTreeMap<String, Vec<String>>,
    #[serde(flatten)]
    pub body: Body,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub(super) struct RecordedResponse {
    pub status: u16,
    pub headers: BTreeMap<String, Vec<String>>,
    #[serde(flatten)]
    pub body: Body,
}

/// A body in the form that reads best and keeps it exactly enough.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct Body {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_base64: Option<String>,
}

impl Body {
    /// `bytes` of media type `content_type`, masked.
    pub fn of(
        bytes: &[u8],
        content_type: Option<&str>,
        names: &SecretNames,
        secrets: &SecretValues,
    ) -> Body {
        if bytes.is_empty() {
            return Body::default();
        }
        let json = content_type.is_some_and(|c| MediaRange::parse(c).is_json());
        if json && let Ok(value) = serde_json::from_slice::<Value>(bytes) {
            return Body {
                body: Some(mask_json(&value, names, secrets)),
                ..Body::default()
            };
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => Body {
                body_text: Some(secrets.mask_text(text)),
                ..Body::default()
            },
            Err(_) => Body {
                body_base64: Some(
                    base64::engine::general_purpose::STANDARD.encode(secrets.mask_bytes(bytes)),
                ),
                ..Body::default()
            },
        }
    }

    /// The bytes to serve.
    pub fn bytes(&self) -> Vec<u8> {
        if let Some(v) = &self.body {
            return serde_json::to_vec(v).unwrap_or_default();
        }
        if let Some(t) = &self.body_text {
            return t.clone().into_bytes();
        }
        self.body_base64
            .as_deref()
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
            .unwrap_or_default()
    }

    /// What of the body decides which recording answers a request: JSON by value with
    /// secret fields masked, text with pattern-known secrets masked.
    fn significant(&self, names: &SecretNames) -> String {
        let none = SecretValues::default();
        if let Some(v) = &self.body {
            let mut v = mask_json(v, names, &none);
            v.sort_all_objects();
            return v.to_string();
        }
        if let Some(t) = &self.body_text {
            return none.mask_text(t);
        }
        self.body_base64.clone().unwrap_or_default()
    }
}

/// What a recorded request is matched by.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct MatchKey {
    pub operation: Option<String>,
    pub method: String,
    pub path: String,
    /// `name=value` pairs, secret values masked, sorted.
    pub query: Vec<String>,
    pub body: String,
}

impl RecordedRequest {
    pub fn key(&self, operation: Option<&str>, names: &SecretNames) -> MatchKey {
        let query = self.query.as_deref().unwrap_or("");
        let mut pairs: Vec<String> = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| match pair.split_once('=') {
                Some((n, _)) if names.is_secret(&decode(n)) => format!("{}=***", decode(n)),
                Some((n, v)) => format!("{}={}", decode(n), decode(v)),
                None => decode(pair),
            })
            .collect();
        pairs.sort();
        MatchKey {
            operation: operation.map(str::to_string),
            method: self.method.to_ascii_uppercase(),
            path: decode(&self.path.replace('+', "%2B")),
            query: pairs,
            body: self.body.significant(names),
        }
    }
}

impl Cassette {
    /// The file's text: keys sorted, pretty, a final newline.
    pub fn to_text(&self) -> String {
        let mut value = serde_json::to_value(self).unwrap_or_default();
        value.sort_all_objects();
        let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The file name (without `.json`) of each operation's cassette, by operation index: the
/// operationId made safe for every file system, else `<method>-<path>`; a name taken
/// already gets the operation's index appended.
pub(super) fn file_names(contract: &Contract) -> Vec<String> {
    let mut used = std::collections::BTreeSet::from([UNMATCHED.to_string()]);
    contract
        .operations
        .iter()
        .enumerate()
        .map(|(i, op)| {
            let base = match op
                .operation_id
                .as_deref()
                .map(slug)
                .filter(|s| !s.is_empty())
            {
                Some(id) => id,
                None => slug(&format!("{}-{}", op.method.lower(), op.path)),
            };
            let name = if used.contains(&base.to_ascii_lowercase()) {
                format!("{base}-{i}")
            } else {
                base
            };
            used.insert(name.to_ascii_lowercase());
            name
        })
        .collect()
}

/// ASCII letters, digits, `-` and `_`; runs of anything else become one `-`; at most 100.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-');
    out.chars().take(100).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_and_unique() {
        let contract = accord_spec::load_str(
            "c.yaml",
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a/{id}:\n    get: {operationId: 'get/../a', responses: {'200': {description: ok}}}\n    put: {responses: {'200': {description: ok}}}\n  /b:\n    get: {operationId: get-a, responses: {'200': {description: ok}}}\n",
        )
        .unwrap();
        assert_eq!(file_names(&contract), ["get-a", "put-a-id", "get-a-2"]);
    }

    #[test]
    fn keys_ignore_query_order_and_secret_values() {
        let names = SecretNames::default();
        let req = |query: &str| RecordedRequest {
            method: "get".into(),
            path: "/a%20b".into(),
            query: Some(query.into()),
            headers: BTreeMap::new(),
            body: Body::default(),
        };
        assert_eq!(
            req("b=2&access_token=x&a=1").key(None, &names),
            req("a=1&b=2&access_token=***").key(None, &names)
        );
        assert_ne!(req("a=1").key(None, &names), req("a=2").key(None, &names));
        assert_eq!(req("a=1").key(None, &names).path, "/a b");
    }
}
