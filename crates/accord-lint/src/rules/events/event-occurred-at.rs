//! `event-occurred-at`: every event message says when it occurred.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every message has one of the profile's `events.occurred_at` names (`occurredAt`) in its
payload (or headers), required under the enterprise profile.

The field counts under any naming convention (`event_id`, `event-id` and `eventid` are
`eventId`; `property-case` reports the spelling), inside an envelope metadata object
(`metadata`, `meta`, `envelope`, `header`, `context`), and in a CloudEvent (a
`cloudevents` content type or a `specversion` field) as its attribute `time`, in the
payload or as a `ce_`/`ce-` header.

## Why it matters

Events arrive late and out of order. Only the time the change occurred (not the time
it was received) lets a consumer drop a stale update instead of overwriting newer data.
"#;

pub struct EventOccurredAt;

/// The registered instance.
pub const RULE: EventOccurredAt = EventOccurredAt;

static META: Meta = Meta {
    id: "event-occurred-at",
    category: Category::Events,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Every event message says when it occurred.",
    doc: DOC,
};

impl Rule for EventOccurredAt {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        cx.check_envelope_field(
            &META,
            &cx.profile.conventions.events.occurred_at,
            &["time"],
            "occurrence time",
            "out-of-order delivery cannot be detected, so a stale event can overwrite newer data",
        )
    }
}
