//! Parameter text to JSON: percent-decoding, query strings, cookies, and coercion of a
//! parameter's raw text to the JSON type its schema declares (so `limit=20` validates
//! against `type: integer`), following the OpenAPI `style`s that matter in practice.

use accord_spec::{
    Additional, Contract, JsonType, ParamIn, ParamStyle, Parameter, SchemaId, Types,
};
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
    /// One value of any of these types (see [`scalar`]).
    Scalar(Types),
    /// Items of any of these types, joined by the separator when sent in one text.
    Array(Types, char),
    /// Objects (`deepObject`, `form` objects) are only checked for presence.
    Object,
}

/// How deep `oneOf`/`anyOf` members are followed for the types a value may take.
const MAX_MEMBER_DEPTH: usize = 4;

/// The shape of a parameter from its schema and style: an object when a value may be one,
/// else an array when it may be one, else a scalar of every type it may take.
pub(crate) fn shape(
    contract: &Contract,
    schema: Option<SchemaId>,
    location: ParamIn,
    style: Option<&ParamStyle>,
) -> Shape {
    let Some(id) = schema else {
        return Shape::Scalar(Types::ANY);
    };
    let types = value_types(contract, id);
    if types.contains(JsonType::Object) {
        return Shape::Object;
    }
    if !types.contains(JsonType::Array) {
        return Shape::Scalar(types);
    }
    let items = array_items(contract, id).map_or(Types::ANY, |i| value_types(contract, i));
    let sep = match (location, style) {
        (_, Some(ParamStyle::SpaceDelimited)) => ' ',
        (_, Some(ParamStyle::PipeDelimited)) => '|',
        _ => ',',
    };
    Shape::Array(items, sep)
}

/// Every JSON type a value of `id` may take: the types it declares, else the one its
/// keywords imply, else those of its `oneOf`/`anyOf` members, so that Stripe's
/// `anyOf: [{type: string, enum: [inf]}, {type: integer}]` is a string or an integer.
/// [`Types::ANY`] when nothing says.
pub(crate) fn value_types(contract: &Contract, id: SchemaId) -> Types {
    member_types(contract, id, 0)
}

fn member_types(contract: &Contract, id: SchemaId, depth: usize) -> Types {
    let merged = contract.schemas.merged(id);
    if !merged.types.is_any() {
        return merged.types;
    }
    if let Some(implied) = merged.implied_type() {
        return Types::of(&[implied]);
    }
    let mut types = Types::ANY;
    if depth <= MAX_MEMBER_DEPTH {
        for member in merged.one_of.iter().chain(&merged.any_of) {
            for t in member_types(contract, *member, depth + 1).iter() {
                types.insert(t);
            }
        }
    }
    types
}

/// The member of `id` (itself, or one of its `oneOf`/`anyOf` members) that is of `kind`.
pub(crate) fn member(
    contract: &Contract,
    id: SchemaId,
    kind: JsonType,
    depth: usize,
) -> Option<SchemaId> {
    let s = contract.schemas.merged(id);
    let declares = match kind {
        JsonType::Object => !s.properties.is_empty() || !matches!(s.additional, Additional::Any),
        JsonType::Array => s.items.is_some(),
        _ => false,
    };
    if s.types.contains(kind) || declares {
        return Some(id);
    }
    if depth > MAX_MEMBER_DEPTH {
        return None;
    }
    s.one_of
        .iter()
        .chain(&s.any_of)
        .find_map(|m| member(contract, *m, kind, depth + 1))
}

/// The `items` of `id` or of its member that is an array.
pub(crate) fn array_items(contract: &Contract, id: SchemaId) -> Option<SchemaId> {
    member(contract, id, JsonType::Array, 0).and_then(|m| contract.schemas.merged(m).items)
}

/// A value written for `parameter` (an example) as the API reads it once sent: a parameter
/// travels as text, so `'true'` documented for a boolean is the boolean, as the mock reads
/// it from the wire. Values that are not text, text for an array or object, and the values
/// of a parameter encoded as `content` (JSON already) stay as written.
pub(crate) fn as_sent(contract: &Contract, parameter: &Parameter, value: Value) -> Value {
    if parameter.schema.is_none() {
        return value;
    }
    let shape = shape(
        contract,
        parameter.schema,
        parameter.location,
        parameter.style.as_ref(),
    );
    match (&value, shape) {
        (Value::String(text), Shape::Scalar(types)) => scalar(types, text),
        _ => value,
    }
}

/// The JSON value of a parameter given as text (`values` holds every occurrence).
pub(crate) fn coerce(shape: Shape, values: &[&str]) -> Value {
    match shape {
        Shape::Scalar(types) => scalar(types, values.first().copied().unwrap_or_default()),
        Shape::Array(types, sep) => {
            let parts: Vec<&str> = if values.len() > 1 {
                values.to_vec()
            } else {
                match values.first() {
                    Some(&"") => Vec::new(),
                    Some(v) => v.split(sep).collect(),
                    None => Vec::new(),
                }
            };
            Value::Array(parts.into_iter().map(|p| scalar(types, p)).collect())
        }
        Shape::Object => Value::Null,
    }
}

/// `text` as the first of `types` it spells: an integer, a number, a boolean, `null` (empty
/// or `null` where a string is not allowed), else the string itself. Text carries no type of
/// its own, so a value that may be a string or an integer (`up_to=5` beside `up_to=inf`) is
/// the integer when it spells one; text that spells none of the types stays a string, for
/// the validator to refuse.
pub(crate) fn scalar(types: Types, text: &str) -> Value {
    if types.contains(JsonType::Integer) {
        if let Ok(i) = text.parse::<i64>() {
            return Value::from(i);
        }
        if let Ok(u) = text.parse::<u64>() {
            return Value::from(u);
        }
    }
    if types.contains(JsonType::Number)
        && let Some(n) = text.parse::<f64>().ok().and_then(Number::from_f64)
    {
        return Value::Number(n);
    }
    if types.contains(JsonType::Boolean) && (text == "true" || text == "false") {
        return Value::Bool(text == "true");
    }
    if types.contains(JsonType::Null)
        && !types.contains(JsonType::String)
        && (text.is_empty() || text == "null")
    {
        return Value::Null;
    }
    Value::String(text.to_string())
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
            coerce(Shape::Scalar(Types::of(&[JsonType::Integer])), &["20"]),
            Value::from(20)
        );
        assert_eq!(
            coerce(Shape::Scalar(Types::of(&[JsonType::Integer])), &["x"]),
            Value::from("x")
        );
        assert_eq!(
            coerce(Shape::Array(Types::of(&[JsonType::Integer]), ','), &["1,2"]),
            serde_json::json!([1, 2])
        );
        assert_eq!(
            coerce(Shape::Array(Types::ANY, ','), &["a", "b"]),
            serde_json::json!(["a", "b"])
        );
    }
}
