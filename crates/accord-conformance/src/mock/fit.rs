//! Fitting known data into a documented shape: a stored resource served by another
//! operation, a request's fields echoed in a created resource, a problem's `detail` in a
//! vendor's error body. The documented sample is the base (valid by construction); each
//! field of the overlay that the schema names is copied over only while the whole stays
//! valid, so the mock serves what it knows without ever serving what the contract forbids.
//!
//! A [`Fitting`] is prepared once per documented body. When its schema judges an object
//! field by field ([`Fieldwise`]) and the base is valid, a body that differs from a valid
//! one in a few fields is judged by validating those fields alone: the same verdict as
//! validating the whole body, without validating the documented fields (an email address,
//! a date) again on every request.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, OnceLock};

use accord_schema::{Direction, FieldJudge, Fieldwise, Validator};
use accord_spec::{Contract, SchemaId};
use serde_json::{Map, Value};

use super::validators::SharedValidators;
use crate::plan;

/// Most overlay fields fitted one by one when fitting them all at once fails.
const MAX_FIELDWISE: usize = 24;

/// A documented body prepared to have known data fitted in.
pub(crate) struct Fitting {
    base: Value,
    validator: Arc<Validator>,
    /// The property names of the schema and its `allOf` parts: what may be fitted in
    /// besides the base's own fields.
    names: HashSet<String>,
    /// How to judge changed fields alone; `None` when only the whole body can be judged
    /// (the schema looks at the object as a whole, or the base itself is invalid).
    fields: Option<FieldChecks>,
}

/// The validators of an object's fields, each compiled the first time a field it judges
/// changes.
struct FieldChecks {
    fieldwise: Fieldwise,
    contract: Arc<Contract>,
    validators: Arc<SharedValidators>,
    /// By schema (ordered: a lookup compares a few numbers instead of hashing one).
    compiled: BTreeMap<SchemaId, OnceLock<Arc<Validator>>>,
}

impl FieldChecks {
    /// Whether `value` is accepted as the field `key`; `None` when only the whole body's
    /// validator can tell (the field is not allowed at all, or its validator did not
    /// compile).
    fn accepts(&self, key: &str, value: &Value) -> Option<bool> {
        match self.fieldwise.judge(key) {
            FieldJudge::Unconstrained => Some(true),
            FieldJudge::Whole => None,
            FieldJudge::Schema(id) => {
                let validator = self
                    .compiled
                    .get(&id)?
                    .get_or_init(|| self.validators.get(&self.contract, id, Direction::Response));
                validator.is_compiled().then(|| validator.is_valid(value))
            }
        }
    }
}

impl Fitting {
    /// `base`, the documented body of schema `schema`, ready to be fitted into.
    pub fn new(
        contract: &Arc<Contract>,
        validators: &Arc<SharedValidators>,
        schema: SchemaId,
        base: Value,
    ) -> Fitting {
        let validator = validators.get(contract, schema, Direction::Response);
        let names = contract
            .schemas
            .merged(schema)
            .properties
            .into_keys()
            .collect();
        let fields = Fieldwise::of(contract, schema)
            .filter(|_| base.is_object() && validator.is_compiled() && validator.is_valid(&base))
            .map(|fieldwise| {
                let s = contract.schemas.get(schema);
                let judges = s.properties.values().copied().chain(match s.additional {
                    accord_spec::Additional::Schema(id) => Some(id),
                    _ => None,
                });
                FieldChecks {
                    compiled: judges.map(|id| (id, OnceLock::new())).collect(),
                    fieldwise,
                    contract: contract.clone(),
                    validators: validators.clone(),
                }
            });
        Fitting {
            base,
            validator,
            names,
            fields,
        }
    }

    /// The validator of the whole body.
    pub fn validator(&self) -> &Validator {
        &self.validator
    }

