//! # response-length-widened
//!
//! Level: **warning**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! `minLength` shrinks or `maxLength` grows (or disappears). Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Well-behaved clients tolerate it, but strict ones (exhaustive enums, generated models, response validators) may reject what they now receive.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, maxLength: 50}}}
//! # revision
//! {type: object, properties: {p: {type: string, maxLength: 100}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::LengthWidened
}

pub const CHECK: Check = Check {
    id: "response-length-widened",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "length of `{target}` widened: {old} → {new}",
    matches,
};
