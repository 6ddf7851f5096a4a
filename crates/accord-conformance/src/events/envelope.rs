//! The envelope of an event: where its id, occurred-at, tenant, schema version and ordering
//! key are, and how to read them.
//!
//! # Where the fields are found
//!
//! 1. **Declared**, with an `x-accord-envelope` extension on the message, else on the
//!    channel, else on the document (the most specific declaration of each field wins):
//!
//!    ```yaml
//!    x-accord-envelope:
//!      eventId: $message.payload#/eventId        # or a bare pointer into the payload
//!      occurredAt: /occurredAt
//!      tenant: [$message.header#/tenantId, /tenantId]   # any one of them may carry it
//!      schemaVersion: /schemaVersion
//!      schemaVersions: ["1.2", "1.3"]             # the versions a consumer knows (exact)
//!      orderingKey: $message.payload#/data/contact/id   # events of one key arrive in order
//!    ```
//!
//!    A field set to `false` or `null` is switched off (no discovery either). `tenantId`
//!    is accepted for `tenant`. Locations are AsyncAPI runtime expressions
//!    (`$message.payload#/…`, `$message.header#/…`) or bare JSON pointers into the payload.
//!
//! 2. **Discovered** otherwise, by common names among the top-level properties of the
//!    message's payload schema and of its headers schema (or a webhook's header
//!    parameters), first name wins per side: event id `eventId`, `event_id`, `id`;
//!    occurred-at `occurredAt`, `occurred_at`, `time`, `timestamp`; tenant `tenantId`,
//!    `tenant_id`, `tenant`; schema version `schemaVersion`, `schema_version`, `version`.
//!    The ordering key is never guessed: ordering is only checked where it is declared.
//!
//! The envelope checks only judge fields the contract has (declared or discovered), so a
//! contract without a tenant never gets `missing_tenant`. For a CloudEvents line the
//! attributes `id` and `time` stand in for a missing event id and occurred-at.
//!
//! Occurred-at values are RFC 3339 strings or Unix epoch numbers (seconds, or milliseconds
//! when above 10^11).

use accord_spec::{Contract, JsonType, SchemaId};
use indexmap::IndexMap;
use serde_json::Value;

/// An instant, as nanoseconds since the Unix epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i128);

impl Timestamp {
    /// The system clock.
    pub fn now() -> Timestamp {
        Timestamp(time::OffsetDateTime::now_utc().unix_timestamp_nanos())
    }

    /// Parses an RFC 3339 date-time (`2025-09-20T08:00:00Z`).
    pub fn parse_rfc3339(text: &str) -> Option<Timestamp> {
        time::OffsetDateTime::parse(text.trim(), &time::format_description::well_known::Rfc3339)
            .ok()
            .map(|t| Timestamp(t.unix_timestamp_nanos()))
    }

    /// Reads an occurred-at value: an RFC 3339 string, or Unix seconds (milliseconds when
    /// the number is above 10^11) as a number or a string of digits.
    pub fn from_value(value: &Value) -> Option<Timestamp> {
        match value {
            Value::String(s) => Timestamp::parse_rfc3339(s).or_else(|| {
                let t = s.trim();
                (!t.is_empty() && t.len() < 19 && t.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| t.parse::<i64>().ok())
                    .flatten()
                    .map(Timestamp::from_epoch)
            }),
            Value::Number(n) => n
                .as_i64()
                .or_else(|| {
                    n.as_f64()
                        .filter(|f| f.is_finite() && f.abs() < 9.0e15)
                        .map(|f| f as i64)
                })
                .map(Timestamp::from_epoch),
            _ => None,
        }
    }

    fn from_epoch(n: i64) -> Timestamp {
        if n.unsigned_abs() > 100_000_000_000 {
            Timestamp(i128::from(n) * 1_000_000)
        } else {
            Timestamp(i128::from(n) * 1_000_000_000)
        }
    }

    /// Whole seconds since the epoch.
    pub fn unix_seconds(self) -> i64 {
        (self.0.div_euclid(1_000_000_000)).clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64
    }

