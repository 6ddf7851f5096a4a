//! # response-format-changed
//!
//! Level: **breaking**. Taxonomy: response / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A schema's `format` changes (e.g. `int32` → `int64`, `date` → `date-time`). Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! A client built against the old contract can now fail to read what it receives: deserialisation, validation or business logic breaks.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, format: date}}}
//! # revision
//! {type: object, properties: {p: {type: string, format: date-time}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::FormatChanged
}

pub const CHECK: Check = Check {
    id: "response-format-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "format of `{target}` changed from {old} to {new}",
    matches,
};
