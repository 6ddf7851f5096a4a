//! Concrete requests from generated values: path templating, query styles (`form`
//! exploded or not, `deepObject`, `spaceDelimited`, `pipeDelimited`), header and cookie
//! parameters, JSON and form bodies; and the response as the checks see it.

use accord_spec::{
    MediaRange, Method, Operation, ParamIn, ParamStyle, Parameter, PathKey, Selector, SelectorIn,
};
use indexmap::IndexMap;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::Value;

/// Characters kept as they are in a path segment or query component.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// One test case before it becomes HTTP: parameter values by location and name, and a body.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Case {
    pub params: IndexMap<(ParamIn, String), Value>,
    /// Media type and value.
    pub body: Option<(String, Value)>,
}

/// A request ready to send (and to print as curl).
#[derive(Clone, Debug, PartialEq)]
pub struct HttpRequest {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
}

impl HttpRequest {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    /// Replaces (or adds) a header.
    pub fn set_header(&mut self, name: &str, value: &str) {
        self.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
        self.headers.push((name.to_string(), value.to_string()));
    }
    pub fn remove_header(&mut self, name: &str) {
        self.headers.retain(|(k, _)| !k.eq_ignore_ascii_case(name));
    }
}

/// A response as the checks see it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HttpResponse {
    pub status: u16,
    /// Header names lower-case, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl HttpResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    /// The media type without parameters, lower-case.
    pub fn media_type(&self) -> Option<MediaRange> {
        self.header("content-type").map(MediaRange::parse)
    }
    /// The body as JSON, when it parses.
    pub fn json(&self) -> Option<Value> {
        if self.body.is_empty() {
            return None;
        }
        serde_json::from_slice(&self.body).ok()
    }
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Builds the request for `case` against `op`; `headers` are the run's own (credentials),
/// and `elsewhere` its credentials the contract takes in the query or a cookie (an API
/// key `in: query`), encoded like the case's own parameters there.
pub fn build(
    base_url: &str,
    op: &Operation,
    case: &Case,
    headers: &[(String, String)],
    elsewhere: &[((ParamIn, String), Value)],
) -> HttpRequest {
    // `/#X-Amz-Target=…` and `/{Bucket}?acl`: the path is sent, a query selector goes
    // first in the query, and a fragment selector travels as the header parameter the
    // contract declares for it.
    let key = PathKey::parse(&op.path);
    let mut path = key.path.to_string();
    let mut query: Vec<String> = key
        .selector
        .iter()
        .filter(|s| s.written_in == SelectorIn::Query)
        .map(Selector::query_pair)
        .collect();
    let mut out_headers: Vec<(String, String)> = Vec::new();
    let mut cookies: Vec<String> = Vec::new();
    let params = case
        .params
        .iter()
        .chain(elsewhere.iter().map(|(k, v)| (k, v)));
    for ((location, name), value) in params {
        let param = op.parameter(*location, name);
        match location {
            ParamIn::Path => {
                let text = simple(value, param.and_then(|p| p.explode).unwrap_or(false));
                path = path.replace(
                    &format!("{{{name}}}"),
                    &utf8_percent_encode(&text, COMPONENT).to_string(),
                );
            }
            ParamIn::Query => query.extend(query_pairs(name, value, param)),
            ParamIn::Header => out_headers.push((name.clone(), simple(value, false))),
            ParamIn::Cookie => cookies.push(format!(
                "{name}={}",
                utf8_percent_encode(&simple(value, false), COMPONENT)
            )),
        }
    }
    let mut url = format!("{}{}", base_url.trim_end_matches('/'), path);
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query.join("&"));
    }
    let mut all: Vec<(String, String)> = headers.to_vec();
    for (k, v) in out_headers {
        all.retain(|(h, _)| !h.eq_ignore_ascii_case(&k));
        all.push((k, v));
    }
    if !cookies.is_empty() {
        all.push(("Cookie".into(), cookies.join("; ")));
    }
    let body = case.body.as_ref().map(|(media, value)| {
        all.push(("Content-Type".into(), media.clone()));
        encode_body(media, value)
    });
    HttpRequest {
        method: op.method,
        url,
        headers: all,
        body,
    }
}

/// The bytes of a body in `media`.
pub fn encode_body(media: &str, value: &Value) -> Vec<u8> {
    let media = MediaRange::parse(media);
    if media.is_form_urlencoded() {
        form(value).into_bytes()
    } else if !media.is_json() {
        match value {
            Value::String(s) => s.clone().into_bytes(),
            other => other.to_string().into_bytes(),
        }
    } else {
        serde_json::to_vec(value).unwrap_or_default()
    }
}