    /// RFC 3339 in UTC (`2025-09-20T08:00:00Z`), seconds precision unless sub-second.
    pub fn to_rfc3339(self) -> String {
        match time::OffsetDateTime::from_unix_timestamp_nanos(self.0) {
            Ok(t) => t
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap_or_else(|_| self.0.to_string()),
            Err(_) => self.0.to_string(),
        }
    }

    /// This instant plus `secs` seconds.
    pub fn plus_seconds(self, secs: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(i128::from(secs) * 1_000_000_000))
    }
}

/// Which part of an event a location is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Payload,
    Headers,
}

/// Where an envelope field is: a side and a JSON pointer into it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub side: Side,
    pub pointer: String,
}

impl Location {
    /// Parses `$message.payload#/a`, `$message.header#/a` or a bare pointer (payload).
    pub fn parse(text: &str) -> Option<Location> {
        let t = text.trim();
        let (side, pointer) = if let Some(rest) = t.strip_prefix("$message.payload") {
            (Side::Payload, rest.trim_start_matches('#'))
        } else if let Some(rest) = t.strip_prefix("$message.header") {
            (
                Side::Headers,
                rest.trim_start_matches('s').trim_start_matches('#'),
            )
        } else {
            (Side::Payload, t.trim_start_matches('#'))
        };
        if !(pointer.is_empty() || pointer.starts_with('/')) {
            return None;
        }
        Some(Location {
            side,
            pointer: pointer.to_string(),
        })
    }

    fn field(side: Side, name: &str) -> Location {
        Location {
            side,
            pointer: accord_spec::pointer::push("", name),
        }
    }
}

/// The envelope fields of one message.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EnvelopeSpec {
    pub event_id: Vec<Location>,
    pub occurred_at: Vec<Location>,
    pub tenant: Vec<Location>,
    pub schema_version: Vec<Location>,
    pub ordering_key: Vec<Location>,
    /// Versions declared by `schemaVersions` (exact match required when non-empty).
    pub schema_versions: Vec<String>,
}

const EVENT_ID: &[&str] = &["eventId", "event_id", "id"];
const OCCURRED_AT: &[&str] = &["occurredAt", "occurred_at", "time", "timestamp"];
const TENANT: &[&str] = &["tenantId", "tenant_id", "tenant"];
const SCHEMA_VERSION: &[&str] = &["schemaVersion", "schema_version", "version"];

/// What a declaration says about one field.
enum Declared {
    Absent,
    Off,
    At(Vec<Location>),
}

fn declared(layers: &[&IndexMap<String, Value>], keys: &[&str]) -> Declared {
    for ext in layers {
        let Some(Value::Object(env)) = ext.get("x-accord-envelope") else {
            continue;
        };
        for key in keys {
            match env.get(*key) {
                None => continue,
                Some(Value::Null | Value::Bool(false)) => return Declared::Off,
                Some(Value::String(s)) => {
                    return Declared::At(Location::parse(s).into_iter().collect());
                }
                Some(Value::Array(items)) => {
                    return Declared::At(
                        items
                            .iter()
                            .filter_map(Value::as_str)
                            .filter_map(Location::parse)
                            .collect(),
                    );
                }
                Some(_) => return Declared::Off,
            }
        }
    }
    Declared::Absent
}

/// The top-level property names of a payload schema and of the headers, for discovery.
pub struct Shape<'a> {
    pub payload: Vec<&'a str>,
    pub headers: Vec<&'a str>,
}

/// Top-level property names of `id` (merged through `allOf`).
pub fn property_names(contract: &Contract, id: Option<SchemaId>) -> Vec<String> {
    let Some(id) = id else { return Vec::new() };
    let schema = contract.schemas.merged(id);
    let ty = schema.types.without_null();
    if !ty.is_any() && !ty.contains(JsonType::Object) {
        return Vec::new();
    }
    schema.properties.keys().cloned().collect()
}

