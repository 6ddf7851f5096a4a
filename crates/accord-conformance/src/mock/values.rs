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
//!
//! `sample` also copies a schema's `example` wholesale, valid or not (Square's contract has
//! examples that violate their own schemas), so [`checked_sample`] finds the slots that hold
//! an invalid example, replaces each with a value built from the schema's constraints, and
//! says which it replaced; the mock notes them.

use accord_schema::{Direction, Validator, sample};
use accord_spec::{Additional, Contract, JsonType, Schema, SchemaId};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use serde_json::{Map, Value, json};
use std::collections::HashSet;

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

/// A sample of `id` that validates against it wherever a pattern or an invalid schema-level
/// example was the only obstacle. Deterministic; bounded like [`bounded_sample`].
pub fn valid_sample(contract: &Contract, id: SchemaId, direction: Direction) -> Value {
    checked_sample(contract, id, direction).value
}

/// A generated sample and what it took to make it valid.
pub(crate) struct CheckedSample {
    pub value: Value,
    /// Where a schema's own `example` (or `default`) was invalid and a generated value
    /// took its place, with the first reason.
    pub replaced_examples: Vec<String>,
}

/// Rounds of repair: each fixes every issue it can, nested invalid examples take one each.
const REPAIR_ROUNDS: usize = 8;

/// [`valid_sample`], saying which schema examples it had to leave out.
pub(crate) fn checked_sample(
    contract: &Contract,
    id: SchemaId,
    direction: Direction,
) -> CheckedSample {
    // Pattern repairs only replace strings, so the sample's shape, and so what validating it
    // reaches, stays the same: a validator pruned to the sample serves every round until a
    // replaced example changes the shape, and only then is another one pruned. This avoids
    // compiling the whole graph a large contract's response reaches.
    let mut value = bounded_sample(contract, id, direction);
    let mut validator = Validator::for_values(contract, id, direction, &[&value]);
    let mut replaced_examples = Vec::new();
    let mut replaced_schemas: HashSet<SchemaId> = HashSet::new();
    for _ in 0..REPAIR_ROUNDS {
        let issues = validator.issues(&value);
        if issues.is_empty() {
            break;
        }
        let mut changed = false;
        let mut reshaped = false;
        let mut replaced_at: Vec<String> = Vec::new();
        for issue in &issues {
            let origins = example_origins(contract, id, direction, &value, &issue.pointer);
            if !origins.is_empty() {
                for (at, target) in origins {
                    // A slot inside one replaced this round no longer holds what was found.
                    if replaced_at
                        .iter()
                        .any(|r: &String| at == *r || at.starts_with(&format!("{r}/")))
                    {
                        continue;
                    }
                    // A schema whose example is invalid often nests itself (Square's
                    // `CatalogObject`): the second time it is replaced, by its required
                    // members only, or every round would build it bigger.
                    let full = replaced_schemas.insert(target);
                    let replacement = unexampled(contract, target, direction, full);
                    let Some(slot) = value.pointer_mut(&at) else {
                        continue;
                    };
                    replaced_at.push(at.clone());
                    if *slot != replacement {
                        *slot = replacement;
                        replaced_examples.push(format!(
                            "the example of the schema at {} violates it ({}: {})",
                            display_pointer(&at),
                            display_pointer(&issue.pointer),
                            issue.message
                        ));
                        changed = true;
                        reshaped = true;
                    }
                }
                continue;
            }
            let Some(target) = schema_at(contract, id, &issue.pointer) else {
                continue;
            };
            let schema = contract.schemas.merged(target);
            // `required` naming a property the schema does not declare: `sample` builds
            // declared properties only.
            if let Some(Value::Object(map)) = value.pointer_mut(&issue.pointer) {
                for name in &schema.required {
                    if map.contains_key(name) {
                        continue;
                    }
                    let member = match (schema.properties.get(name).copied(), schema.additional) {
                        (Some(prop), _) | (None, Additional::Schema(prop)) => {
                            bounded_sample(contract, prop, direction)
                        }
                        _ => Value::String("value".into()),
                    };
                    map.insert(name.clone(), member);
                    changed = true;
                    reshaped = true;
                }
                continue;
            }
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
        if reshaped {
            validator = Validator::for_values(contract, id, direction, &[&value]);
        }
    }
    CheckedSample {
        value,
        replaced_examples,
    }
}

/// `/a/b` as is, the root as `/`.
fn display_pointer(pointer: &str) -> &str {
    if pointer.is_empty() { "/" } else { pointer }
}

/// Where the sample took an invalid value wholesale from a schema's `example` or `default`,
/// for an issue at `pointer`: the shallowest slot on the way to `pointer` whose value is its
/// schema's given value, else every invalid such slot under `pointer` (a `oneOf` or `anyOf`
/// reports its own failure, not the member's deeper one), each with its schema.
fn example_origins(
    contract: &Contract,
    root: SchemaId,
    direction: Direction,
    value: &Value,
    pointer: &str,
) -> Vec<(String, SchemaId)> {
    let mut at = String::new();
    let mut id = root;
    let mut segments = pointer.split('/').skip(1);
    for _ in 0..CYCLE_DEPTH * 2 {
        let schema = contract.schemas.merged(id);
        let Some(slot) = value.pointer(&at) else {
            return Vec::new();
        };
        if is_given(&schema, slot) {
            return vec![(at, id)];
        }
        // Into the member `sample` chose, as it did.
        if let Some(first) = schema.one_of.first().or(schema.any_of.first()) {
            id = *first;
            continue;
        }
        let Some(raw) = segments.next() else {
            let mut found = Vec::new();
            invalid_given_under(contract, id, direction, slot, &at, 0, &mut found);
            return found;
        };
        let segment = raw.replace("~1", "/").replace("~0", "~");
        let Some(next) = member_schema(&schema, &segment) else {
            return Vec::new();
        };
        id = next;
        at.push('/');
        at.push_str(raw);
    }
    Vec::new()
}

/// Whether `slot` is the value `sample` takes from the schema as given (an example or a
/// default; `const` and `enum` are constraints, always valid).
fn is_given(schema: &Schema, slot: &Value) -> bool {
    schema.const_value.is_none()
        && schema.enum_values.is_none()
        && given(schema).as_ref() == Some(slot)
}

/// The schema of member `segment` (a property name or an index).
fn member_schema(schema: &Schema, segment: &str) -> Option<SchemaId> {
    match schema.properties.get(segment) {
        Some(p) => Some(*p),
        None => match (schema.items, schema.additional, segment.parse::<usize>()) {
            (Some(items), _, Ok(_)) => Some(items),
            (_, Additional::Schema(extra), _) => Some(extra),
            _ => None,
        },
    }
}

/// Every slot under `at` (itself included) whose value is its schema's given value and
/// does not validate against it.
fn invalid_given_under(
    contract: &Contract,
    id: SchemaId,
    direction: Direction,
    slot: &Value,
    at: &str,
    depth: usize,
    found: &mut Vec<(String, SchemaId)>,
) {
    if depth > CYCLE_DEPTH {
        return;
    }
    let schema = contract.schemas.merged(id);
    if is_given(&schema, slot) {
        let validator = Validator::for_values(contract, id, direction, &[slot]);
        if !validator.is_valid(slot) {
            found.push((at.to_string(), id));
        }
        return;
    }
    if let Some(first) = schema.one_of.first().or(schema.any_of.first()) {
        invalid_given_under(contract, *first, direction, slot, at, depth + 1, found);
        return;
    }
    let children: Vec<(String, &Value)> = match slot {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| (k.replace('~', "~0").replace('/', "~1"), v))
            .collect(),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (i.to_string(), v))
            .collect(),
        _ => return,
    };
    for (segment, child) in children {
        let name = segment.replace("~1", "/").replace("~0", "~");
        if let Some(member) = member_schema(&schema, &name) {
            let path = format!("{at}/{segment}");
            invalid_given_under(contract, member, direction, child, &path, depth + 1, found);
        }
    }
}

