//! `event-tenant`: every event message names its tenant.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every message has one of the profile's `events.tenant` names (`tenantId`) in its
payload (or headers), required under the enterprise profile.

The field counts under any naming convention (`event_id`, `event-id` and `eventid` are
`eventId`; `property-case` reports the spelling), inside an envelope metadata object
(`metadata`, `meta`, `envelope`, `header`, `context`), and in a CloudEvent (a
`cloudevents` content type or a `specversion` field) as its extension `tenantid` (or
`tenant`), in the payload or as a `ce_`/`ce-` header.

## Why it matters

A consumer serving several tenants must route every event to the right one. An event
without its tenant is routed by guesswork, or by a shared secret that is easily mixed up.
"#;

pub struct EventTenant;

/// The registered instance.
pub const RULE: EventTenant = EventTenant;

static META: Meta = Meta {
    id: "event-tenant",
    category: Category::Events,
    level: LintLevel::Error,
    since: "0.1.0",
    summary: "Every event message names its tenant.",
    doc: DOC,
};

impl Rule for EventTenant {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        cx.check_envelope_field(
            &META,
            &cx.profile.conventions.events.tenant,
            &["tenantid", "tenant"],
            "tenant",
            "we must infer which tenant an event belongs to from the delivery endpoint",
        )
    }
}
