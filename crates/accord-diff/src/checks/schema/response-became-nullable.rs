//! # response-became-nullable
//!
//! Level: **breaking**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A schema starts admitting `null` (3.0 `nullable: true`, 3.1 `type: [x, 'null']`). Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! A client built against the old contract can now fail to read what it receives: deserialisation, validation or business logic breaks.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string}}}
//! # revision
//! {type: object, properties: {p: {type: [string, 'null']}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::NullableAdded
}

pub const CHECK: Check = Check {
    id: "response-became-nullable",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "`{target}` became nullable",
    matches,
};
