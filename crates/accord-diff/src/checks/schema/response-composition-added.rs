//! # response-composition-added
//!
//! Level: **info**. Taxonomy: response / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A response schema gains a `oneOf`/`anyOf` beside its constraints: what is returned must
//! also match one of the variants. (A bare schema wrapped in a composition is judged variant
//! by variant against the old shape instead.)
//!
//! ## Why it matters
//!
//! Compatible: clients receive a subset of what they received before.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {id: {type: string}}}
//! # revision
//! {type: object, properties: {id: {type: string}}, anyOf: [{required: [id]}]}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && matches!(d.kind, Kind::CompositionAdded { .. })
}

pub const CHECK: Check = Check {
    id: "response-composition-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "`{target}` must now also match {new}",
    matches,
};