/// A value for `id` built from its constraints, not from its own `example` or `default`
/// (members are [`bounded_sample`]s, so their examples still show). Objects carry every
/// member that fits the node budget when `full`, else their required members only; arrays
/// their minimum number of items.
fn unexampled(contract: &Contract, id: SchemaId, direction: Direction, full: bool) -> Value {
    let schema = contract.schemas.merged(id);
    if let Some(first) = schema.one_of.first().or(schema.any_of.first()) {
        let mut value = bounded_sample(contract, *first, direction);
        // A discriminator must name the member chosen.
        if let (Some(d), Value::Object(map)) = (&schema.discriminator, &mut value)
            && let Some((tag, _)) = d.mapping.iter().find(|(_, target)| *target == first)
        {
            map.insert(d.property_name.clone(), Value::String(tag.clone()));
        }
        return value;
    }
    match schema.types.single().or_else(|| infer(&schema)) {
        Some(JsonType::Object) => {
            // Every member while they fit one budget together (a replaced example should
            // look like one: ids and links in it feed clients and stateful tests), then the
            // required ones only. Not `full`: required and scalar members, which cannot nest
            // the schema again.
            let mut budget = NODE_BUDGET;
            let mut map = Map::new();
            for (name, prop) in &schema.properties {
                if hidden(contract, *prop, direction) {
                    continue;
                }
                if full && fits(contract, *prop, direction, 0, &mut budget) {
                    map.insert(name.clone(), sample(contract, *prop, direction));
                } else if schema.is_required(name) || !full && is_scalar(contract, *prop) {
                    map.insert(name.clone(), bounded_sample(contract, *prop, direction));
                }
            }
            if let Some(d) = &schema.discriminator
                && !map.contains_key(&d.property_name)
                && let Some((tag, _)) = d.mapping.first()
            {
                map.insert(d.property_name.clone(), Value::String(tag.clone()));
            }
            Value::Object(map)
        }
        Some(JsonType::Array) => {
            let n = schema.min_items.unwrap_or(0).min(16);
            match schema.items {
                Some(item) => Value::Array(
                    (0..n)
                        .map(|_| bounded_sample(contract, item, direction))
                        .collect(),
                ),
                None => Value::Array(Vec::new()),
            }
        }
        Some(JsonType::String) => Value::String(constrained_string(&schema)),
        Some(JsonType::Integer) | Some(JsonType::Number) => json!(constrained_integer(&schema)),
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

/// Whether `id` is a plain string, number or boolean (no members, no alternatives).
fn is_scalar(contract: &Contract, id: SchemaId) -> bool {
    let schema = contract.schemas.merged(id);
    schema.one_of.is_empty()
        && schema.any_of.is_empty()
        && matches!(
            schema.types.single().or_else(|| infer(&schema)),
            Some(JsonType::String | JsonType::Integer | JsonType::Number | JsonType::Boolean)
        )
}

/// A string within the schema's pattern, format and length bounds, as far as they can be
/// met together.
fn constrained_string(schema: &Schema) -> String {
    if let Some(pattern) = &schema.pattern
        && let Some(text) = string_matching(pattern, schema.min_length, schema.max_length)
    {
        return text;
    }
    let base = match schema.format.as_deref() {
        Some("date-time") => "2024-01-15T09:30:00Z",
        Some("date") => "2024-01-15",
        Some("time") => "09:30:00Z",
        Some("uuid") => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        Some("email") => "user@example.com",
        Some("uri") | Some("url") => "https://example.com/resource",
        Some("hostname") => "example.com",
        Some("ipv4") => "192.0.2.1",
        Some("ipv6") => "2001:db8::1",
        Some("byte") => "aGVsbG8=",
        _ => "string",
    };
    let min = schema.min_length.unwrap_or(0).min(MAX_LEN) as usize;
    let mut text = base.to_string();
    while text.chars().count() < min {
        text.push('x');
    }
    if let Some(max) = schema.max_length {
        text = text.chars().take(max as usize).collect();
    }
    text
}

/// The integer nearest 1 within the schema's bounds.
fn constrained_integer(schema: &Schema) -> i64 {
    let mut v: f64 = 1.0;
    if let Some(b) = schema.minimum {
        let lo = if b.exclusive {
            b.value.floor() + 1.0
        } else {
            b.value.ceil()
        };
        v = v.max(lo);
    }
    if let Some(b) = schema.maximum {
        let hi = if b.exclusive {
            b.value.ceil() - 1.0
        } else {
            b.value.floor()
        };
        v = v.min(hi);
    }
    if let Some(m) = schema.multiple_of.filter(|m| *m >= 1.0 && m.fract() == 0.0) {
        v = (v / m).ceil() * m;
    }
    if v.is_finite() && v.abs() < 9e15 {
        v as i64
    } else {
        1
    }
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

    /// A schema whose invalid example nests the schema itself (Square's `CatalogObject`)
    /// is replaced by a valid value, without the value growing round after round.
    #[test]
    fn nested_invalid_examples_are_replaced_boundedly() {
        let doc = r#"
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Page:
      type: object
      required: [items]
      properties:
        items: {type: array, items: {$ref: '#/components/schemas/Node'}}
        cursor: {type: string}
      example: {items: [], cursor: null}
    Node:
      type: object
      required: [id, kind]
      properties:
        id: {type: string}
        kind: {type: string, enum: [leaf, branch]}
        at: {type: string, format: date-time}
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
        parent:
          anyOf:
            - {$ref: '#/components/schemas/Node'}
            - {type: 'null'}
        tags: {type: array, items: {$ref: '#/components/schemas/Node'}}
      example: {name: orphan}
"#;
        let c = accord_spec::load_str("t.yaml", doc).unwrap();
        let id = c.components["Page"];
        let checked = checked_sample(&c, id, Direction::Response);
        let issues = Validator::new(&c, id, Direction::Response).issues(&checked.value);
        assert!(issues.is_empty(), "{issues:?} {}", checked.value);
        assert!(
            checked.replaced_examples[0].starts_with("the example of the schema at / violates"),
            "{:?}",
            checked.replaced_examples
        );
        assert!(
            checked.value.to_string().len() < 20_000,
            "{}",
            checked.value
        );
        assert_eq!(
            checked.value["items"][0]["at"],
            json!("2024-01-15T09:30:00Z")
        );
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
