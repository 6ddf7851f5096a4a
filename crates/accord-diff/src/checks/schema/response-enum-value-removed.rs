//! # response-enum-value-removed
//!
//! Level: **info**. Taxonomy: response / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An `enum` loses a value. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Compatible: every response a client could read it can still read.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, enum: [open, won, lost]}}}
//! # revision
//! {type: object, properties: {p: {type: string, enum: [open, won]}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::EnumValueRemoved
}

pub const CHECK: Check = Check {
    id: "response-enum-value-removed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "enum value `{old}` removed from `{target}`",
    matches,
};
