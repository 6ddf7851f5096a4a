//! # response-no-longer-nullable
//!
//! Level: **info**. Taxonomy: response / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A schema stops admitting `null`. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Compatible: every response a client could read it can still read.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: [string, 'null']}}}
//! # revision
//! {type: object, properties: {p: {type: string}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::NullableRemoved
}

pub const CHECK: Check = Check {
    id: "response-no-longer-nullable",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "`{target}` is no longer nullable",
    matches,
};
