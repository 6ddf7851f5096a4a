//! Form bodies (`application/x-www-form-urlencoded`) as the objects their schemas describe.
//!
//! Vendors with form bodies nest them with brackets (Stripe: `metadata[order]=6735`,
//! `items[0][price]=p_1`, `expand[]=customer`), so a key is a path: each bracket opens a
//! level, an empty or numeric bracket an array item. A field whose schema is an object or
//! an array may also arrive as JSON text (`metadata={"order":"6735"}`), which is read as
//! that JSON. Leaves are coerced to the type their schema declares, as query parameters
//! are (`amount=2000` is an integer), so validation judges what the client meant.

use accord_spec::{Additional, Contract, JsonType, ParamIn, SchemaId, Types};
use serde_json::{Map, Value};

use super::params::{self, Shape};

/// Deepest nesting read from one key (deeper brackets stay part of the last name).
const MAX_DEPTH: usize = 16;
/// Largest array index honoured (a larger one is appended, so `a[999999]` stays small).
const MAX_INDEX: usize = 1_000;

/// One level of a form body before coercion: the texts sent for a key, or its children
/// in the order first seen.
enum Raw {
    Leaf(Vec<String>),
    Node(Vec<(String, Raw)>),
}

/// The form body `text` as the value `schema` describes.
pub(crate) fn form_value(contract: &Contract, schema: SchemaId, text: &str) -> Value {
    let mut root: Vec<(String, Raw)> = Vec::new();
    for (key, value) in params::parse_query(Some(text)) {
        insert(&mut root, &key_path(&key), value);
    }
    object(contract, Some(schema), root)
}

/// `items[0][price]` → `["items", "0", "price"]`; `expand[]` → `["expand", ""]`. A key that
/// is not well bracketed is one name.
fn key_path(key: &str) -> Vec<String> {
    let Some(open) = key.find('[').filter(|i| *i > 0 && key.ends_with(']')) else {
        return vec![key.to_string()];
    };
    let mut path = vec![key[..open].to_string()];
    let mut rest = &key[open..];
    while let Some(inner) = rest.strip_prefix('[') {
        let Some(close) = inner.find(']') else {
            return vec![key.to_string()];
        };
        if path.len() >= MAX_DEPTH {
            return vec![key.to_string()];
        }
        path.push(inner[..close].to_string());
        rest = &inner[close + 1..];
    }
    if rest.is_empty() {
        path
    } else {
        vec![key.to_string()]
    }
}

fn insert(level: &mut Vec<(String, Raw)>, path: &[String], value: String) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    // `a[]=x&a[]=y`: every empty bracket is a new item.
    let position = if first.is_empty() {
        None
    } else {
        level.iter().position(|(k, _)| k == first)
    };
    let slot = match position {
        Some(i) => &mut level[i].1,
        None => {
            let fresh = if rest.is_empty() {
                Raw::Leaf(Vec::new())
            } else {
                Raw::Node(Vec::new())
            };
            level.push((first.clone(), fresh));
            let last = level.len() - 1;
            &mut level[last].1
        }
    };
    match (slot, rest.is_empty()) {
        (Raw::Leaf(values), true) => values.push(value),
        (Raw::Node(children), false) => insert(children, rest, value),
        // `a=1&a[b]=2`: the shapes disagree; the first one sent stands.
        _ => {}
    }
}

fn object(contract: &Contract, schema: Option<SchemaId>, children: Vec<(String, Raw)>) -> Value {
    let target = schema.and_then(|id| params::member(contract, id, JsonType::Object, 0));
    let merged = target.map(|id| contract.schemas.merged(id));
    let mut map = Map::new();
    for (name, raw) in children {
        let child = merged.as_ref().and_then(|s| {
            s.properties.get(&name).copied().or(match s.additional {
                Additional::Schema(a) => Some(a),
                _ => None,
            })
        });
        map.insert(name, convert(contract, child, raw));
    }
    Value::Object(map)
}

fn convert(contract: &Contract, schema: Option<SchemaId>, raw: Raw) -> Value {
    match raw {
        Raw::Leaf(values) => leaf(contract, schema, &values),
        Raw::Node(children) => {
            let listed = children
                .iter()
                .all(|(k, _)| k.is_empty() || k.parse::<usize>().is_ok());
            let array = schema.and_then(|id| params::member(contract, id, JsonType::Array, 0));
            match array {
                Some(id) if listed => {
                    let items = contract.schemas.merged(id).items;
                    let mut indexed: Vec<(usize, Raw)> = children
                        .into_iter()
                        .enumerate()
                        .map(|(n, (k, r))| {
                            let index = k.parse::<usize>().unwrap_or(MAX_INDEX + n);
                            (index.min(MAX_INDEX + n), r)
                        })
                        .collect();
                    indexed.sort_by_key(|(i, _)| *i);
                    Value::Array(
                        indexed
                            .into_iter()
                            .map(|(_, r)| convert(contract, items, r))
                            .collect(),
                    )
                }
                _ => object(contract, schema, children),
            }
        }
    }
}

