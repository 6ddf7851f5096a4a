//! Parameter text to JSON: percent-decoding, query strings, cookies, and coercion of a
//! parameter's raw text to the JSON type its schema declares (so `limit=20` validates
//! against `type: integer`), following the OpenAPI `style`s that matter in practice.

use accord_spec::{Contract, JsonType, ParamIn, ParamStyle, SchemaId};
use serde_json::{Number, Value};

/// Decodes `%XX` escapes; invalid escapes and invalid UTF-8 are kept as written.
pub(crate) fn percent_decode(s: &str) -> String {
    decode(s, false)
}

/// Decodes a query-string component (`+` is a space).
pub(crate) fn form_decode(s: &str) -> String {
    decode(s, true)
}

fn decode(s: &str, plus_is_space: bool) -> String {
    if !s.contains(['%', '+']) {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' if plus_is_space => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// `a=1&b=2&a=3` → `[("a","1"),("b","2"),("a","3")]`, decoded.
pub(crate) fn parse_query(query: Option<&str>) -> Vec<(String, String)> {
    let Some(query) = query else {
        return Vec::new();
    };
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| match pair.split_once('=') {
            Some((k, v)) => (form_decode(k), form_decode(v)),
            None => (form_decode(pair), String::new()),
        })
        .collect()
}

/// `a=1; b=2` → `[("a","1"),("b","2")]`.
pub(crate) fn parse_cookies(header: &str) -> Vec<(String, String)> {
    header
        .split(';')
        .filter_map(|p| {
            let (k, v) = p.split_once('=')?;
            Some((k.trim().to_string(), v.trim().to_string()))
        })
        .collect()
}

/// How a parameter's text is turned into JSON for validation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shape {
    Scalar(Option<JsonType>),
    Array(Option<JsonType>, char),
    /// Objects (`deepObject`, `form` objects) are only checked for presence.
    Object,
}

/// The shape of a parameter from its schema and style.
pub(crate) fn shape(
    contract: &Contract,
    schema: Option<SchemaId>,
    location: ParamIn,
    style: Option<&ParamStyle>,
) -> Shape {
    let Some(id) = schema else {
        return Shape::Scalar(None);
    };
    let merged = contract.schemas.merged(id);
    match scalar_type(contract, id) {
        Some(JsonType::Array) => {
            let item = merged.items.and_then(|i| scalar_type(contract, i));
            let sep = match (location, style) {
                (_, Some(ParamStyle::SpaceDelimited)) => ' ',
                (_, Some(ParamStyle::PipeDelimited)) => '|',
                _ => ',',
            };
            Shape::Array(item, sep)
        }
        Some(JsonType::Object) => Shape::Object,
        other => Shape::Scalar(other),
    }
}

/// The one JSON type a schema declares (or implies), ignoring `null`.
fn scalar_type(contract: &Contract, id: SchemaId) -> Option<JsonType> {
    let merged = contract.schemas.merged(id);
    if let Some(t) = merged.types.single() {
        return Some(t);
    }
    if merged.types.is_any() {
        if !merged.properties.is_empty() {
            return Some(JsonType::Object);
        }
        if merged.items.is_some() {
            return Some(JsonType::Array);
        }
        // `oneOf: [{type: integer}, ...]`: coerce as the first member says.
        if let Some(first) = merged.one_of.first().or(merged.any_of.first()) {
            let member = contract.schemas.merged(*first);
            return member.types.single();
        }
    }
    None
}

/// The JSON value of a parameter given as text (`values` holds every occurrence).
pub(crate) fn coerce(shape: Shape, values: &[&str]) -> Value {
    match shape {
        Shape::Scalar(t) => scalar(t, values.first().copied().unwrap_or_default()),
        Shape::Array(t, sep) => {
            let parts: Vec<&str> = if values.len() > 1 {
                values.to_vec()
            } else {
                match values.first() {
                    Some(&"") => Vec::new(),
                    Some(v) => v.split(sep).collect(),
                    None => Vec::new(),
                }
            };
            Value::Array(parts.into_iter().map(|p| scalar(t, p)).collect())
        }
        Shape::Object => Value::Null,
    }
}

fn scalar(t: Option<JsonType>, text: &str) -> Value {
    match t {
        Some(JsonType::Integer) => text
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| text.parse::<u64>().map(Value::from))
            .unwrap_or_else(|_| Value::String(text.to_string())),
        Some(JsonType::Number) => text
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .unwrap_or_else(|| Value::String(text.to_string())),
        Some(JsonType::Boolean) => match text {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::String(text.to_string()),
        },
        Some(JsonType::Null) if text.is_empty() || text == "null" => Value::Null,
        _ => Value::String(text.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(percent_decode("a%20b"), "a b");
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(form_decode("a+b%2Bc"), "a b+c");
        assert_eq!(percent_decode("%FF"), "%FF");
    }

    #[test]
    fn queries() {
        assert_eq!(
            parse_query(Some("a=1&b&c=x%20y")),
            vec![
                ("a".into(), "1".into()),
                ("b".into(), String::new()),
                ("c".into(), "x y".into())
            ]
        );
    }

    #[test]
    fn coercion() {
        assert_eq!(
            coerce(Shape::Scalar(Some(JsonType::Integer)), &["20"]),
            Value::from(20)
        );
        assert_eq!(
            coerce(Shape::Scalar(Some(JsonType::Integer)), &["x"]),
            Value::from("x")
        );
        assert_eq!(
            coerce(Shape::Array(Some(JsonType::Integer), ','), &["1,2"]),
            serde_json::json!([1, 2])
        );
        assert_eq!(
            coerce(Shape::Array(None, ','), &["a", "b"]),
            serde_json::json!(["a", "b"])
        );
    }
}
