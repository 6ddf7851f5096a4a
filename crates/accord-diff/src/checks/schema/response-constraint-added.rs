//! # response-constraint-added
//!
//! Level: **info**. Taxonomy: response / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A JSON Schema 2020-12 keyword that admits fewer values is added:
//! `contains`, `prefixItems`, `patternProperties`, `propertyNames`, `dependentRequired`,
//! `dependentSchemas`, `if`/`then`/`else`, `unevaluatedItems`/`unevaluatedProperties`,
//! `contentMediaType`/`contentEncoding`/`contentSchema` or `not`
//! (a new entry of a keyed or positional keyword counts too). Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Compatible: clients receive a subset of what they received before.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: array, items: {type: string}}
//! # revision
//! {type: array, items: {type: string}, contains: {const: primary}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::ConstraintAdded
}

pub const CHECK: Check = Check {
    id: "response-constraint-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "`{target}` gained the constraint {new}",
    matches,
};
