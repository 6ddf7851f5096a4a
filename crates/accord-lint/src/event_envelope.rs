//! The event envelope shared by the `event-*` rules: whether a message carries a field
//! (event ID, occurrence time, tenant, schema version) whatever the naming convention.
//!
//! A field counts as present under any spelling of a profile name (`eventId`, `event_id`,
//! `event-id`, `EventId`, `eventid`: `property-case` reports the spelling), inside a
//! metadata object of the envelope (`{metadata: {eventId}, data}`), and, for CloudEvents,
//! under the CloudEvents attribute (`id`, `time`, `dataschema`) or extension (`tenantid`),
//! in the payload (structured mode) or as a `ce_`/`ce-` header (binary mode).

use std::collections::HashSet;

use accord_report::Diagnostic;
use accord_spec::{Message, SchemaId};

use crate::context::LintContext;
use crate::{Meta, text};

/// Envelope properties that hold the envelope's metadata rather than the event's data.
const METADATA_OBJECTS: &[&str] = &["metadata", "meta", "envelope", "header", "context"];

/// A name reduced to its words, so every case convention spells it the same way.
fn normalized(name: &str) -> String {
    text::words(name).concat()
}

/// A header name without its CloudEvents binary-mode prefix (`ce_id`, `ce-time` → `id`,
/// `time`).
fn without_ce_prefix(name: &str) -> String {
    let words = text::words(name);
    match words.split_first() {
        Some((first, rest)) if first == "ce" && !rest.is_empty() => rest.concat(),
        _ => words.concat(),
    }
}

/// One envelope field found: its name as written and whether it is required.
struct Found {
    name: String,
    required: bool,
}

impl LintContext<'_> {
    /// Event-envelope check shared by the `event-*` rules: every message's payload (or
    /// headers) has one of `names` as a property under any naming convention, or, for a
    /// CloudEvent, one of `cloud_events` (attribute or extension names); required under the
    /// enterprise profile.
    pub fn check_envelope_field(
        &self,
        meta: &Meta,
        names: &[String],
        cloud_events: &[&str],
        what: &str,
        risk: &str,
    ) -> Vec<Diagnostic> {
        if names.is_empty() {
            return Vec::new();
        }
        let wanted: HashSet<String> = names.iter().map(|n| normalized(n)).collect();
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for channel in &self.contract.channels {
            for message in &channel.messages {
                if !seen.insert(message.loc.clone()) {
                    continue;
                }
                let problem = match self.envelope_field(message, &wanted, cloud_events) {
                    Some(Found { required: true, .. }) => continue,
                    Some(_) if self.is_vendor() => continue,
                    Some(Found { name, .. }) => format!(
                        "`{name}` of message `{}` on `{}` is optional",
                        message.name, channel.name
                    ),
                    None if self.is_cloud_event(message) && !cloud_events.is_empty() => format!(
                        "message `{}` on `{}` has no {what} (`{}`, or the CloudEvents `{}`)",
                        message.name, channel.name, names[0], cloud_events[0]
                    ),
                    None => format!(
                        "message `{}` on `{}` has no {what} (`{}`)",
                        message.name, channel.name, names[0]
                    ),
                };
                out.push(self.diag(
                    meta,
                    &message.loc,
                    None,
                    self.say(problem.clone(), format!("{problem}: {risk}")),
                    format!(
                        "Add a required `{}` to the message payload (the event envelope).",
                        names[0]
                    ),
                ));
            }
        }
        out
    }

    /// The field of `message` matching `wanted` (normalized names) or, for a CloudEvent,
    /// `cloud_events`; found and required also when the payload is not described.
    fn envelope_field(
        &self,
        message: &Message,
        wanted: &HashSet<String>,
        cloud_events: &[&str],
    ) -> Option<Found> {
        let cloud_event = self.is_cloud_event(message);
        let matches = |name: &str, header: bool| {
            let n = if header {
                without_ce_prefix(name)
            } else {
                normalized(name)
            };
            wanted.contains(&n) || (cloud_event && cloud_events.contains(&n.as_str()))
        };
        let mut optional = None;
        for (id, header) in [(message.payload, false), (message.headers, true)] {
            let Some(id) = id else { continue };
            let schema = self.merged(id);
            if schema.unknown {
                return Some(Found {
                    name: String::new(),
                    required: true,
                });
            }
            if let Some(name) = schema.properties.keys().find(|n| matches(n, header)) {
                let found = Found {
                    name: name.clone(),
                    required: schema.is_required(name),
                };
                if found.required {
                    return Some(found);
                }
                optional = Some(found);
            }
            // `{metadata: {eventId, ...}, data: {...}}`: the envelope's fields one level down.
            for (container, inner) in schema
                .properties
                .iter()
                .filter(|(n, _)| METADATA_OBJECTS.contains(&normalized(n).as_str()))
            {
                let inner_schema = self.merged(*inner);
                if let Some(name) = inner_schema.properties.keys().find(|n| matches(n, header)) {
                    let found = Found {
                        name: format!("{container}.{name}"),
                        required: inner_schema.is_required(name) && schema.is_required(container),
                    };
                    if found.required {
                        return Some(found);
                    }
                    optional = Some(found);
                }
            }
        }
        optional
    }

    /// Whether `message` is a CloudEvent: its content type says so, or its payload
    /// (structured mode) or headers (binary mode) carry `specversion`.
    fn is_cloud_event(&self, message: &Message) -> bool {
        if message
            .content_type
            .as_deref()
            .is_some_and(|t| t.contains("cloudevents"))
        {
            return true;
        }
        let has_specversion = |id: Option<SchemaId>, header: bool| {
            id.is_some_and(|id| {
                self.merged(id).properties.keys().any(|n| {
                    let n = if header {
                        without_ce_prefix(n)
                    } else {
                        normalized(n)
                    };
                    n == "specversion"
                })
            })
        };
        has_specversion(message.payload, false) || has_specversion(message.headers, true)
    }
}
