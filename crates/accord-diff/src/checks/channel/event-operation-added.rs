//! # event-operation-added
//!
//! Level: **info**. Taxonomy: both / channel / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A channel gains an operation (a new direction of traffic).
//!
//! ## Why it matters
//!
//! Compatible: existing clients keep working; reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! a: {subscribe: ...}
//! # revision
//! a: {subscribe: ..., publish: ...}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::EventOperationAdded
}

pub const CHECK: Check = Check {
    id: "event-operation-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Channel, ChangeAction::Added),
    since: "0.1.0",
    message: "event operation `{target}` added",
    matches,
};
