//! # response-pattern-added
//!
//! Level: **info**. Taxonomy: response / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A string schema gets a `pattern`. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Compatible: every response a client could read it can still read.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string}}}
//! # revision
//! {type: object, properties: {p: {type: string, pattern: '^[a-z]+$'}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::PatternAdded
}

pub const CHECK: Check = Check {
    id: "response-pattern-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "pattern `{new}` added to `{target}`",
    matches,
};
