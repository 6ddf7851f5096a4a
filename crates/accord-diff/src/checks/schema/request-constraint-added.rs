//! # request-constraint-added
//!
//! Level: **breaking**. Taxonomy: request / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A JSON Schema 2020-12 keyword that admits fewer values is added:
//! `contains`, `prefixItems`, `patternProperties`, `propertyNames`, `dependentRequired`,
//! `dependentSchemas`, `if`/`then`/`else`, `unevaluatedItems`/`unevaluatedProperties`,
//! `contentMediaType`/`contentEncoding`/`contentSchema` or `not`
//! (a new entry of a keyed or positional keyword counts too). Judged on the request (what clients send; for events, what the consumer sends).
//!
//! ## Why it matters
//!
//! Payloads clients send today may fail the new constraint and be rejected.
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
//! Add the constraint in a new version, or accept both shapes for a transition period.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::ConstraintAdded
}

pub const CHECK: Check = Check {
    id: "request-constraint-added",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "`{target}` gained the constraint {new}",
    matches,
};
