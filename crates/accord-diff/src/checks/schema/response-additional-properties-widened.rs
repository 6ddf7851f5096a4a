//! # response-additional-properties-widened
//!
//! Level: **warning**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! `additionalProperties: false` (or a schema) is relaxed. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Well-behaved clients tolerate it, but strict ones (exhaustive enums, generated models, response validators) may reject what they now receive.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: object, additionalProperties: false}}}
//! # revision
//! {type: object, properties: {p: {type: object}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::AdditionalPropertiesWidened
}

pub const CHECK: Check = Check {
    id: "response-additional-properties-widened",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "additional properties of `{target}` widened: {old} → {new}",
    matches,
};
