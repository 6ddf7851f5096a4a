//! # security-alternative-removed
//!
//! Level: **breaking**. Taxonomy: both / security / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation's security loses an alternative requirement (or replaces its scheme).
//!
//! ## Why it matters
//!
//! Clients authenticating the removed way are locked out.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! security: [{oauth: [read]}, {key: []}]
//! # revision
//! security: [{oauth: [read]}]
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old scheme until clients have moved.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::SecurityAlternativeRemoved { still_served: false, .. })
}

pub const CHECK: Check = Check {
    id: "security-alternative-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Removed),
    since: "0.1.0",
    message: "operation no longer accepts {old}",
    matches,
};
