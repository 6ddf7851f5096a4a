//! # channel-removed
//!
//! Level: **breaking**. Taxonomy: both / channel / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A channel disappears.
//!
//! ## Why it matters
//!
//! Consumers subscribed to it receive nothing more; producers publishing to it fail.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! channels: {a: ..., b: ...}
//! # revision
//! channels: {a: ...}
//! ```
//!
//! ## Use instead
//!
//! Keep the channel until its consumers have moved.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ChannelRemoved
}

pub const CHECK: Check = Check {
    id: "channel-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Channel, ChangeAction::Removed),
    since: "0.1.0",
    message: "channel `{target}` removed",
    matches,
};
