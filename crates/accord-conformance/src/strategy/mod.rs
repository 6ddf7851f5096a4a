//! Proptest strategies from the Contract model's schemas: one `Strategy<Value = Value>` per
//! schema honouring types, formats, enums, patterns, lengths, ranges, `required`, nullable,
//! `oneOf`/`anyOf`/`allOf` and `additionalProperties`; and targeted invalid values
//! ([`negative`]) for negative testing. Whatever a strategy cannot guarantee (a pattern
//! combined with lengths, `uniqueItems` over few values) is checked afterwards by the
//! runner with the real validator, which falls back to the contract's examples.

pub mod negative;
pub mod string;

use accord_schema::Direction;
use accord_spec::{Contract, JsonType, Schema, SchemaId};
use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, Just, Union};
use serde_json::{Map, Value, json};

/// Deepest nesting generated; below it only required members are built.
const MAX_DEPTH: usize = 5;
/// Most array items generated above `minItems`.
const EXTRA_ITEMS: u64 = 3;

/// A strategy for valid values of `id` in `direction`.
pub fn schema_strategy(
    contract: &Contract,
    id: SchemaId,
    direction: Direction,
) -> BoxedStrategy<Value> {
    build(contract, id, direction, 0)
}

fn build(
    contract: &Contract,
    id: SchemaId,
    direction: Direction,
    depth: usize,
) -> BoxedStrategy<Value> {
    let schema = contract.schemas.merged(id);
    let inner = non_null(contract, &schema, direction, depth);
    if schema.is_nullable() && schema.const_value.is_none() {
        Union::new_weighted(vec![(1, Just(Value::Null).boxed()), (9, inner)]).boxed()
    } else {
        inner
    }
}

fn non_null(
    contract: &Contract,
    schema: &Schema,
    direction: Direction,
    depth: usize,
) -> BoxedStrategy<Value> {
    if schema.never {
        return Just(Value::Null).boxed();
    }
    if schema.unknown {
        return Just(json!("value")).boxed();
    }
    if let Some(c) = &schema.const_value {
        return Just(c.clone()).boxed();
    }
    if let Some(values) = &schema.enum_values {
        let values: Vec<Value> = values.iter().filter(|v| !v.is_null()).cloned().collect();
        if !values.is_empty() {
            return proptest::sample::select(values).boxed();
        }
    }
    let members: Vec<SchemaId> = schema
        .one_of
        .iter()
        .chain(schema.any_of.iter())
        .copied()
        .collect();
    if !members.is_empty() && depth < MAX_DEPTH * 2 {
        let options: Vec<BoxedStrategy<Value>> = members
            .iter()
            .map(|m| {
                let member = build(contract, *m, direction, depth + 1);
                let tag = schema.discriminator.as_ref().and_then(|d| {
                    d.mapping
                        .iter()
                        .find(|(_, t)| *t == m)
                        .map(|(k, _)| (d.property_name.clone(), k.clone()))
                        .or_else(|| {
                            contract
                                .schemas
                                .get(*m)
                                .name
                                .clone()
                                .map(|n| (d.property_name.clone(), n))
                        })
                });
                member
                    .prop_map(move |mut v| {
                        if let (Some((prop, tag)), Value::Object(map)) = (&tag, &mut v) {
                            map.insert(prop.clone(), Value::String(tag.clone()));
                        }
                        v
                    })
                    .boxed()
            })
            .collect();
        let union = Union::new(options).boxed();
        if schema.properties.is_empty() {
            return union;
        }
        let base = object(contract, schema, direction, depth);
        return (base, union)
            .prop_map(|(b, m)| match (b, m) {
                (Value::Object(mut b), Value::Object(m)) => {
                    b.extend(m);
                    Value::Object(b)
                }
                (_, m) => m,
            })
            .boxed();
    }
    let ty = schema.types.without_null();
    let chosen: Vec<JsonType> = if ty.is_any() {
        schema
            .implied_type()
            .map(|t| vec![t])
            .unwrap_or_else(|| vec![JsonType::String, JsonType::Integer, JsonType::Boolean])
    } else {
        ty.iter().collect()
    };
    let options: Vec<BoxedStrategy<Value>> = chosen
        .into_iter()
        .map(|t| match t {
            JsonType::Object => object(contract, schema, direction, depth),
            JsonType::Array => array(contract, schema, direction, depth),
            JsonType::String => string::strategy(schema).prop_map(Value::String).boxed(),
            JsonType::Integer => integer(schema),
            JsonType::Number => number(schema),
            JsonType::Boolean => any::<bool>().prop_map(Value::Bool).boxed(),
            JsonType::Null => Just(Value::Null).boxed(),
        })
        .collect();
    if options.len() == 1 {
        options
            .into_iter()
            .next()
            .unwrap_or_else(|| Just(Value::Null).boxed())
    } else {
        Union::new(options).boxed()
    }
}

