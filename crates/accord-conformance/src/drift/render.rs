//! Writing what was observed as an Overlay 1.0 document: one action per finding, targeting
//! the contract node it extends, in a fixed order, each with `x-accord-drift` saying which
//! operations saw it and how often.

use serde_json::{Map, Value, json};

use super::observe::{Drift, Seen};

impl Drift {
    /// Whether nothing beyond the contract was seen.
    pub fn is_empty(&self) -> bool {
        let observed = match self.observed.lock() {
            Ok(o) => o,
            Err(poisoned) => poisoned.into_inner(),
        };
        observed.properties.is_empty()
            && observed.enum_values.is_empty()
            && observed.statuses.is_empty()
            && observed.headers.is_empty()
            && observed
                .lifecycle
                .values()
                .all(|l| lifecycle_update(l).is_none())
    }

    /// The Overlay 1.0 document (YAML) of what was seen beyond the contract titled
    /// `title`; `extends` names the contract relative to where the overlay is written.
    /// `None` when nothing was seen (an overlay needs at least one action).
    pub fn overlay(&self, title: &str, extends: Option<&str>) -> Option<String> {
        let observed = match self.observed.lock() {
            Ok(o) => o,
            Err(poisoned) => poisoned.into_inner(),
        };
        let mut actions = Vec::new();
        for ((pointer, name), prop) in &observed.properties {
            let mut schema = Map::new();
            let types: Vec<&str> = prop
                .types
                .iter()
                .copied()
                .filter(|t| *t != "null")
                .collect();
            if let [only] = types.as_slice() {
                schema.insert("type".into(), json!(only));
            }
            if prop.types.contains("null") {
                schema.insert("nullable".into(), json!(true));
            }
            if let (false, [format]) = (
                prop.unformatted,
                prop.formats.iter().collect::<Vec<_>>().as_slice(),
            ) {
                schema.insert("format".into(), json!(format));
            }
            if types.len() > 1 {
                schema.insert(
                    "description".into(),
                    json!(format!("Seen as {}.", types.join(", "))),
                );
            }
            schema.insert("x-accord-drift".into(), drift_note(&prop.seen));
            actions.push(action(
                pointer,
                &format!("undocumented property `{name}`"),
                &prop.seen,
                json!({ "properties": { name: Value::Object(schema) } }),
            ));
        }
        for ((pointer, value), seen) in &observed.enum_values {
            actions.push(action(
                &format!("{pointer}/enum"),
                &format!("undocumented enum value `{value}`"),
                seen,
                json!(value),
            ));
        }
        for ((pointer, status), (seen, body_types)) in &observed.statuses {
            let mut response = Map::new();
            response.insert(
                "description".into(),
                json!("Returned by the live API; not in the contract."),
            );
            if let Some(kind) = body_types.iter().next().filter(|_| body_types.len() == 1) {
                response.insert(
                    "content".into(),
                    json!({ "application/json": { "schema": { "type": kind } } }),
                );
            }
            response.insert("x-accord-drift".into(), drift_note(seen));
            actions.push(action(
                &format!("{pointer}/responses"),
                &format!("undocumented status {status}"),
                seen,
                json!({ status.to_string(): Value::Object(response) }),
            ));
        }
        for ((pointer, name), seen) in &observed.headers {
            actions.push(action(
                pointer,
                &format!("undocumented response header `{name}`"),
                seen,
                json!({ "headers": { name: {
                    "schema": { "type": "string" },
                    "x-accord-drift": drift_note(seen),
                } } }),
            ));
        }
        for (pointer, lifecycle) in &observed.lifecycle {
            if let Some((what, update)) = lifecycle_update(lifecycle) {
                actions.push(action(pointer, &what, &lifecycle.seen, update));
            }
        }
        if actions.is_empty() {
            return None;
        }
        let mut doc = Map::new();
        doc.insert("overlay".into(), json!("1.0.0"));
        doc.insert(
            "info".into(),
            json!({
                "title": format!("What the live API of {title} did beyond its contract"),
                "version": "1",
            }),
        );
        if let Some(extends) = extends {
            doc.insert("extends".into(), json!(extends));
        }
        doc.insert("actions".into(), Value::Array(actions));
        serde_yaml::to_string(&Value::Object(doc)).ok()
    }
}

/// The update of an operation the live API deprecates or sunsets when the contract does not
/// say so (or says a later date), and what it says.
fn lifecycle_update(l: &super::observe::Lifecycle) -> Option<(String, Value)> {
    let mut update = Map::new();
    let mut what = Vec::new();
    if !l.deprecation.is_empty() && !l.documented_deprecated {
        update.insert("deprecated".into(), json!(true));
        what.push(format!(
            "deprecated by the live API (Deprecation: {})",
            l.deprecation.iter().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    if let Some(sunset) = l.sunset.iter().next() {
        let live = crate::drift::lifecycle_date(sunset);
        let documented = l.documented_sunset.as_deref();
        if live.is_some() && live.as_deref() != documented {
            update.insert("x-sunset".into(), json!(live));
            what.push(format!("sunset by the live API (Sunset: {sunset})"));
        }
    }
    (!update.is_empty()).then(|| (what.join("; "), Value::Object(update)))
}

fn action(pointer: &str, what: &str, seen: &Seen, update: Value) -> Value {
    let total = seen.total();
    let operations: Vec<&str> = seen.operations.keys().map(String::as_str).collect();
    json!({
        "target": jsonpath(pointer),
        "description": format!(
            "{what}: seen {total} time{} in {}",
            if total == 1 { "" } else { "s" },
            operations.join(", ")
        ),
        "update": update,
        "x-accord-drift": drift_note(seen),
    })
}

fn drift_note(seen: &Seen) -> Value {
    json!({
        "seen": seen.total(),
        "operations": seen.operations,
    })
}

/// An RFC 9535 query selecting the node at a JSON pointer: `$.paths['/pets'].get`. A
/// number after a key whose value is a list in OpenAPI (`allOf`, `parameters`...) is an
/// index; any other token is a member name.
pub(crate) fn jsonpath(pointer: &str) -> String {
    const LISTS: &[&str] = &[
        "allOf",
        "anyOf",
        "oneOf",
        "prefixItems",
        "parameters",
        "tags",
        "servers",
        "enum",
    ];
    let mut out = String::from("$");
    let mut previous = String::new();
    for raw in pointer.split('/').skip(1) {
        let token = raw.replace("~1", "/").replace("~0", "~");
        let plain = token
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && token.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let index = LISTS.contains(&previous.as_str())
            && !token.is_empty()
            && token.chars().all(|c| c.is_ascii_digit());
        if plain {
            out.push('.');
            out.push_str(&token);
        } else if index {
            out.push_str(&format!("[{token}]"));
        } else {
            out.push_str("['");
            out.push_str(&token.replace('\\', "\\\\").replace('\'', "\\'"));
            out.push_str("']");
        }
        previous = token;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::jsonpath;

    #[test]
    fn pointers_become_queries() {
        assert_eq!(jsonpath(""), "$");
        assert_eq!(
            jsonpath("/paths/~1pets~1{id}/get/responses/200"),
            "$.paths['/pets/{id}'].get.responses['200']"
        );
        assert_eq!(
            jsonpath("/components/schemas/it's/allOf/1"),
            "$.components.schemas['it\\'s'].allOf[1]"
        );
    }
}
