//! # response-type-changed
//!
//! Level: **breaking**. Taxonomy: response / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! The `type` of a schema changes to an incompatible one (e.g. `number` → `string`). Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! A client built against the old contract can now fail to read what it receives: deserialisation, validation or business logic breaks.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: number}}}
//! # revision
//! {type: object, properties: {p: {type: string}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && matches!(d.kind, Kind::TypeChanged { loose: false })
}

pub const CHECK: Check = Check {
    id: "response-type-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "type of `{target}` changed from {old} to {new}",
    matches,
};
