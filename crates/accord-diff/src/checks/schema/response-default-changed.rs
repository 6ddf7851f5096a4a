//! # response-default-changed
//!
//! Level: **info**. Taxonomy: response / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `default` is added, removed or changed. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Compatible: every response a client could read it can still read.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, default: a}}}
//! # revision
//! {type: object, properties: {p: {type: string, default: b}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::DefaultChanged
}

pub const CHECK: Check = Check {
    id: "response-default-changed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "default of `{target}` changed from {old} to {new}",
    matches,
};
