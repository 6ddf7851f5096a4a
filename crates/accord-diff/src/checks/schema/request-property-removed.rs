//! # request-property-removed
//!
//! Level: **warning**. Taxonomy: request / schema / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A property disappears from an object schema. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Existing requests keep being accepted, but their meaning or effect may change; review the clients that rely on it. the server now ignores the property, so whatever it did for clients silently stops.
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
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && matches!(d.kind, Kind::PropertyRemoved { .. })
}

pub const CHECK: Check = Check {
    id: "request-property-removed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Removed),
    since: "0.1.0",
    message: "property `{target}` removed",
    matches,
};