impl EnvelopeSpec {
    /// The envelope of a message: declared through `x-accord-envelope` in `layers` (most
    /// specific first), else discovered in `shape`.
    pub fn build(layers: &[&IndexMap<String, Value>], shape: &Shape<'_>) -> EnvelopeSpec {
        let pick = |keys: &[&str], names: &[&str]| -> Vec<Location> {
            match declared(layers, keys) {
                Declared::Off => Vec::new(),
                Declared::At(locs) => locs,
                Declared::Absent => {
                    let mut out = Vec::new();
                    for (side, props) in [
                        (Side::Payload, &shape.payload),
                        (Side::Headers, &shape.headers),
                    ] {
                        let found = names.iter().find_map(|n| match side {
                            Side::Payload => props.iter().find(|p| *p == n),
                            Side::Headers => props.iter().find(|p| p.eq_ignore_ascii_case(n)),
                        });
                        if let Some(name) = found {
                            out.push(Location::field(side, name));
                        }
                    }
                    out
                }
            }
        };
        let ordering_key = match declared(layers, &["orderingKey"]) {
            Declared::At(locs) => locs,
            _ => Vec::new(),
        };
        let schema_versions = layers
            .iter()
            .find_map(|ext| match ext.get("x-accord-envelope") {
                Some(Value::Object(env)) => env
                    .get("schemaVersions")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .filter_map(|v| match v {
                                Value::String(s) => Some(s.clone()),
                                Value::Number(n) => Some(n.to_string()),
                                _ => None,
                            })
                            .collect::<Vec<String>>()
                    }),
                _ => None,
            })
            .unwrap_or_default();
        EnvelopeSpec {
            event_id: pick(&["eventId"], EVENT_ID),
            occurred_at: pick(&["occurredAt"], OCCURRED_AT),
            tenant: pick(&["tenant", "tenantId"], TENANT),
            schema_version: pick(&["schemaVersion"], SCHEMA_VERSION),
            ordering_key,
            schema_versions,
        }
    }
}

/// A `major.minor` reading of a version (`1.3`, `1.3.0`, `v2`, `2`), if it has one.
pub fn major_minor(text: &str) -> Option<(u64, u64)> {
    let t = text.trim().trim_start_matches(['v', 'V']);
    let mut parts = t.split('.');
    let major = parts.next()?.parse::<u64>().ok()?;
    let minor = match parts.next() {
        None => 0,
        Some(m) => m.parse::<u64>().ok()?,
    };
    if let Some(patch) = parts.next() {
        // `1.3.0` and `1.3.0-rc.1` are fine; `1.3.x.y` is not a version.
        let patch = patch.split(['-', '+']).next().unwrap_or_default();
        patch.parse::<u64>().ok()?;
    }
    Some((major, minor))
}

/// The text of a scalar value (strings as they are, numbers and booleans printed).
pub fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn timestamps() {
        let t = Timestamp::parse_rfc3339("2025-09-20T08:00:00Z").unwrap();
        assert_eq!(t.unix_seconds(), 1_758_355_200);
        assert_eq!(Timestamp::from_value(&json!(1_758_355_200)), Some(t));
        assert_eq!(Timestamp::from_value(&json!(1_758_355_200_000i64)), Some(t));
        assert_eq!(Timestamp::from_value(&json!("1758355200")), Some(t));
        assert_eq!(t.to_rfc3339(), "2025-09-20T08:00:00Z");
        assert_eq!(Timestamp::from_value(&json!("yesterday")), None);
        assert_eq!(Timestamp::from_value(&json!(1e300)), None);
    }

    #[test]
    fn locations_and_versions() {
        assert_eq!(
            Location::parse("$message.header#/tenantId"),
            Some(Location {
                side: Side::Headers,
                pointer: "/tenantId".into()
            })
        );
        assert_eq!(Location::parse("/a/b").map(|l| l.side), Some(Side::Payload));
        assert_eq!(Location::parse("nope"), None);
        assert_eq!(major_minor("1.3"), Some((1, 3)));
        assert_eq!(major_minor("v2"), Some((2, 0)));
        assert_eq!(major_minor("1.3.0-rc.1"), Some((1, 3)));
        assert_eq!(major_minor("2010-04-01"), None);
    }
}
