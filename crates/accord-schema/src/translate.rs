//! Translates a schema of the Contract model into a JSON Schema 2020-12 document.
//!
//! Every schema reachable from the root becomes `$defs/s<id>` and is referenced by id, so
//! recursive and shared schemas translate once and cycles are harmless.

use std::collections::BTreeSet;

use accord_spec::{Additional, Contract, Schema, SchemaId};
use serde_json::{Map, Value, json};

/// Which side of the exchange a value is on: it decides what `readOnly` and `writeOnly`
/// mean for `required`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Sent by the client: `readOnly` properties are not required.
    Request,
    /// Returned by the server: `writeOnly` properties are not required.
    Response,
}

/// The JSON Schema document for `root`.
pub fn translate(contract: &Contract, root: SchemaId, direction: Direction) -> Value {
    let mut defs = Map::new();
    let mut todo = vec![root];
    let mut done = BTreeSet::new();
    while let Some(id) = todo.pop() {
        if !done.insert(id) {
            continue;
        }
        let schema = contract.schemas.get(id);
        defs.insert(
            def_name(id),
            translate_one(contract, schema, direction, &mut todo),
        );
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("#/$defs/{}", def_name(root)),
        "$defs": Value::Object(defs),
    })
}

fn def_name(id: SchemaId) -> String {
    format!("s{}", id.0)
}

fn reference(id: SchemaId, todo: &mut Vec<SchemaId>) -> Value {
    todo.push(id);
    json!({ "$ref": format!("#/$defs/{}", def_name(id)) })
}

fn translate_one(
    contract: &Contract,
    schema: &Schema,
    direction: Direction,
    todo: &mut Vec<SchemaId>,
) -> Value {
    if schema.never {
        return Value::Bool(false);
    }
    if schema.unknown {
        return Value::Bool(true);
    }
    let mut out = Map::new();
    let types = schema.types.without_null();
    let names: Vec<Value> = types
        .iter()
        .map(|t| Value::String(t.name().to_string()))
        .collect();
    match names.len() {
        0 => {}
        1 => {
            out.insert("type".into(), names[0].clone());
        }
        _ => {
            out.insert("type".into(), Value::Array(names));
        }
    }
    if let Some(format) = &schema.format {
        out.insert("format".into(), Value::String(format.clone()));
    }
    if let Some(values) = &schema.enum_values {
        let values: Vec<Value> = values.iter().filter(|v| !v.is_null()).cloned().collect();
        if !values.is_empty() {
            out.insert("enum".into(), Value::Array(values));
        }
    }
    if !schema.properties.is_empty() {
        let props: Map<String, Value> = schema
            .properties
            .iter()
            .map(|(name, id)| (name.clone(), reference(*id, todo)))
            .collect();
        out.insert("properties".into(), Value::Object(props));
    }
    let required: Vec<Value> = schema
        .required
        .iter()
        .filter(|name| match schema.properties.get(name.as_str()) {
            Some(id) => {
                let prop = contract.schemas.get(*id);
                !(direction == Direction::Request && prop.read_only
                    || direction == Direction::Response && prop.write_only)
            }
            None => true,
        })
        .map(|n| Value::String(n.clone()))
        .collect();
    if !required.is_empty() {
        out.insert("required".into(), Value::Array(required));
    }
    match schema.additional {
        Additional::Any => {}
        Additional::Forbidden => {
            out.insert("additionalProperties".into(), Value::Bool(false));
        }
        Additional::Schema(id) => {
            out.insert("additionalProperties".into(), reference(id, todo));
        }
    }
    if let Some(items) = schema.items {
        out.insert("items".into(), reference(items, todo));
    }
    let mut num = |key: &str, v: Option<u64>| {
        if let Some(v) = v {
            out.insert(key.into(), json!(v));
        }
    };
    num("minItems", schema.min_items);
    num("maxItems", schema.max_items);
    num("minLength", schema.min_length);
    num("maxLength", schema.max_length);
    num("minProperties", schema.min_properties);
    num("maxProperties", schema.max_properties);
    if schema.unique_items {
        out.insert("uniqueItems".into(), Value::Bool(true));
    }
    if let Some(pattern) = &schema.pattern {
        out.insert("pattern".into(), Value::String(pattern.clone()));
    }
    if let Some(b) = schema.minimum {
        out.insert(
            if b.exclusive {
                "exclusiveMinimum"
            } else {
                "minimum"
            }
            .into(),
            number(b.value),
        );
    }
    if let Some(b) = schema.maximum {
        out.insert(
            if b.exclusive {
                "exclusiveMaximum"
            } else {
                "maximum"
            }
            .into(),
            number(b.value),
        );
    }
    if let Some(m) = schema.multiple_of {
        out.insert("multipleOf".into(), number(m));
    }
    for (key, ids) in [
        ("allOf", &schema.all_of),
        ("oneOf", &schema.one_of),
        ("anyOf", &schema.any_of),
    ] {
        if !ids.is_empty() {
            out.insert(
                key.into(),
                Value::Array(ids.iter().map(|id| reference(*id, todo)).collect()),
            );
        }
    }
    if let Some(not) = schema.not {
        out.insert("not".into(), reference(not, todo));
    }
    let body = Value::Object(out);
    if schema.is_nullable() {
        // `nullable` in 3.0 also admits null past enums and composed members; say so
        // explicitly rather than trusting each keyword to.
        json!({ "anyOf": [{ "type": "null" }, body] })
    } else {
        body
    }
}

/// Integral floats as integers, so `minimum: 1` stays `1` in messages.
fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        json!(v as i64)
    } else {
        json!(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translates_nullable_recursive_schema() {
        let doc = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Node:
      type: object
      nullable: true
      required: [id]
      properties:
        id: {type: string, readOnly: true}
        child: {$ref: '#/components/schemas/Node'}
"#;
        let c = accord_spec::load_str("t.yaml", doc).unwrap();
        let id = c.components["Node"];
        let v = translate(&c, id, Direction::Response);
        let text = v.to_string();
        assert!(text.contains("\"required\":[\"id\"]"), "{text}");
        let r = translate(&c, id, Direction::Request).to_string();
        assert!(!r.contains("\"required\""), "{r}");
        assert!(text.contains("\"type\":\"null\""));
    }
}
