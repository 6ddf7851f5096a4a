//! `unknown_channel`: the event names a channel the contract does not have.
//!
//! # What it checks
//! The line's `channel` must be a channel of the contract as the contract names it (an
//! AsyncAPI channel key or 3.0 `address`, an OpenAPI webhook key, a callback key). A line
//! without `channel` must be recognisable by its message in exactly one channel.
//!
//! # Why it matters
//! Events on a channel the contract does not describe are undocumented behaviour of the
//! producer (or a misrouted subscription): nothing about their shape is promised, and a
//! consumer generated from the contract has no handler for them.

use super::{Finding, name_list};
use crate::events::capture::Captured;
use crate::events::catalog::Catalog;

pub const ID: &str = "unknown_channel";

pub fn finding(catalog: &Catalog, name: &str, event: &Captured) -> Finding {
    let known = name_list(catalog.channels.iter().map(|c| c.name.as_str()));
    if name.is_empty() {
        let what = event
            .message
            .as_deref()
            .map(|m| format!(" (`{m}`)"))
            .unwrap_or_default();
        return Finding::new(
            "",
            format!(
                "the event names no channel and its message{what} identifies none; channels: {known}"
            ),
        );
    }
    Finding::new(
        "/channel",
        format!("the contract has no channel `{name}`; channels: {known}"),
    )
}
