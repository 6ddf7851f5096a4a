//! A deterministic, valid-by-construction value for a schema: the contract's own example
//! when it has one, else a value built from the constraints. Used where one plausible value
//! is wanted (mock answers, generated docs, event examples); randomised generation for
//! conformance testing lives in `accord-conformance`'s proptest strategies.

use accord_spec::{Additional, Contract, JsonType, Schema, SchemaId};
use serde_json::{Map, Value, json};

use crate::translate::Direction;

/// Deepest nesting a sample builds before it stops at optional members (recursive schemas).
const MAX_DEPTH: usize = 8;

/// A sample value for `id`, for `direction` (`readOnly` properties are left out of requests,
/// `writeOnly` ones out of responses).
pub fn sample(contract: &Contract, id: SchemaId, direction: Direction) -> Value {
    build(contract, id, direction, 0)
}

fn build(contract: &Contract, id: SchemaId, direction: Direction, depth: usize) -> Value {
    let merged = contract.schemas.merged(id);
    let schema = &merged;
    if let Some(c) = &schema.const_value {
        return c.clone();
    }
    if let Some(values) = &schema.enum_values
        && let Some(v) = values.iter().find(|v| !v.is_null()).or(values.first())
    {
        return v.clone();
    }
    if let Some(example) = schema.examples.first() {
        return example.clone();
    }
    if let Some(default) = &schema.default {
        return default.clone();
    }
    if let Some(first) = schema.one_of.first().or(schema.any_of.first()) {
        let mut value = build(contract, *first, direction, depth + 1);
        // A discriminator must name the member chosen.
        if let (Some(d), Value::Object(map)) = (&schema.discriminator, &mut value)
            && let Some((tag, _)) = d.mapping.iter().find(|(_, target)| *target == first)
        {
            map.insert(d.property_name.clone(), Value::String(tag.clone()));
        }
        return value;
    }
    let ty = schema.types.single().or_else(|| infer(schema));
    match ty {
        Some(JsonType::Object) => object(contract, schema, direction, depth),
        Some(JsonType::Array) => {
            let n = schema
                .min_items
                .unwrap_or(if depth < MAX_DEPTH { 1 } else { 0 }) as usize;
            let items: Vec<Value> = match schema.items {
                Some(item) if n > 0 => (0..n)
                    .map(|_| build(contract, item, direction, depth + 1))
                    .collect(),
                _ => Vec::new(),
            };
            Value::Array(items)
        }
        Some(JsonType::String) => Value::String(string(schema)),
        Some(JsonType::Integer) => json!(integer(schema)),
        Some(JsonType::Number) => {
            let v = integer(schema) as f64;
            json!(v)
        }
        Some(JsonType::Boolean) => Value::Bool(true),
        Some(JsonType::Null) => Value::Null,
        None => {
            if schema.is_nullable() {
                Value::Null
            } else {
                Value::String("value".into())
            }
        }
    }
}

fn infer(schema: &Schema) -> Option<JsonType> {
    if !schema.properties.is_empty() || schema.additional != Additional::Any {
        Some(JsonType::Object)
    } else if schema.items.is_some() {
        Some(JsonType::Array)
    } else if schema.pattern.is_some() || schema.format.is_some() || schema.min_length.is_some() {
        Some(JsonType::String)
    } else {
        None
    }
}

fn object(contract: &Contract, schema: &Schema, direction: Direction, depth: usize) -> Value {
    let mut map = Map::new();
    for (name, prop_id) in &schema.properties {
        let prop = contract.schemas.get(*prop_id);
        let hidden = direction == Direction::Request && prop.read_only
            || direction == Direction::Response && prop.write_only;
        let required = schema.is_required(name);
        if hidden || (!required && depth >= MAX_DEPTH) {
            continue;
        }
        map.insert(
            name.clone(),
            build(contract, *prop_id, direction, depth + 1),
        );
    }
    if let Some(d) = &schema.discriminator
        && !map.contains_key(&d.property_name)
        && let Some((tag, _)) = d.mapping.first()
    {
        map.insert(d.property_name.clone(), Value::String(tag.clone()));
    }
    Value::Object(map)
}

fn string(schema: &Schema) -> String {
    let base = match schema.format.as_deref() {
        Some("date-time") => "2024-01-15T09:30:00Z".to_string(),
        Some("date") => "2024-01-15".to_string(),
        Some("time") => "09:30:00Z".to_string(),
        Some("uuid") => "3fa85f64-5717-4562-b3fc-2c963f66afa6".to_string(),
        Some("email") => "user@example.com".to_string(),
        Some("uri") | Some("url") => "https://example.com/resource".to_string(),
        Some("hostname") => "example.com".to_string(),
        Some("ipv4") => "192.0.2.1".to_string(),
        Some("ipv6") => "2001:db8::1".to_string(),
        Some("byte") => "aGVsbG8=".to_string(),
        Some("decimal") | Some("number") => "10.00".to_string(),
        _ => "string".to_string(),
    };
    let min = schema.min_length.unwrap_or(0) as usize;
    let max = schema.max_length.map(|m| m as usize).unwrap_or(usize::MAX);
    let mut s = base;
    while s.chars().count() < min {
        s.push('x');
    }
    if s.chars().count() > max {
        s = s.chars().take(max).collect();
    }
    s
}

fn integer(schema: &Schema) -> i64 {
    let mut v: i64 = 1;
    if let Some(b) = schema.minimum {
        let lo = if b.exclusive {
            b.value.floor() as i64 + 1
        } else {
            b.value.ceil() as i64
        };
        v = v.max(lo);
    }
    if let Some(b) = schema.maximum {
        let hi = if b.exclusive {
            b.value.ceil() as i64 - 1
        } else {
            b.value.floor() as i64
        };
        v = v.min(hi);
    }
    if let Some(m) = schema.multiple_of.filter(|m| *m >= 1.0) {
        let m = m as i64;
        v = ((v + m - 1) / m) * m;
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Validator;

    #[test]
    fn samples_validate() {
        let doc = r#"
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Invoice:
      type: object
      required: [id, total, status, lines, issuedAt]
      properties:
        id: {type: string, format: uuid}
        total: {type: integer, minimum: 10, maximum: 20}
        status: {type: string, enum: [draft, paid]}
        issuedAt: {type: string, format: date-time}
        note: {type: [string, 'null'], minLength: 12}
        lines:
          type: array
          minItems: 2
          items: {$ref: '#/components/schemas/Line'}
    Line:
      type: object
      required: [qty]
      properties:
        qty: {type: number, exclusiveMinimum: 0}
        parent: {$ref: '#/components/schemas/Line'}
"#;
        let c = accord_spec::load_str("t.yaml", doc).unwrap();
        let id = c.components["Invoice"];
        let v = sample(&c, id, Direction::Response);
        let validator = Validator::new(&c, id, Direction::Response);
        assert!(validator.is_compiled());
        assert_eq!(validator.issues(&v), vec![], "{v}");
        assert_eq!(v["lines"].as_array().unwrap().len(), 2);
    }
}
