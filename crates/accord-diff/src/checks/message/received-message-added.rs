//! # received-message-added
//!
//! Level: **warning**. Taxonomy: response / message / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A channel the vendor sends on carries a new message type.
//!
//! ## Why it matters
//!
//! Consumers must tolerate unknown message types, but handlers that dispatch exhaustively fail on it.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! message: {oneOf: [Created]}
//! # revision
//! message: {oneOf: [Created, Deleted]}
//! ```
//!
//! ## Use instead
//!
//! Make sure consumers ignore unknown types.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::MessageAdded
}

pub const CHECK: Check = Check {
    id: "received-message-added",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Message, ChangeAction::Added),
    since: "0.1.0",
    message: "consumers now receive the new message `{target}`",
    matches,
};
