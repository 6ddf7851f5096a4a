//! # response-enum-value-added
//!
//! Level: **warning**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! An `enum` gains a value. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Well-behaved clients tolerate it, but strict ones (exhaustive enums, generated models, response validators) may reject what they now receive. clients must tolerate unknown values, but exhaustive matches and generated enums fail on the new one.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, enum: [open, won]}}}
//! # revision
//! {type: object, properties: {p: {type: string, enum: [open, won, on_hold]}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && matches!(d.kind, Kind::EnumValueAdded { extensible: false, .. })
}

pub const CHECK: Check = Check {
    id: "response-enum-value-added",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "enum value `{new}` added to `{target}`",
    matches,
};
