//! # event-operation-removed
//!
//! Level: **breaking**. Taxonomy: both / channel / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation of a channel that still exists disappears (2.x `publish`/`subscribe`, 3.0 `operations`).
//!
//! ## Why it matters
//!
//! The traffic it described stops (or is no longer accepted).
//!
//! ## Example
//!
//! ```yaml
//! # base
//! a: {subscribe: ..., publish: ...}
//! # revision
//! a: {subscribe: ...}
//! ```
//!
//! ## Use instead
//!
//! Keep the operation until its users have moved.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::EventOperationRemoved
}

pub const CHECK: Check = Check {
    id: "event-operation-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Channel, ChangeAction::Removed),
    since: "0.1.0",
    message: "event operation `{target}` removed",
    matches,
};
