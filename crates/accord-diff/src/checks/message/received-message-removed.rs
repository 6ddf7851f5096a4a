//! # received-message-removed
//!
//! Level: **warning**. Taxonomy: response / message / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A channel the vendor sends on no longer carries a message type.
//!
//! ## Why it matters
//!
//! Consumer code keeps working, but the events it relied on stop arriving.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! message: {oneOf: [Created, Deleted]}
//! # revision
//! message: {oneOf: [Created]}
//! ```
//!
//! ## Use instead
//!
//! Keep sending it until consumers have moved.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::MessageRemoved
}

pub const CHECK: Check = Check {
    id: "received-message-removed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Message, ChangeAction::Removed),
    since: "0.1.0",
    message: "consumers no longer receive the message `{target}`",
    matches,
};
