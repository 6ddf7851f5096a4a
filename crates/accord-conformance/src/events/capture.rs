//! Parsing one line of captured events (DESIGN.md, "Captured events"):
//!
//! - the capture form `{"channel": NAME, "message": NAME?, "headers": {...}?, "payload": ...}`;
//! - the CloudEvents JSON form `{"specversion", "type", "id", "time", "data", ...}`, whose
//!   `type` names the message (by name, title or the payload's `type` constant) and whose
//!   `data` is the payload; a `channel` member, when present, names the channel, and a
//!   `headers` member, when present, is validated like the capture form's.
//!
//! A line that is not JSON, not an object, or has neither a `payload` nor CloudEvents
//! `data` is an `invalid_json` failure, never a panic.

use serde_json::{Map, Value};

use super::envelope::{Location, Side};

/// Which form a line was written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Capture,
    CloudEvents,
}

/// One captured event.
#[derive(Clone, Debug, PartialEq)]
pub struct Captured {
    pub form: Form,
    pub channel: Option<String>,
    /// The explicit `message` (capture form) or CloudEvents `type`.
    pub message: Option<String>,
    pub headers: Option<Value>,
    pub payload: Value,
    /// CloudEvents attributes other than `data` (empty for the capture form).
    pub attributes: Map<String, Value>,
}

impl Captured {
    /// Pointer of the payload in the line (`/payload` or `/data`).
    pub fn payload_pointer(&self) -> &'static str {
        match self.form {
            Form::Capture => "/payload",
            Form::CloudEvents => "/data",
        }
    }

    /// The value at `loc` and its pointer in the line. Header names match ignoring ASCII
    /// case (HTTP header captures are often lower-cased).
    pub fn get(&self, loc: &Location) -> Option<(&Value, String)> {
        match loc.side {
            Side::Payload => self
                .payload
                .pointer(&loc.pointer)
                .map(|v| (v, format!("{}{}", self.payload_pointer(), loc.pointer))),
            Side::Headers => {
                let headers = self.headers.as_ref()?;
                if let Some(v) = headers.pointer(&loc.pointer) {
                    return Some((v, format!("/headers{}", loc.pointer)));
                }
                let first = loc.pointer.strip_prefix('/')?;
                if first.contains('/') {
                    return None;
                }
                let name = first.replace("~1", "/").replace("~0", "~");
                headers
                    .as_object()?
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(&name))
                    .map(|(k, v)| (v, format!("/headers{}", accord_spec::pointer::push("", k))))
            }
        }
    }

    /// A CloudEvents attribute (`id`, `time`, ...).
    pub fn attribute(&self, name: &str) -> Option<(&Value, String)> {
        self.attributes
            .get(name)
            .map(|v| (v, accord_spec::pointer::push("", name)))
    }
}

/// Parses one line. `Err` is the message of an `invalid_json` failure.
pub fn parse_line(line: &str) -> Result<Captured, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not valid JSON: {e}"))?;
    let Value::Object(mut map) = value else {
        return Err(format!(
            "an event must be a JSON object, found {}",
            kind(&value)
        ));
    };
    let text = |map: &Map<String, Value>, key: &str| -> Result<Option<String>, String> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(format!("`{key}` must be a string, found {}", kind(other))),
        }
    };
    let channel = text(&map, "channel")?;
    let headers = match map.get("headers") {
        None | Some(Value::Null) => None,
        Some(h @ Value::Object(_)) => Some(h.clone()),
        Some(other) => {
            return Err(format!(
                "`headers` must be an object, found {}",
                kind(other)
            ));
        }
    };
    if map.contains_key("payload") {
        let message = text(&map, "message")?;
        let payload = map.remove("payload").unwrap_or(Value::Null);
        return Ok(Captured {
            form: Form::Capture,
            channel,
            message,
            headers,
            payload,
            attributes: Map::new(),
        });
    }
    if map.contains_key("specversion") {
        let message = text(&map, "type")?;
        let payload = if let Some(data) = map.remove("data") {
            data
        } else if let Some(Value::String(b64)) = map.remove("data_base64") {
            return Err(format!(
                "CloudEvents `data_base64` ({} characters) is binary data; Accord validates JSON `data`",
                b64.len()
            ));
        } else {
            return Err("a CloudEvents line without `data`".to_string());
        };
        map.remove("channel");
        map.remove("headers");
        return Ok(Captured {
            form: Form::CloudEvents,
            channel,
            message,
            headers,
            payload,
            attributes: map,
        });
    }
    Err(
        "neither a captured event (no `payload`) nor a CloudEvents event (no `specversion`)"
            .to_string(),
    )
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn both_forms() {
        let c =
            parse_line(r#"{"channel":"a","payload":{"x":1},"headers":{"Tenant-Id":"t"}}"#).unwrap();
        assert_eq!(c.form, Form::Capture);
        assert_eq!(c.payload, json!({"x": 1}));
        let loc = Location {
            side: Side::Headers,
            pointer: "/tenant-id".into(),
        };
        assert_eq!(
            c.get(&loc).map(|(v, p)| (v.clone(), p)),
            Some((json!("t"), "/headers/Tenant-Id".to_string()))
        );
        let ce = parse_line(
            r#"{"specversion":"1.0","type":"t","id":"1","time":"2025-01-01T00:00:00Z","data":{}}"#,
        )
        .unwrap();
        assert_eq!(ce.form, Form::CloudEvents);
        assert_eq!(ce.message.as_deref(), Some("t"));
        assert_eq!(ce.attribute("id").map(|(v, _)| v.clone()), Some(json!("1")));
        assert!(parse_line("[1]").is_err());
        assert!(parse_line("{").is_err());
        assert!(parse_line(r#"{"channel":1,"payload":{}}"#).is_err());
        assert!(parse_line(r#"{"channel":"a"}"#).is_err());
    }
}
