//! # response-constraint-removed
//!
//! Level: **breaking**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A JSON Schema 2020-12 keyword that constrained values is dropped (or an entry of it):
//! `contains`, `prefixItems`, `patternProperties`, `propertyNames`, `dependentRequired`,
//! `dependentSchemas`, `if`/`then`/`else`, `unevaluatedItems`/`unevaluatedProperties`,
//! `contentMediaType`/`contentEncoding`/`contentSchema` or `not`. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! The response gave a guarantee clients code against (an element that is always there,
//! typed tuple positions, key names of a known shape, a property that comes with
//! another, a conditional shape, an encoding) and no longer does: a client relying on it
//! breaks on the first response without it. Unlike a loosened numeric range, these
//! describe shape, which typed clients and parsers depend on.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, propertyNames: {pattern: "^[a-z]+$"}}
//! # revision
//! {type: object}
//! ```
//!
//! ## Use instead
//!
//! Keep the guarantee, or announce the change and ship it in a new version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::ConstraintRemoved
}

pub const CHECK: Check = Check {
    id: "response-constraint-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "`{target}` lost the constraint {old}",
    matches,
};
