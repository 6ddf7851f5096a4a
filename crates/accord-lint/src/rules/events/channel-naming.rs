//! `channel-naming`: channel names follow the profile's pattern.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every channel address (or, without one, its name) matches the profile's
`events.channel_pattern` (lower-case dot-separated `domain.entity.event` for the
enterprise standard). Profiles without a pattern skip this rule.

## Why it matters

Consumers subscribe by pattern (`crm.contact.*`) and route by name. One naming scheme
keeps wildcards meaningful and ACLs writable.
"#;

pub struct ChannelNaming;

/// The registered instance.
pub const RULE: ChannelNaming = ChannelNaming;

static META: Meta = Meta {
    id: "channel-naming",
    category: Category::Events,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Channel names follow the profile's pattern.",
    doc: DOC,
};

impl Rule for ChannelNaming {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let Some(pattern) = cx.profile.conventions.events.channel_pattern.as_deref() else {
            return Vec::new();
        };
        let Ok(re) = regex::Regex::new(pattern) else {
            return Vec::new();
        };
        cx.contract
            .channels
            .iter()
            .filter(|c| !re.is_match(c.address.as_deref().unwrap_or(&c.name)))
            .map(|c| {
                let name = c.address.as_deref().unwrap_or(&c.name);
                cx.diag(
                    &META,
                    &c.loc,
                    None,
                    format!("channel `{name}` does not match `{pattern}`"),
                    "Name channels `domain.entity.event` in lower case (e.g. `crm.contact.created`).",
                )
            })
            .collect()
    }
}