/// A form body: scalars and arrays of scalars as `k=v` pairs (repeated for an array, as
/// OpenAPI's default `form` style explodes them); nested objects, and arrays holding them,
/// with bracketed keys (`metadata[order]=6735`, `items[0][price]=p_1`), the convention
/// vendors with form bodies read (Stripe declares `deepObject` for them). JSON text in a
/// form field is read by none of them.
fn form(value: &Value) -> String {
    let Value::Object(map) = value else {
        return utf8_percent_encode(&scalar(value), COMPONENT).to_string();
    };
    let mut out = Vec::new();
    for (k, v) in map {
        match v {
            Value::Array(items) if !items.iter().any(|i| i.is_object() || i.is_array()) => {
                for item in items {
                    out.push(format!("{}={}", enc(k), enc(&scalar(item))));
                }
            }
            _ => bracketed(k, v, &mut out),
        }
    }
    out.join("&")
}

/// What a body in `media` carries of `value`, so that a case holds what is sent. A form
/// body cannot write an empty array or object (RFC 6570 §2.3: an empty list or map is
/// undefined, so it yields neither `k=v` pairs nor bracketed keys): [`form`] leaves them out,
/// and with them an object member or array item that held nothing else. Other media carry
/// the value whole.
pub fn carried(media: &str, value: Value) -> Value {
    if !MediaRange::parse(media).is_form_urlencoded() {
        return value;
    }
    match value {
        // The body itself is sent even when empty.
        object @ Value::Object(_) => form_carried(object).unwrap_or_else(|| serde_json::json!({})),
        other => other,
    }
}

/// `value` as a form field carries it; `None` when it writes nothing.
fn form_carried(value: Value) -> Option<Value> {
    match value {
        Value::Object(map) => {
            let kept: serde_json::Map<String, Value> = map
                .into_iter()
                .filter_map(|(k, v)| form_carried(v).map(|v| (k, v)))
                .collect();
            (!kept.is_empty()).then_some(Value::Object(kept))
        }
        Value::Array(items) => {
            let kept: Vec<Value> = items.into_iter().filter_map(form_carried).collect();
            (!kept.is_empty()).then_some(Value::Array(kept))
        }
        scalar => Some(scalar),
    }
}

/// `value` under the form key `key`, nested levels in brackets.
fn bracketed(key: &str, value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                bracketed(&format!("{key}[{k}]"), v, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                bracketed(&format!("{key}[{i}]"), item, out);
            }
        }
        _ => out.push(format!("{}={}", enc(key), enc(&scalar(value)))),
    }
}

fn enc(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// A scalar as parameter text (strings unquoted).
pub fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// `simple` style: arrays and objects comma-separated.
pub fn simple(value: &Value, explode: bool) -> String {
    match value {
        Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(","),
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| {
                if explode {
                    format!("{k}={}", scalar(v))
                } else {
                    format!("{k},{}", scalar(v))
                }
            })
            .collect::<Vec<_>>()
            .join(","),
        other => scalar(other),
    }
}

fn query_pairs(name: &str, value: &Value, param: Option<&Parameter>) -> Vec<String> {
    let style = param.map_or(ParamStyle::Form, Parameter::effective_style);
    let explode = param.is_none_or(Parameter::effective_explode);
    match (value, style) {
        (Value::Array(items), ParamStyle::SpaceDelimited) => {
            vec![format!(
                "{}={}",
                enc(name),
                items
                    .iter()
                    .map(|i| enc(&scalar(i)))
                    .collect::<Vec<_>>()
                    .join("%20")
            )]
        }
        (Value::Array(items), ParamStyle::PipeDelimited) => {
            vec![format!(
                "{}={}",
                enc(name),
                items
                    .iter()
                    .map(|i| enc(&scalar(i)))
                    .collect::<Vec<_>>()
                    .join("|")
            )]
        }
        (Value::Array(items), _) if explode => items
            .iter()
            .map(|i| format!("{}={}", enc(name), enc(&scalar(i))))
            .collect(),
        (Value::Object(map), ParamStyle::DeepObject) => map
            .iter()
            .map(|(k, v)| format!("{}%5B{}%5D={}", enc(name), enc(k), enc(&scalar(v))))
            .collect(),
        (Value::Object(map), _) if explode => map
            .iter()
            .map(|(k, v)| format!("{}={}", enc(k), enc(&scalar(v))))
            .collect(),
        (v, _) => vec![format!(
            "{}={}",
            enc(name),
            enc(&simple(v, false)).replace("%2C", ",")
        )],
    }
}

/// What a server makes of a parameter's text: the typed value a validator should see.
pub fn coerce(text: &str, schema: &accord_spec::Schema) -> Value {
    use accord_spec::JsonType;
    let types = schema.types;
    if types.contains(JsonType::Integer) {
        if let Ok(i) = text.parse::<i64>() {
            return Value::from(i);
        }
    }
    if types.contains(JsonType::Number) {
        if let Ok(f) = text.parse::<f64>() {
            if f.is_finite() {
                return serde_json::json!(f);
            }
        }
    }
    if types.contains(JsonType::Boolean) && (text == "true" || text == "false") {
        return Value::Bool(text == "true");
    }
    if types.contains(JsonType::Array) {
        return Value::Array(
            text.split(',')
                .map(|s| Value::String(s.to_string()))
                .collect(),
        );
    }
    Value::String(text.to_string())
}
