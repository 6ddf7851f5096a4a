//! `event-id-present`: every event message carries an event ID for de-duplication.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every message of an AsyncAPI document has one of the profile's `events.event_id` names
(`eventId`) as a property of its payload (or headers), required under the enterprise
profile.

The field counts under any naming convention (`event_id`, `event-id` and `eventid` are
`eventId`; `property-case` reports the spelling), inside an envelope metadata object
(`metadata`, `meta`, `envelope`, `header`, `context`), and in a CloudEvent (a
`cloudevents` content type or a `specversion` field) as its attribute `id`, in the
payload or as a `ce_`/`ce-` header.

## Why it matters

Event delivery is at-least-once: brokers and webhooks redeliver. The event ID is the
only safe de-duplication key; without it a redelivered `invoice.paid` is paid twice.
"#;

pub struct EventIdPresent;

/// The registered instance.
pub const RULE: EventIdPresent = EventIdPresent;

static META: Meta = Meta {
    id: "event-id-present",
    category: Category::Events,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "Every event message carries an event ID for de-duplication.",
    doc: DOC,
};

impl Rule for EventIdPresent {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        cx.check_envelope_field(
            &META,
            &cx.profile.conventions.events.event_id,
            &["id"],
            "event ID",
            "redeliveries cannot be de-duplicated, so a redelivered event is processed twice",
        )
    }
}
