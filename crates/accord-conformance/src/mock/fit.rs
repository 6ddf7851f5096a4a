//! Fitting known data into a documented shape: a stored resource served by another
//! operation, a request's fields echoed in a created resource, a problem's `detail` in a
//! vendor's error body. The documented sample is the base (valid by construction); each
//! field of the overlay that the schema names is copied over only while the whole stays
//! valid, so the mock serves what it knows without ever serving what the contract forbids.

use accord_schema::Validator;
use accord_spec::{Contract, SchemaId};
use serde_json::{Map, Value};

use crate::plan;

/// Most overlay fields fitted one by one when fitting them all at once fails.
const MAX_FIELDWISE: usize = 24;

/// `base` with the fields of `overlay` the schema `schema` names, as many as keep it valid
/// against `validator`.
pub(crate) fn fit(
    contract: &Contract,
    schema: SchemaId,
    validator: &Validator,
    base: &Value,
    overlay: &Map<String, Value>,
) -> Value {
    let Value::Object(base_map) = base else {
        return base.clone();
    };
    let properties = &contract.schemas.merged(schema).properties;
    let overlay: Map<String, Value> = overlay
        .iter()
        .map(|(k, v)| (k.clone(), like(base_map.get(k), v)))
        .collect();
    let overlay = &overlay;
    let mut whole = base_map.clone();
    let mut copied = false;
    for (k, v) in overlay {
        if properties.contains_key(k) || base_map.contains_key(k) {
            whole.insert(k.clone(), v.clone());
            copied = true;
        }
    }
    if !copied {
        return base.clone();
    }
    let candidate = Value::Object(whole);
    if validator.is_valid(&candidate) {
        return candidate;
    }
    // One field at a time: whatever keeps the body valid stays (for a body of reasonable
    // width: each step validates the whole, and Stripe's objects have a hundred fields).
    if overlay.len() > MAX_FIELDWISE {
        return base.clone();
    }
    let mut current = base_map.clone();
    for (k, v) in overlay {
        if !(properties.contains_key(k) || base_map.contains_key(k)) {
            continue;
        }
        let previous = current.insert(k.clone(), v.clone());
        if !validator.is_valid(&Value::Object(current.clone())) {
            match previous {
                Some(p) => current.insert(k.clone(), p),
                None => current.remove(k),
            };
        }
    }
    Value::Object(current)
}

/// `value` shaped like `documented` when both are lists of objects: each item becomes
/// the documented first item with the fields it shares replaced (`message` standing in for
/// a documented `detail` and back), so a problem's `errors` take the vendor's item shape.
fn like(documented: Option<&Value>, value: &Value) -> Value {
    let (Some(Value::Array(doc)), Value::Array(items)) = (documented, value) else {
        return value.clone();
    };
    let Some(Value::Object(template)) = doc.first() else {
        return value.clone();
    };
    let shaped = items
        .iter()
        .map(|item| {
            let Value::Object(fields) = item else {
                return item.clone();
            };
            let mut out = template.clone();
            for (k, v) in fields {
                let target = if template.contains_key(k) {
                    Some(k.as_str())
                } else {
                    match k.as_str() {
                        "message" if template.contains_key("detail") => Some("detail"),
                        "message" if template.contains_key("description") => Some("description"),
                        _ => None,
                    }
                };
                if let Some(t) = target {
                    out.insert(t.to_string(), v.clone());
                }
            }
            Value::Object(out)
        })
        .collect();
    Value::Array(shaped)
}

/// The ID of a resource body as text ([`plan::id_value`]).
pub(crate) fn id_of(body: &Value, field: &str) -> Option<String> {
    match plan::id_value(body, field)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `body` with its ID (where [`id_of`] finds it) set to `id`, typed like the old one.
pub(crate) fn with_id(body: &Value, field: &str, id: &str) -> Value {
    let mut out = body.clone();
    let slot = if field.contains('/') {
        out.pointer_mut(&format!("/{field}"))
    } else if out.get(field).is_some() {
        out.get_mut(field)
    } else {
        out.get_mut("data").and_then(|d| d.get_mut(field))
    };
    if let Some(slot) = slot {
        *slot = match slot {
            Value::Number(_) => id
                .parse::<u64>()
                .map(Value::from)
                .unwrap_or_else(|_| Value::String(id.to_string())),
            _ => Value::String(id.to_string()),
        };
    }
    out
}

/// The fields of a resource body to carry over: a `data` wrapper's fields, else its own.
pub(crate) fn fields(body: &Value) -> Map<String, Value> {
    match body {
        Value::Object(m) => m.clone(),
        _ => Map::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ids_are_found_at_the_top_or_in_a_data_wrapper() {
        assert_eq!(id_of(&json!({"id": "a"}), "id").as_deref(), Some("a"));
        assert_eq!(
            id_of(&json!({"data": {"id": 7}}), "id").as_deref(),
            Some("7")
        );
        assert_eq!(id_of(&json!({"id": ""}), "id"), None);
        assert_eq!(with_id(&json!({"id": 1}), "id", "42"), json!({"id": 42}));
        assert_eq!(
            with_id(&json!({"data": {"id": "x"}}), "id", "y"),
            json!({"data": {"id": "y"}})
        );
    }
}
