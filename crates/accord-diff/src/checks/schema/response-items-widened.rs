//! # response-items-widened
//!
//! Level: **warning**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! `minItems` shrinks, `maxItems` grows or `uniqueItems` is dropped. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Well-behaved clients tolerate it, but strict ones (exhaustive enums, generated models, response validators) may reject what they now receive.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: array, items: {type: string}, maxItems: 5}}}
//! # revision
//! {type: object, properties: {p: {type: array, items: {type: string}, maxItems: 10}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::ItemsCountWidened
}

pub const CHECK: Check = Check {
    id: "response-items-widened",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "items of `{target}` widened: {old} → {new}",
    matches,
};
