//! # channel-added
//!
//! Level: **info**. Taxonomy: both / channel / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A new channel appears.
//!
//! ## Why it matters
//!
//! Compatible: existing clients keep working; reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! channels: {a: ...}
//! # revision
//! channels: {a: ..., b: ...}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ChannelAdded
}

pub const CHECK: Check = Check {
    id: "channel-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Channel, ChangeAction::Added),
    since: "0.1.0",
    message: "channel `{target}` added",
    matches,
};
