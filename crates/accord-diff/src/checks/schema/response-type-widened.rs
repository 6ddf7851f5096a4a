//! # response-type-widened
//!
//! Level: **breaking**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! The `type` of a schema admits more JSON types (e.g. `integer` → `number`). Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! A client built against the old contract can now fail to read what it receives: deserialisation, validation or business logic breaks.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: integer}}}
//! # revision
//! {type: object, properties: {p: {type: number}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::TypeWidened
}

pub const CHECK: Check = Check {
    id: "response-type-widened",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "type of `{target}` widened from {old} to {new}",
    matches,
};