fn object(
    contract: &Contract,
    schema: &Schema,
    direction: Direction,
    depth: usize,
) -> BoxedStrategy<Value> {
    let mut parts: Vec<BoxedStrategy<Option<(String, Value)>>> = Vec::new();
    for (name, prop_id) in &schema.properties {
        let prop = contract.schemas.get(*prop_id);
        if direction == Direction::Request && prop.read_only
            || direction == Direction::Response && prop.write_only
        {
            continue;
        }
        let required = schema.is_required(name);
        if !required && depth >= MAX_DEPTH {
            continue;
        }
        let name = name.clone();
        let value = build(contract, *prop_id, direction, depth + 1);
        let pair = value.prop_map(move |v| Some((name.clone(), v)));
        if required {
            parts.push(pair.boxed());
        } else {
            parts.push(
                Union::new_weighted(vec![(1, Just(None).boxed()), (1, pair.boxed())]).boxed(),
            );
        }
    }
    parts
        .prop_map(|pairs| {
            Value::Object(pairs.into_iter().flatten().collect::<Map<String, Value>>())
        })
        .boxed()
}

fn array(
    contract: &Contract,
    schema: &Schema,
    direction: Direction,
    depth: usize,
) -> BoxedStrategy<Value> {
    let min = schema.min_items.unwrap_or(0);
    let cap = if depth >= MAX_DEPTH {
        min
    } else {
        min + EXTRA_ITEMS
    };
    let max = schema.max_items.unwrap_or(cap).min(cap).max(min);
    let Some(items) = schema.items else {
        return proptest::collection::vec(
            string::strategy(&Schema::default()).prop_map(Value::String),
            min as usize..=max as usize,
        )
        .prop_map(Value::Array)
        .boxed();
    };
    let unique = schema.unique_items;
    proptest::collection::vec(
        build(contract, items, direction, depth + 1),
        min as usize..=max as usize,
    )
    .prop_map(move |mut v| {
        if unique {
            let mut seen: Vec<Value> = Vec::new();
            v.retain(|x| {
                if seen.contains(x) {
                    false
                } else {
                    seen.push(x.clone());
                    true
                }
            });
        }
        Value::Array(v)
    })
    .boxed()
}

/// Inclusive integer bounds of a schema (formats narrow the default range).
pub fn int_bounds(schema: &Schema) -> (i64, i64) {
    let (mut lo, mut hi) = match schema.format.as_deref() {
        Some("int32") => (i32::MIN as i64, i32::MAX as i64),
        Some("int8") => (i8::MIN as i64, i8::MAX as i64),
        Some("uint8") => (0, u8::MAX as i64),
        _ => (-(1i64 << 40), 1i64 << 40),
    };
    if let Some(b) = schema.minimum {
        let v = if b.exclusive {
            b.value.floor() + 1.0
        } else {
            b.value.ceil()
        };
        lo = lo.max(v.clamp(-9.0e15, 9.0e15) as i64);
    }
    if let Some(b) = schema.maximum {
        let v = if b.exclusive {
            b.value.ceil() - 1.0
        } else {
            b.value.floor()
        };
        hi = hi.min(v.clamp(-9.0e15, 9.0e15) as i64);
    }
    if hi < lo {
        hi = lo;
    }
    (lo, hi)
}

