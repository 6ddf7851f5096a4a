//! The shape of a list response: where its items live (the body itself, or its items
//! array field, found the way the runner finds it: `plan::list_items`), the items' schema,
//! and a documented item to fit stored resources onto.

use std::sync::Arc;

use accord_schema::Direction;
use accord_spec::{Contract, SchemaId};
use serde_json::Value;

use super::fit::{Fitting, id_of};
use super::validators::SharedValidators;
use crate::plan;

/// Where a list body keeps its items and what one looks like.
pub(crate) struct ListBody {
    /// The items' field; `None` when the body is the array.
    field: Option<String>,
    /// A documented item, ready to have a stored resource fitted in.
    item: Fitting,
}

impl ListBody {
    /// The shape of `base`, the documented body of a list response with schema `schema`.
    pub fn of(
        contract: &Arc<Contract>,
        validators: &Arc<SharedValidators>,
        schema: SchemaId,
        base: &Value,
    ) -> Option<ListBody> {
        let merged = contract.schemas.merged(schema);
        let (field, array_schema) = match base {
            Value::Array(_) => (None, schema),
            Value::Object(map) => {
                let items = plan::list_items(base)?;
                let (name, _) = map
                    .iter()
                    .find(|(_, v)| v.as_array().is_some_and(|a| std::ptr::eq(a, items)))?;
                (Some(name.clone()), *merged.properties.get(name)?)
            }
            _ => return None,
        };
        let item_schema = if field.is_none() {
            merged.items?
        } else {
            contract.schemas.merged(array_schema).items?
        };
        let base_item = plan::list_items(base)
            .and_then(|items| items.first().cloned())
            .unwrap_or_else(|| accord_schema::sample(contract, item_schema, Direction::Response));
        Some(ListBody {
            field,
            item: Fitting::new(contract, validators, item_schema, base_item),
        })
    }

    /// A stored resource as an item of this list.
    pub fn fit_item(&self, stored: &Value, id_field: &str) -> Value {
        if self.item.validator().is_valid(stored) {
            return stored.clone();
        }
        match id_of(stored, id_field) {
            Some(id) => self.item.stored(stored, id_field, &id),
            None => self.item.fit(super::fit::fields(stored)),
        }
    }

    /// `base` with its items replaced.
    pub fn with_items(&self, base: &Value, items: Vec<Value>) -> Value {
        match &self.field {
            None => Value::Array(items),
            Some(f) => {
                let mut out = base.clone();
                if let Some(map) = out.as_object_mut() {
                    map.insert(f.clone(), Value::Array(items));
                }
                out
            }
        }
    }
}
