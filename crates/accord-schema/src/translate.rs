//! Translates a schema of the Contract model into a JSON Schema 2020-12 document.
//!
//! Every schema reachable from the root becomes `$defs/s<id>` and is referenced by id, so
//! recursive and shared schemas translate once and cycles are harmless.
//!
//! [`translate_for`] translates only what validating some given values can reach (see
//! [`Reach`]): checking an example of a large, densely referenced schema then compiles the
//! few subschemas the example touches instead of the schema's whole closure.

use std::collections::{BTreeSet, HashMap, HashSet};

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
    translate_reaching(contract, root, direction, None)
}

/// The JSON Schema document for `root`, pruned to what validating `values` can evaluate.
/// Validating any of `values` against it gives exactly the errors (same messages, same
/// instance paths) that the full [`translate`] document gives.
pub(crate) fn translate_for(
    contract: &Contract,
    root: SchemaId,
    direction: Direction,
    values: &[&Value],
) -> Value {
    let reach = Reach::of(contract, values.iter().map(|v| (root, *v)));
    translate_reaching(contract, root, direction, Some(&reach))
}

/// One JSON Schema document validating an array whose element `i` is judged by
/// `items[i].0`, pruned to what validating the `items[i].1` values evaluates. Schemas shared
/// by several items are translated (and so compiled) once: validating the array gives, for
/// each element, exactly the errors [`translate_for`] gives it alone, under instance paths
/// prefixed by the element's index.
pub(crate) fn translate_batch(
    contract: &Contract,
    direction: Direction,
    items: &[(SchemaId, &Value)],
) -> Value {
    let reach = Reach::of(contract, items.iter().copied());
    let roots: Vec<SchemaId> = items.iter().map(|(root, _)| *root).collect();
    let prefix: Vec<Value> = roots
        .iter()
        .map(|root| json!({ "$ref": format!("#/$defs/{}", def_name(*root)) }))
        .collect();
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "array",
        "prefixItems": prefix,
        "$defs": Value::Object(defs_reaching(contract, &roots, direction, Some(&reach))),
    })
}

/// Which parts of which schemas validation of some values evaluates.
///
/// Validation only moves from a schema to a subschema through `properties` (for a key the
/// value has), `additionalProperties` (for a key `properties` does not name), `items` (for
/// an element) and composition (`allOf`, `oneOf`, `anyOf`, `not`, on the same value). A
/// subschema never paired with a value is never evaluated, so leaving it out changes no
/// result; property names the value lacks are left out of `properties` too, which keeps
/// `additionalProperties: false` judging exactly the same keys.
#[derive(Debug, Default)]
pub(crate) struct Reach {
    per_schema: HashMap<SchemaId, Used>,
}

/// What of one schema validation evaluates.
#[derive(Debug, Default)]
struct Used {
    /// Names in `properties` that some value paired with the schema has.
    properties: HashSet<String>,
    /// Some value had a key that only `additionalProperties` judges.
    additional: bool,
    /// Some value was a non-empty array.
    items: bool,
}

impl Reach {
    /// Walks each value together with its schema, once per (schema, value node) pair.
    fn of<'v>(
        contract: &Contract,
        pairs: impl IntoIterator<Item = (SchemaId, &'v Value)>,
    ) -> Reach {
        let mut reach = Reach::default();
        // A value node is identified by its address: the values are borrowed for the whole
        // walk, and composition cycles (`A: allOf [B]`, `B: allOf [A]`) end at a pair seen.
        let mut seen: HashSet<(SchemaId, usize)> = HashSet::new();
        let mut todo: Vec<(SchemaId, &Value)> = pairs.into_iter().collect();
        while let Some((id, value)) = todo.pop() {
            if !seen.insert((id, value as *const Value as usize)) {
                continue;
            }
            let used = reach.per_schema.entry(id).or_default();
            let schema = contract.schemas.get(id);
            if schema.never || schema.unknown {
                continue;
            }
            match value {
                Value::Object(map) => {
                    for (key, child) in map {
                        if let Some(property) = schema.properties.get(key) {
                            if !used.properties.contains(key) {
                                used.properties.insert(key.clone());
                            }
                            todo.push((*property, child));
                        } else if let Additional::Schema(additional) = schema.additional {
                            used.additional = true;
                            todo.push((additional, child));
                        }
                    }
                }
                Value::Array(elements) => {
                    if let Some(items) = schema.items {
                        used.items |= !elements.is_empty();
                        todo.extend(elements.iter().map(|e| (items, e)));
                    }
                }
                _ => {}
            }
            let composed = schema
                .all_of
                .iter()
                .chain(&schema.one_of)
                .chain(&schema.any_of)
                .chain(&schema.not);
            todo.extend(composed.map(|c| (*c, value)));
        }
        reach
    }
}

