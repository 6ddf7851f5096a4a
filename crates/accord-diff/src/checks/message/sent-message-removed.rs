//! # sent-message-removed
//!
//! Level: **breaking**. Taxonomy: request / message / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A channel we send on no longer accepts a message type.
//!
//! ## Why it matters
//!
//! What we publish is now rejected or dropped.
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
//! Keep accepting it.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::MessageRemoved
}

pub const CHECK: Check = Check {
    id: "sent-message-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Message, ChangeAction::Removed),
    since: "0.1.0",
    message: "the vendor no longer accepts the message `{target}`",
    matches,
};
