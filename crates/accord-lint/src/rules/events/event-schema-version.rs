//! `event-schema-version`: every event message carries its schema version.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every message has one of the profile's `events.schema_version` names (`schemaVersion`)
in its payload (or headers), required under the enterprise profile.

The field counts under any naming convention (`event_id`, `event-id` and `eventid` are
`eventId`; `property-case` reports the spelling), inside an envelope metadata object
(`metadata`, `meta`, `envelope`, `header`, `context`), and in a CloudEvent (a
`cloudevents` content type or a `specversion` field) as its attribute `dataschema`, in the
payload or as a `ce_`/`ce-` header.

## Why it matters

Producers and consumers upgrade at different times. The schema version lets a consumer
pick the right parser, or park an event it does not understand yet, instead of failing.
"#;

pub struct EventSchemaVersion;

/// The registered instance.
pub const RULE: EventSchemaVersion = EventSchemaVersion;

static META: Meta = Meta {
    id: "event-schema-version",
    category: Category::Events,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Every event message carries its schema version.",
    doc: DOC,
};

impl Rule for EventSchemaVersion {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        cx.check_envelope_field(
            &META,
            &cx.profile.conventions.events.schema_version,
            &["dataschema"],
            "schema version",
            "a payload change cannot be detected per event; the first sign is a parse failure",
        )
    }
}