/// The texts sent for one key, as the value its schema describes.
fn leaf(contract: &Contract, schema: Option<SchemaId>, values: &[String]) -> Value {
    let texts: Vec<&str> = values.iter().map(String::as_str).collect();
    let shape = params::shape(contract, schema, ParamIn::Query, None);
    match shape {
        Shape::Object => match texts.first().map(|t| serde_json::from_str::<Value>(t)) {
            Some(Ok(v @ Value::Object(_))) => v,
            // `transfer_data=` for `anyOf: [object, {enum: [""]}]`, `created=5` beside an
            // object: the value as one of the other types the schema allows.
            _ => params::scalar(
                schema.map_or(Types::ANY, |id| params::value_types(contract, id)),
                texts.first().copied().unwrap_or_default(),
            ),
        },
        // `discounts=` (`anyOf: [array, {enum: [""]}]`): one empty text is no item, whatever
        // the items are, as `params::coerce` reads it.
        Shape::Array(..) if texts == [""] => Value::Array(Vec::new()),
        Shape::Array(..) => {
            // Items that are objects travel as JSON text, one per occurrence.
            let items = schema.and_then(|id| params::array_items(contract, id));
            let item_shape = params::shape(contract, items, ParamIn::Query, None);
            if item_shape == Shape::Object {
                return Value::Array(
                    texts
                        .iter()
                        .map(|t| leaf(contract, items, &[(*t).to_string()]))
                        .collect(),
                );
            }
            if let [one] = texts.as_slice()
                && let Ok(v @ Value::Array(_)) = serde_json::from_str::<Value>(one)
            {
                return v;
            }
            params::coerce(shape, &texts)
        }
        // `Url=` for a nullable field: how a form sends `null`.
        Shape::Scalar(_)
            if texts.iter().all(|t| t.is_empty())
                && schema.is_some_and(|id| contract.schemas.merged(id).is_nullable()) =>
        {
            Value::Null
        }
        Shape::Scalar(_) => params::coerce(shape, &texts),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracketed_keys_are_paths() {
        assert_eq!(key_path("a"), vec!["a"]);
        assert_eq!(key_path("a[b][0]"), vec!["a", "b", "0"]);
        assert_eq!(key_path("a[]"), vec!["a", ""]);
        assert_eq!(key_path("a[b"), vec!["a[b"]);
        assert_eq!(key_path("[b]"), vec!["[b]"]);
        assert_eq!(key_path("a[b]c"), vec!["a[b]c"]);
    }

    /// Fields that may be a word or a number, `""` or an object (the way Stripe unsets a
    /// field), as the mock's validator must see them.
    #[test]
    fn a_text_is_read_as_the_member_type_it_spells() {
        let fixture = include_str!("../../tests/fixtures/form-bodies/unions.yaml");
        let contract = accord_spec::load_str("unions.yaml", fixture).unwrap();
        let schema = contract.operations[0]
            .request_body
            .as_ref()
            .unwrap()
            .content[0]
            .schema
            .unwrap();
        let read = |text: &str| form_value(&contract, schema, text);
        assert_eq!(
            read(
                "tiers[0][up_to]=5&tiers[1][up_to]=inf&trial_end=1700000000&transfer_data[amount]=3"
            ),
            serde_json::json!({
                "tiers": [{"up_to": 5}, {"up_to": "inf"}],
                "trial_end": 1_700_000_000,
                "transfer_data": {"amount": 3},
            })
        );
        assert_eq!(
            read("trial_end=now&transfer_data="),
            serde_json::json!({"trial_end": "now", "transfer_data": ""})
        );
        assert_eq!(read("trial_end="), serde_json::json!({"trial_end": ""}));
        assert_eq!(read("discounts="), serde_json::json!({"discounts": []}));
        let validator =
            accord_schema::Validator::new(&contract, schema, accord_schema::Direction::Request);
        assert!(validator.is_valid(&read("tiers[0][up_to]=5&trial_end=-3")));
    }
}