fn integer(schema: &Schema) -> BoxedStrategy<Value> {
    let (lo, hi) = int_bounds(schema);
    if let Some(m) = schema.multiple_of.filter(|m| *m >= 1.0 && m.fract() == 0.0) {
        let m = m as i64;
        let klo = lo.div_euclid(m) + i64::from(lo.rem_euclid(m) != 0);
        let khi = hi.div_euclid(m).max(klo);
        return (klo..=khi)
            .prop_map(move |k| json!(k.saturating_mul(m)))
            .boxed();
    }
    let small_lo = lo.max(-1000);
    let small_hi = hi.min(1000).max(small_lo);
    Union::new_weighted(vec![
        (1, Just(json!(lo)).boxed()),
        (1, Just(json!(hi)).boxed()),
        (4, (small_lo..=small_hi).prop_map(|v| json!(v)).boxed()),
        (2, (lo..=hi).prop_map(|v| json!(v)).boxed()),
    ])
    .boxed()
}

fn number(schema: &Schema) -> BoxedStrategy<Value> {
    if schema.multiple_of.is_some() {
        return integer(schema);
    }
    let lo = schema.minimum.map_or(-1.0e6, |b| b.value);
    let hi = schema.maximum.map_or(1.0e6, |b| b.value).max(lo);
    let lo_ex = schema.minimum.is_some_and(|b| b.exclusive);
    let hi_ex = schema.maximum.is_some_and(|b| b.exclusive);
    (0u32..=10_000)
        .prop_map(move |k| {
            let mut v = lo + (hi - lo) * f64::from(k) / 10_000.0;
            v = (v * 100.0).round() / 100.0;
            if lo_ex && v <= lo {
                v = lo + (hi - lo).min(1.0) / 2.0;
            }
            if hi_ex && v >= hi {
                v = hi - (hi - lo).min(1.0) / 2.0;
            }
            v = v.clamp(lo, hi);
            if v.fract() == 0.0 && v.abs() < 9.0e15 {
                json!(v as i64)
            } else {
                json!(v)
            }
        })
        .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

    #[test]
    fn generated_values_are_valid() {
        let doc = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Thing:
      type: object
      additionalProperties: false
      required: [id, name, kind, qty, when, tags]
      properties:
        id: {type: string, pattern: '^cus_[0-9]{3,6}$'}
        name: {type: string, minLength: 1, maxLength: 20}
        kind: {type: string, enum: [a, b]}
        qty: {type: integer, minimum: 1, maximum: 9, multipleOf: 2}
        price: {type: number, exclusiveMinimum: true, minimum: 0, maximum: 5}
        when: {type: string, format: date-time}
        email: {type: string, format: email}
        ref: {type: string, format: uuid, nullable: true}
        tags: {type: array, items: {type: string, maxLength: 3}, maxItems: 2, uniqueItems: true}
        pet:
          oneOf:
            - {type: object, required: [bark], properties: {bark: {type: boolean}}, additionalProperties: false}
            - {type: object, required: [meow], properties: {meow: {type: integer}}, additionalProperties: false}
"#;
        let c = accord_spec::load_str("t.yaml", doc).unwrap();
        let id = c.components["Thing"];
        let s = schema_strategy(&c, id, Direction::Request);
        let v = accord_schema::Validator::new(&c, id, Direction::Request);
        let mut runner = TestRunner::new_with_rng(
            Config::default(),
            TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
        );
        for _ in 0..300 {
            let value = s.new_tree(&mut runner).unwrap().current();
            assert_eq!(v.issues(&value), vec![], "{value}");
        }
    }
}
