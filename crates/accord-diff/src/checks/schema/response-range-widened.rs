//! # response-range-widened
//!
//! Level: **warning**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! `minimum`/`maximum` loosen or disappear, or `multipleOf` is relaxed. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Well-behaved clients tolerate it, but strict ones (exhaustive enums, generated models, response validators) may reject what they now receive.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: integer, maximum: 50}}}
//! # revision
//! {type: object, properties: {p: {type: integer, maximum: 100}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.
//!
//! ## Versus oasdiff
//!
//! oasdiff calls a response minimum decreased breaking; we keep a warning: typed clients
//! read the wider range, strict validators may not (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::RangeWidened
}

pub const CHECK: Check = Check {
    id: "response-range-widened",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "value range of `{target}` widened: {old} → {new}",
    matches,
};
