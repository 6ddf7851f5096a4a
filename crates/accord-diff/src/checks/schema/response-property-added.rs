//! # response-property-added
//!
//! Level: **info**. Taxonomy: response / schema / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A property appears in a response schema (or in a message the consumer receives).
//!
//! ## Why it matters
//!
//! Compatible: every response a client could read it can still read. Clients must ignore properties they do not know (Postel's law).
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {q: {type: string}}}
//! # revision
//! {type: object, properties: {p: {type: string}, q: {type: string}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && matches!(d.kind, Kind::PropertyAdded { .. })
}

pub const CHECK: Check = Check {
    id: "response-property-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Added),
    since: "0.1.0",
    message: "property `{target}` added",
    matches,
};
