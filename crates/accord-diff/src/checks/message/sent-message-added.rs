//! # sent-message-added
//!
//! Level: **info**. Taxonomy: request / message / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A channel we send on accepts a new message type.
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
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
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::MessageAdded
}

pub const CHECK: Check = Check {
    id: "sent-message-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Message, ChangeAction::Added),
    since: "0.1.0",
    message: "the vendor now accepts the message `{target}`",
    matches,
};
