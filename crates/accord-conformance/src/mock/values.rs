//! Sample values for the mock, bounded whatever the schema.
//!
//! `accord_schema::sample` is the source of generated values, but it expands every
//! property down to a fixed depth and recurses through required cycles and `oneOf`s without
//! a limit, which on large vendor contracts (Stripe's expandable objects) means exponential
//! or unbounded work. [`bounded_sample`] first walks the same decisions `sample` makes with
//! a node budget; when the walk fits, it calls `sample`; otherwise it builds a smaller value
//! from required members only, itself bounded.
//!
//! `sample` does not honour `pattern` (a patterned string comes out as `"string"`), so
//! [`valid_sample`] validates the value and regenerates every string that fails its
//! pattern from the pattern itself (proptest's regex generator, deterministic).

use accord_schema::{Direction, Validator, sample};
use accord_spec::{Additional, Contract, JsonType, Schema, SchemaId};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::{Map, Value, json};

/// Nodes `sample` may build for one value before we take the small path.
const NODE_BUDGET: usize = 20_000;
/// `sample`'s own depth below which optional members are expanded.
const SAMPLE_MAX_DEPTH: usize = 8;
/// Depth at which a walk is taken to be a cycle.
const CYCLE_DEPTH: usize = 40;
/// Longest string or array `sample` may be asked to pad to.
const MAX_LEN: u64 = 10_000;

/// A valid-by-construction value for `id` that never takes unbounded time or memory.
pub(crate) fn bounded_sample(contract: &Contract, id: SchemaId, direction: Direction) -> Value {
    let mut budget = NODE_BUDGET;
    if fits(contract, id, direction, 0, &mut budget) {
        sample(contract, id, direction)
    } else {
        let mut budget = NODE_BUDGET;
        small(contract, id, direction, 0, &mut budget)
    }
}

