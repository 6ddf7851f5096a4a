//! Resources an operation's answers wrap in an envelope (`{"status_code": 200, "data":
//! {"id": ..}}`, every Apideck unified API) while its list holds the bare items. The
//! store keeps the resource itself, never an answer's envelope: a created or updated
//! item then lists with its ID and fields, and an answer that wraps it gets it back under
//! `data`.
//!
//! A body wraps its resource when the resource's ID is not at its top but in its `data`
//! object; an `Event {id, data}` keeps its own ID at the top and is no envelope.

use serde_json::{Map, Value};

use crate::plan::{self, WRAPPER};

/// Whether `body` (a documented answer) wraps the resource whose ID is `id_field` in
/// `data`.
pub(crate) fn wraps(body: &Value, id_field: &str) -> bool {
    !id_field.contains('/')
        && body.get(id_field).is_none()
        && plan::id_value(body, id_field).is_some()
}

/// The resource a create stores when its answer `body` wraps it: the request's fields
/// with what the answer says of the resource (its new ID).
pub(crate) fn created(body: &Value, mut request: Map<String, Value>) -> Value {
    if let Some(Value::Object(data)) = body.get(WRAPPER) {
        for (k, v) in data {
            request.insert(k.clone(), v.clone());
        }
    }
    Value::Object(request)
}

/// A stored resource made the overlay of an answer shaped like `base`, which wraps it:
/// `base`'s documented resource with the stored fields in, under `data`.
pub(crate) fn wrapped(base: &Value, stored: &Value) -> Value {
    let mut data = base
        .get(WRAPPER)
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    if let Value::Object(fields) = stored {
        for (k, v) in fields {
            data.insert(k.clone(), v.clone());
        }
    }
    let mut overlay = Map::new();
    overlay.insert(WRAPPER.into(), Value::Object(data));
    Value::Object(overlay)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_id_under_data_is_an_envelope_an_id_at_the_top_is_not() {
        assert!(wraps(&json!({"status": "OK", "data": {"id": "1"}}), "id"));
        assert!(!wraps(&json!({"id": "e1", "data": {"id": "1"}}), "id"));
        assert!(!wraps(&json!({"data": "bytes"}), "id"));
        assert!(!wraps(
            &json!({"missionProfileId": "m"}),
            "missionProfileId"
        ));
    }

    #[test]
    fn the_store_keeps_the_resource_and_answers_wrap_it_again() {
        let answer = json!({"status_code": 201, "data": {"id": "u7"}});
        let stored = created(&answer, json!({"name": "Ada"}).as_object().unwrap().clone());
        assert_eq!(stored, json!({"name": "Ada", "id": "u7"}));
        let base =
            json!({"status_code": 200, "data": {"id": "12345", "name": "Elon", "emails": []}});
        assert_eq!(
            wrapped(&base, &stored),
            json!({"data": {"id": "u7", "name": "Ada", "emails": []}})
        );
    }
}
