//! # response-pattern-changed
//!
//! Level: **warning**. Taxonomy: response / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `pattern` changes; whether it narrows or widens cannot be decided in general. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Well-behaved clients tolerate it, but strict ones (exhaustive enums, generated models, response validators) may reject what they now receive. Regular expressions cannot be compared in general: review whether every value the old pattern admitted is still admitted.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, pattern: '^[a-z]+$'}}}
//! # revision
//! {type: object, properties: {p: {type: string, pattern: '^[a-z0-9]+$'}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::PatternChanged
}

pub const CHECK: Check = Check {
    id: "response-pattern-changed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "pattern of `{target}` changed from `{old}` to `{new}`",
    matches,
};