/// A sample of `id` that validates against it wherever a pattern was the only obstacle.
/// Deterministic; bounded like [`bounded_sample`].
pub fn valid_sample(contract: &Contract, id: SchemaId, direction: Direction) -> Value {
    // Repairs only replace strings, so the sample's shape, and so what validating it
    // reaches, stays the same: a validator pruned to the first sample serves every round,
    // without compiling the whole graph a large contract's response reaches.
    let mut value = bounded_sample(contract, id, direction);
    let validator = Validator::for_values(contract, id, direction, &[&value]);
    for _ in 0..4 {
        let issues = validator.issues(&value);
        if issues.is_empty() {
            break;
        }
        let mut changed = false;
        for issue in issues {
            let Some(target) = schema_at(contract, id, &issue.pointer) else {
                continue;
            };
            let schema = contract.schemas.merged(target);
            let Some(pattern) = &schema.pattern else {
                continue;
            };
            let Some(text) = string_matching(pattern, schema.min_length, schema.max_length) else {
                continue;
            };
            if let Some(slot) = value.pointer_mut(&issue.pointer)
                && *slot != Value::String(text.clone())
            {
                *slot = Value::String(text);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    value
}

/// The schema `sample` used for the value at `pointer` (following its `oneOf` choices).
fn schema_at(contract: &Contract, root: SchemaId, pointer: &str) -> Option<SchemaId> {
    let follow = |mut id: SchemaId| {
        for _ in 0..16 {
            let s = contract.schemas.merged(id);
            match s.one_of.first().or(s.any_of.first()) {
                Some(first) if given(&s).is_none() => id = *first,
                _ => break,
            }
        }
        id
    };
    let mut id = follow(root);
    for raw in pointer.split('/').skip(1) {
        let segment = raw.replace("~1", "/").replace("~0", "~");
        let s = contract.schemas.merged(id);
        let next = match s.properties.get(&segment) {
            Some(p) => *p,
            None => match (s.items, s.additional, segment.parse::<usize>()) {
                (Some(items), _, Ok(_)) => items,
                (_, Additional::Schema(extra), _) => extra,
                _ => return None,
            },
        };
        id = follow(next);
    }
    Some(id)
}

/// A string matching an ECMA-262 `pattern` within the length bounds, if one is found.
fn string_matching(pattern: &str, min: Option<u64>, max: Option<u64>) -> Option<String> {
    // The generator knows no anchors and reads `\d` as any Unicode digit; JSON Schema
    // patterns are unanchored and ASCII-minded, so both are rewritten.
    let mut p = pattern.strip_prefix('^').unwrap_or(pattern).to_string();
    if p.ends_with('$') && !p.ends_with("\\$") {
        p.pop();
    }
    let p = p
        .replace("\\d", "[0-9]")
        .replace("\\w", "[A-Za-z0-9_]")
        .replace("\\s", " ");
    let strategy = proptest::string::string_regex(&p).ok()?;
    let check = regex::Regex::new(pattern).ok();
    let mut runner = TestRunner::deterministic();
    let fits = |s: &str| {
        let n = s.chars().count() as u64;
        min.is_none_or(|m| n >= m)
            && max.is_none_or(|m| n <= m)
            && check.as_ref().is_none_or(|re| re.is_match(s))
    };
    for _ in 0..32 {
        let candidate = strategy.new_tree(&mut runner).ok()?.current();
        if fits(&candidate) {
            return Some(candidate);
        }
    }
    None
}

/// The value `sample` gives without further building (const, enum, example, default).
fn given(schema: &Schema) -> Option<Value> {
    if let Some(c) = &schema.const_value {
        return Some(c.clone());
    }
    if let Some(values) = &schema.enum_values
        && let Some(v) = values.iter().find(|v| !v.is_null()).or(values.first())
    {
        return Some(v.clone());
    }
    schema
        .examples
        .first()
        .cloned()
        .or_else(|| schema.default.clone())
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

fn hidden(contract: &Contract, prop: SchemaId, direction: Direction) -> bool {
    let p = contract.schemas.get(prop);
    direction == Direction::Request && p.read_only
        || direction == Direction::Response && p.write_only
}

/// Whether `sample` terminates within the budget: mirrors its recursion.
fn fits(
    contract: &Contract,
    id: SchemaId,
    direction: Direction,
    depth: usize,
    budget: &mut usize,
) -> bool {
    if depth > CYCLE_DEPTH || *budget == 0 {
        return false;
    }
    *budget -= 1;
    let schema = contract.schemas.merged(id);
    if given(&schema).is_some() {
        return true;
    }
    if let Some(first) = schema.one_of.first().or(schema.any_of.first()) {
        return fits(contract, *first, direction, depth + 1, budget);
    }
    match schema.types.single().or_else(|| infer(&schema)) {
        Some(JsonType::Object) => schema.properties.iter().all(|(name, prop)| {
            if hidden(contract, *prop, direction)
                || (!schema.is_required(name) && depth >= SAMPLE_MAX_DEPTH)
            {
                return true;
            }
            fits(contract, *prop, direction, depth + 1, budget)
        }),
        Some(JsonType::Array) => {
            let n = schema
                .min_items
                .unwrap_or(if depth < SAMPLE_MAX_DEPTH { 1 } else { 0 });
            if n > MAX_LEN {
                return false;
            }
            match schema.items {
                Some(item) if n > 0 => {
                    let before = *budget;
                    if !fits(contract, item, direction, depth + 1, budget) {
                        return false;
                    }
                    // `sample` builds the item n times.
                    let used = (before - *budget).saturating_mul(n as usize - 1);
                    if used > *budget {
                        return false;
                    }
                    *budget -= used;
                    true
                }
                _ => true,
            }
        }
        Some(JsonType::String) => schema.min_length.unwrap_or(0) <= MAX_LEN,
        _ => true,
    }
}

/// A smaller value: required members only, short arrays, bounded depth.
fn small(
    contract: &Contract,
    id: SchemaId,
    direction: Direction,
    depth: usize,
    budget: &mut usize,
) -> Value {
    if depth > CYCLE_DEPTH || *budget == 0 {
        return Value::Null;
    }
    *budget -= 1;
    let schema = contract.schemas.merged(id);
    if let Some(v) = given(&schema) {
        return v;
    }
    if let Some(first) = schema.one_of.first().or(schema.any_of.first()) {
        return small(contract, *first, direction, depth + 1, budget);
    }
    match schema.types.single().or_else(|| infer(&schema)) {
        Some(JsonType::Object) => {
            let mut map = Map::new();
            for (name, prop) in &schema.properties {
                if schema.is_required(name) && !hidden(contract, *prop, direction) {
                    map.insert(
                        name.clone(),
                        small(contract, *prop, direction, depth + 1, budget),
                    );
                }
            }
            Value::Object(map)
        }
        Some(JsonType::Array) => {
            let n = schema.min_items.unwrap_or(0).min(16);
            match schema.items {
                Some(item) => Value::Array(
                    (0..n)
                        .map(|_| small(contract, item, direction, depth + 1, budget))
                        .collect(),
                ),
                None => Value::Array(Vec::new()),
            }
        }
        Some(JsonType::String) => {
            let min = schema.min_length.unwrap_or(0).min(MAX_LEN) as usize;
            let mut s = String::from("string");
            while s.len() < min {
                s.push('x');
            }
            if let Some(max) = schema.max_length {
                s.truncate(max as usize);
            }
            Value::String(s)
        }
        Some(JsonType::Integer) | Some(JsonType::Number) => {
            let lo = schema.minimum.map(|b| b.value.ceil()).unwrap_or(1.0);
            let hi = schema.maximum.map(|b| b.value.floor()).unwrap_or(f64::MAX);
            let v = lo.max(0.0).min(hi);
            if v.is_finite() && v.abs() < 9e15 {
                json!(v as i64)
            } else {
                json!(1)
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_cycle_is_bounded() {
        let doc = r#"
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Node:
      type: object
      required: [next]
      properties:
        next: {$ref: '#/components/schemas/Node'}
    Wide:
      type: object
      properties:
        a: {$ref: '#/components/schemas/Wide'}
        b: {$ref: '#/components/schemas/Wide'}
        c: {$ref: '#/components/schemas/Wide'}
        d: {$ref: '#/components/schemas/Wide'}
        e: {type: string}
"#;
        let c = accord_spec::load_str("t.yaml", doc).unwrap();
        let v = bounded_sample(&c, c.components["Node"], Direction::Response);
        assert!(v.is_object());
        let v = bounded_sample(&c, c.components["Wide"], Direction::Response);
        assert_eq!(v, json!({}));
    }

    #[test]
    fn patterns_are_honoured() {
        let doc = r#"
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Contact:
      type: object
      required: [country, phones]
      properties:
        country: {type: string, pattern: '^[A-Z]{2}$'}
        phones:
          type: array
          items:
            type: object
            required: [number]
            properties:
              number: {type: string, pattern: '^\+[1-9][0-9]{6,14}$'}
              code: {type: string, pattern: '^\d{3}$'}
"#;
        let c = accord_spec::load_str("t.yaml", doc).unwrap();
        let id = c.components["Contact"];
        let v = valid_sample(&c, id, Direction::Response);
        let issues = Validator::new(&c, id, Direction::Response).issues(&v);
        assert!(issues.is_empty(), "{issues:?} {v}");
        assert_eq!(
            v,
            valid_sample(&c, id, Direction::Response),
            "deterministic"
        );
    }
}
