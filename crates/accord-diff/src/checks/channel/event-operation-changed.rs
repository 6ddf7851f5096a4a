//! # event-operation-changed
//!
//! Level: **breaking**. Taxonomy: both / channel / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An event operation changes its action (send ↔ receive) or its channel.
//!
//! ## Why it matters
//!
//! Who sends what to whom changed: both sides' code is now wrong.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! action: send
//! # revision
//! action: receive
//! ```
//!
//! ## Use instead
//!
//! Add a new operation instead.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::EventOperationActionChanged
}

pub const CHECK: Check = Check {
    id: "event-operation-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Channel, ChangeAction::Changed),
    since: "0.1.0",
    message: "event operation `{target}` changed from {old} to {new}",
    matches,
};