fn translate_reaching(
    contract: &Contract,
    root: SchemaId,
    direction: Direction,
    reach: Option<&Reach>,
) -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("#/$defs/{}", def_name(root)),
        "$defs": Value::Object(defs_reaching(contract, &[root], direction, reach)),
    })
}

/// The `$defs` of every schema `roots` lead to (within `reach`, when given).
fn defs_reaching(
    contract: &Contract,
    roots: &[SchemaId],
    direction: Direction,
    reach: Option<&Reach>,
) -> Map<String, Value> {
    let unused = Used::default();
    let mut defs = Map::new();
    let mut todo = roots.to_vec();
    let mut done = BTreeSet::new();
    while let Some(id) = todo.pop() {
        if !done.insert(id) {
            continue;
        }
        let schema = contract.schemas.get(id);
        // `None` translates everything; with a reach, only what it evaluates.
        let used = reach.map(|r| r.per_schema.get(&id).unwrap_or(&unused));
        defs.insert(
            def_name(id),
            translate_one(contract, schema, direction, used, &mut todo),
        );
    }
    defs
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
    used: Option<&Used>,
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
    let property_used = |name: &String| used.is_none_or(|u| u.properties.contains(name));
    if schema.properties.keys().any(property_used) {
        let props: Map<String, Value> = schema
            .properties
            .iter()
            .filter(|(name, _)| property_used(name))
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
            if used.is_none_or(|u| u.additional) {
                out.insert("additionalProperties".into(), reference(id, todo));
            }
        }
    }
    if let Some(items) = schema.items
        && used.is_none_or(|u| u.items)
    {
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

    const SHOP: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Order:
      type: object
      additionalProperties: false
      required: [id]
      properties:
        id: {type: string, readOnly: true}
        lines: {type: array, items: {$ref: '#/components/schemas/Line'}}
        customer: {$ref: '#/components/schemas/Customer'}
        parent: {$ref: '#/components/schemas/Order'}
    Line:
      type: object
      properties:
        sku: {type: string, pattern: '^[A-Z]+$'}
        qty: {type: integer, minimum: 1}
    Customer:
      type: object
      properties:
        email: {type: string, format: email}
"#;

    #[test]
    fn pruned_translation_keeps_only_what_the_values_reach() {
        let c = accord_spec::load_str("t.yaml", SHOP).unwrap();
        let order = c.components["Order"];
        let value = serde_json::json!({"id": "o1", "lines": [{"sku": "AB"}]});
        let pruned = translate_for(&c, order, Direction::Response, &[&value]);
        let defs = pruned["$defs"].as_object().unwrap();
        let customer = format!("s{}", c.components["Customer"].0);
        assert!(!defs.contains_key(&customer), "{pruned}");
        let root = &defs[&format!("s{}", order.0)];
        let kept: Vec<&String> = root["properties"].as_object().unwrap().keys().collect();
        assert_eq!(kept, ["id", "lines"]);
        assert_eq!(root["additionalProperties"], Value::Bool(false));
        assert_eq!(root["required"], serde_json::json!(["id"]));
    }

    #[test]
    fn pruned_and_full_documents_report_the_same_issues() {
        let c = accord_spec::load_str("t.yaml", SHOP).unwrap();
        let order = c.components["Order"];
        let values = [
            serde_json::json!({"id": "o1", "lines": [{"sku": "ab", "qty": 0}], "extra": 1}),
            serde_json::json!({"lines": "none", "customer": {"email": 3}}),
            serde_json::json!({"id": "o2", "parent": {"id": 5, "parent": {"lines": [{}]}}}),
            serde_json::json!([1, 2]),
            serde_json::json!({"id": "o3", "lines": [{"sku": "AB", "qty": 2}]}),
        ];
        let refs: Vec<&Value> = values.iter().collect();
        for direction in [Direction::Request, Direction::Response] {
            let full = crate::Validator::new(&c, order, direction);
            let pruned = crate::Validator::for_values(&c, order, direction, &refs);
            for value in &values {
                assert_eq!(full.issues(value), pruned.issues(value), "{value}");
                assert_eq!(full.is_valid(value), pruned.is_valid(value), "{value}");
            }
        }
    }
}