    /// Whether `body` is valid, knowing that it equals a valid body of this schema except
    /// in the top-level fields `changed` (replaced or added, none removed).
    fn valid_after_change<'k>(
        &self,
        body: &Value,
        changed: impl IntoIterator<Item = &'k str>,
    ) -> bool {
        if let (Some(checks), Value::Object(map)) = (&self.fields, body) {
            let verdict = changed.into_iter().try_fold(true, |all, key| {
                let accepted = map
                    .get(key)
                    .map_or(Some(true), |v| checks.accepts(key, v))?;
                Some(all && accepted)
            });
            if let Some(fields_valid) = verdict {
                return fields_valid;
            }
        }
        self.validator.is_valid(body)
    }

    /// The base with the fields of `overlay` the schema names, as many as keep it valid.
    pub fn fit(&self, overlay: Map<String, Value>) -> Value {
        let Value::Object(base_map) = &self.base else {
            return self.base.clone();
        };
        let width = overlay.len();
        let mut keys: Vec<String> = Vec::with_capacity(width);
        let mut candidate = self.base.clone();
        if let Value::Object(whole) = &mut candidate {
            for (k, v) in overlay {
                let documented = base_map.get(&k);
                if documented.is_some() || self.names.contains(&k) {
                    let shaped = like(documented, v);
                    keys.push(k.clone());
                    whole.insert(k, shaped);
                }
            }
        }
        if keys.is_empty() {
            return self.base.clone();
        }
        if self.valid_after_change(&candidate, keys.iter().map(String::as_str)) {
            return candidate;
        }
        // One field at a time: whatever keeps the body valid stays (for a body of reasonable
        // width: each step validates the whole, and Stripe's objects have a hundred fields).
        if width > MAX_FIELDWISE {
            return self.base.clone();
        }
        let Value::Object(mut tried) = candidate else {
            return self.base.clone();
        };
        let mut current = self.base.clone();
        for k in keys {
            let (Some(v), Value::Object(map)) = (tried.remove(&k), &mut current) else {
                continue;
            };
            let previous = map.insert(k.clone(), v);
            if !self.valid_after_change(&current, [k.as_str()])
                && let Value::Object(map) = &mut current
            {
                match previous {
                    Some(p) => map.insert(k, p),
                    None => map.remove(&k),
                };
            }
        }
        current
    }

    /// A created resource: the base with `overlay` fitted in and ID `id`; else the base with
    /// that ID when the fields cannot keep it; else the base as documented.
    pub fn created(&self, overlay: Map<String, Value>, id_field: &str, id: &str) -> Value {
        let mut with_new = self.fit(overlay);
        let changed = id_key(&with_new, id_field);
        set_id(&mut with_new, id_field, id);
        if self.valid_after_change(&with_new, changed.as_deref()) {
            return with_new;
        }
        let mut plain = self.base.clone();
        let changed = id_key(&plain, id_field);
        set_id(&mut plain, id_field, id);
        if self.valid_after_change(&plain, changed.as_deref()) {
            plain
        } else {
            self.base.clone()
        }
    }

    /// A stored resource as this body: its fields fitted in, with ID `id` when that keeps
    /// it valid.
    pub fn stored(&self, stored: &Value, id_field: &str, id: &str) -> Value {
        let mut body = self.fit(fields(stored));
        let Some(key) = id_key(&body, id_field) else {
            return body;
        };
        let previous = body.get(key.as_ref()).cloned();
        set_id(&mut body, id_field, id);
        if !self.valid_after_change(&body, [key.as_ref()])
            && let (Value::Object(map), Some(previous)) = (&mut body, previous)
        {
            map.insert(key.into_owned(), previous);
        }
        body
    }
}

/// `value` shaped like `documented` when both are lists of objects: each item becomes
/// the documented first item with the fields it shares replaced (`message` standing in for
/// a documented `detail` and back), so a problem's `errors` take the vendor's item shape.
fn like(documented: Option<&Value>, value: Value) -> Value {
    let (Some(Value::Array(doc)), Value::Array(items)) = (documented, &value) else {
        return value;
    };
    let Some(Value::Object(template)) = doc.first() else {
        return value;
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
    set_id(&mut out, field, id);
    out
}

/// The top-level field of `body` that holds its ID (where [`id_of`] looks), if it has one.
fn id_key<'f>(body: &Value, field: &'f str) -> Option<Cow<'f, str>> {
    let key = if let Some((first, _)) = field.split_once('/') {
        Cow::Owned(first.replace("~1", "/").replace("~0", "~"))
    } else if body.get(field).is_some() {
        Cow::Borrowed(field)
    } else {
        Cow::Borrowed(plan::WRAPPER)
    };
    body.get(key.as_ref()).is_some().then_some(key)
}

/// Sets the ID of `body` (where [`id_of`] finds it) to `id`, typed like the old one.
fn set_id(body: &mut Value, field: &str, id: &str) {
    let slot = if field.contains('/') {
        body.pointer_mut(&format!("/{field}"))
    } else if body.get(field).is_some() {
        body.get_mut(field)
    } else {
        body.get_mut(plan::WRAPPER).and_then(|d| d.get_mut(field))
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
}

/// The fields of a stored resource to carry over (a stored resource is never wrapped:
/// `envelope.rs`).
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
