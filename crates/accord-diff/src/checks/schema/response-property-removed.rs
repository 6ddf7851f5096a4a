//! # response-property-removed
//!
//! Level: **breaking**. Taxonomy: response / schema / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A property disappears from an object schema. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! A client built against the old contract can now fail to read what it receives: deserialisation, validation or business logic breaks. clients reading it get nothing.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string}, q: {type: string}}}
//! # revision
//! {type: object, properties: {q: {type: string}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && matches!(d.kind, Kind::PropertyRemoved { .. })
}

pub const CHECK: Check = Check {
    id: "response-property-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Removed),
    since: "0.1.0",
    message: "property `{target}` removed",
    matches,
};
