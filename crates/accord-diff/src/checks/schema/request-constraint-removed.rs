//! # request-constraint-removed
//!
//! Level: **info**. Taxonomy: request / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A JSON Schema 2020-12 keyword that constrained values is dropped (or an entry of it):
//! `contains`, `prefixItems`, `patternProperties`, `propertyNames`, `dependentRequired`,
//! `dependentSchemas`, `if`/`then`/`else`, `unevaluatedItems`/`unevaluatedProperties`,
//! `contentMediaType`/`contentEncoding`/`contentSchema` or `not`. Judged on the request (what clients send; for events, what the consumer sends).
//!
//! ## Why it matters
//!
//! Compatible: the request accepts everything it accepted before.
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
//! Nothing to do; this change is safe.
//!
//! ## Versus oasdiff
//!
//! A constraint on a type the schema does not have constrains nothing (`maxItems` on a
//! string, `maximum` on an array): oasdiff reports changes to them, we do not
//! (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::ConstraintRemoved
}

pub const CHECK: Check = Check {
    id: "request-constraint-removed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "`{target}` lost the constraint {old}",
    matches,
};
