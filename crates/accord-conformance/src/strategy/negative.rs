//! Targeted invalid values for negative testing: wrong types, out-of-range numbers, strings
//! too long or too short, values outside an enum, missing required properties, forbidden
//! extra properties, `null` where it is not allowed. Every candidate is confirmed invalid
//! by the real validator before use, so a server accepting it is a genuine defect.

use accord_schema::{Direction, Validator};
use accord_spec::{Additional, Contract, JsonType, Schema, SchemaId};
use serde_json::{Value, json};

/// Most candidates returned for one schema.
const MAX_CANDIDATES: usize = 24;

/// One invalid value and what makes it invalid.
#[derive(Clone, Debug, PartialEq)]
pub struct Invalid {
    pub what: String,
    pub value: Value,
}

/// Invalid variants of `valid` (a valid value of `id`), each confirmed by the validator.
pub fn invalid_values(contract: &Contract, id: SchemaId, valid: &Value) -> Vec<Invalid> {
    let mut raw = Vec::new();
    mutate(contract, id, valid, "", &mut raw, 0);
    let validator = Validator::new(contract, id, Direction::Request);
    if !validator.is_compiled() {
        return Vec::new();
    }
    let mut out: Vec<Invalid> = Vec::new();
    for c in raw {
        if !validator.is_valid(&c.value) && !out.iter().any(|o| o.value == c.value) {
            out.push(c);
        }
        if out.len() >= MAX_CANDIDATES {
            break;
        }
    }
    out
}

/// Invalid values of a scalar schema (no context), for parameters.
pub fn scalar_candidates(schema: &Schema) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let types = schema.types.without_null();
    let wants = |t| types.contains(t);
    if !types.is_any() {
        if !wants(JsonType::Integer) && !wants(JsonType::Number) && !wants(JsonType::String) {
            out.push(("a number where none is allowed".into(), json!(12345)));
        }
        if !wants(JsonType::String) {
            out.push((
                "a string that is not a number".into(),
                json!("not-a-number"),
            ));
        }
        if wants(JsonType::Integer) && !wants(JsonType::Number) && !wants(JsonType::String) {
            out.push(("a fractional number for an integer".into(), json!(1.5)));
        }
        if !wants(JsonType::Boolean) && !wants(JsonType::String) {
            out.push(("a boolean".into(), json!(true)));
        }
        if !wants(JsonType::Object) {
            out.push(("an object".into(), json!({"unexpected": 1})));
        }
        if !wants(JsonType::Array) {
            out.push(("an array".into(), json!([1, 2])));
        }
    }
    if !schema.is_nullable() {
        out.push(("null".into(), Value::Null));
    }
    if schema.enum_values.is_some() {
        out.push(("a value outside the enum".into(), json!("__not_in_enum__")));
    }
    if let Some(max) = schema.max_length {
        out.push((
            format!("a string longer than maxLength {max}"),
            Value::String("x".repeat(max as usize + 1)),
        ));
    }
    if let Some(min) = schema.min_length.filter(|m| *m > 0) {
        out.push((
            format!("a string shorter than minLength {min}"),
            Value::String("x".repeat(min as usize - 1)),
        ));
    }
    if schema.pattern.is_some() {
        out.push((
            "a string not matching the pattern".into(),
            json!("!not matching!"),
        ));
    }
    if schema.format.is_some() && (types.is_any() || wants(JsonType::String)) {
        out.push((
            format!(
                "a string that is not a {}",
                schema.format.as_deref().unwrap_or("")
            ),
            json!("not-a-valid-format"),
        ));
    }
    if let Some(b) = schema.minimum {
        let v = if b.exclusive { b.value } else { b.value - 1.0 };
        out.push((format!("a number below the minimum {}", b.value), number(v)));
    }
    if let Some(b) = schema.maximum {
        let v = if b.exclusive { b.value } else { b.value + 1.0 };
        out.push((format!("a number above the maximum {}", b.value), number(v)));
    }
    out
}

fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

fn mutate(
    contract: &Contract,
    id: SchemaId,
    valid: &Value,
    at: &str,
    out: &mut Vec<Invalid>,
    depth: usize,
) {
    if depth > 2 {
        return;
    }
    let schema = contract.schemas.merged(id);
    let place = if at.is_empty() {
        "the body".to_string()
    } else {
        format!("`{at}`")
    };
    for (what, value) in scalar_candidates(&schema) {
        out.push(Invalid {
            what: format!("{place} is {what}"),
            value,
        });
    }
    match valid {
        Value::Object(map) => {
            for name in &schema.required {
                if map.contains_key(name) {
                    let mut m = map.clone();
                    m.remove(name);
                    out.push(Invalid {
                        what: format!("required property `{}` missing", join(at, name)),
                        value: Value::Object(m),
                    });
                }
            }
            if schema.additional == Additional::Forbidden {
                let mut m = map.clone();
                m.insert("unexpectedProperty".into(), json!("x"));
                out.push(Invalid {
                    what: format!("{place} has a property the schema forbids"),
                    value: Value::Object(m),
                });
            }
            for (name, value) in map {
                let Some(prop) = schema.properties.get(name) else {
                    continue;
                };
                let mut inner = Vec::new();
                mutate(
                    contract,
                    *prop,
                    value,
                    &join(at, name),
                    &mut inner,
                    depth + 1,
                );
                for c in inner {
                    let mut m = map.clone();
                    m.insert(name.clone(), c.value);
                    out.push(Invalid {
                        what: c.what,
                        value: Value::Object(m),
                    });
                }
            }
        }
        Value::Array(items) => {
            if let Some(min) = schema.min_items.filter(|m| *m > 0) {
                let v: Vec<Value> = items.iter().take(min as usize - 1).cloned().collect();
                out.push(Invalid {
                    what: format!("{place} has fewer than {min} items"),
                    value: Value::Array(v),
                });
            }
            if let (Some(max), Some(first)) = (schema.max_items, items.first()) {
                let v = vec![first.clone(); max as usize + 1];
                out.push(Invalid {
                    what: format!("{place} has more than {max} items"),
                    value: Value::Array(v),
                });
            }
            if let (Some(item), Some(first)) = (schema.items, items.first()) {
                let mut inner = Vec::new();
                mutate(contract, item, first, &join(at, "0"), &mut inner, depth + 1);
                for c in inner {
                    let mut v = items.clone();
                    v[0] = c.value;
                    out.push(Invalid {
                        what: c.what,
                        value: Value::Array(v),
                    });
                }
            }
        }
        _ => {}
    }
}

fn join(at: &str, name: &str) -> String {
    if at.is_empty() {
        name.to_string()
    } else {
        format!("{at}.{name}")
    }
}
