//! # response-property-deprecated
//!
//! Level: **info**. Taxonomy: response / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A schema or property gets `deprecated: true`. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Compatible: every response a client could read it can still read.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string}}}
//! # revision
//! {type: object, properties: {p: {type: string, deprecated: true}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::PropertyDeprecated
}

pub const CHECK: Check = Check {
    id: "response-property-deprecated",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "`{target}` deprecated",
    matches,
};
