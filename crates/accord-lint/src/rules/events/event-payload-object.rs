//! `event-payload-object`: event payloads are objects with required fields.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every message has a payload schema that is an object with at least one `required`
property.

## Why it matters

A payload that is a bare string, or an object where everything is optional, validates
anything: producers can drop fields without any check failing, and consumers find out
in production.
"#;

pub struct EventPayloadObject;

/// The registered instance.
pub const RULE: EventPayloadObject = EventPayloadObject;

static META: Meta = Meta {
    id: "event-payload-object",
    category: Category::Events,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Event payloads are objects with required fields.",
    doc: DOC,
};

impl Rule for EventPayloadObject {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for channel in &cx.contract.channels {
            for message in &channel.messages {
                if !seen.insert(message.loc.clone()) {
                    continue;
                }
                let problem = match message.payload {
                    None => Some("has no payload schema"),
                    Some(id) if cx.schema(id).unknown => None,
                    Some(id) if !cx.is_object(id) => Some("has a payload that is not an object"),
                    Some(id)
                        if cx.merged(id).required.is_empty() && cx.merged(id).one_of.is_empty() =>
                    {
                        Some("has a payload with no required properties")
                    }
                    Some(_) => None,
                };
                if let Some(problem) = problem {
                    out.push(cx.diag(
                        &META,
                        &message.loc,
                        None,
                        cx.say(
                            format!("message `{}` on `{}` {problem}", message.name, channel.name),
                            format!("message `{}` on `{}` {problem}: nothing stops its shape from changing under us", message.name, channel.name),
                        ),
                        "Make the payload an object and list its required properties.",
                    ));
                }
            }
        }
        out
    }
}
