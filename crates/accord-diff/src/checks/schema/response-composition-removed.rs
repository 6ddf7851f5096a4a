//! # response-composition-removed
//!
//! Level: **warning**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A response schema drops its `oneOf`/`anyOf` but keeps its other constraints: responses
//! no longer promise to match one of the variants.
//!
//! ## Why it matters
//!
//! Clients that branch on the variants may meet a response that matches none of them.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, oneOf: [{required: [card]}, {required: [iban]}]}
//! # revision
//! {type: object}
//! ```
//!
//! ## Use instead
//!
//! Keep the variants, or add the new shape as a new variant.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && matches!(d.kind, Kind::CompositionRemoved { compatible: false, .. })
}

pub const CHECK: Check = Check {
    id: "response-composition-removed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "`{target}` no longer has to match {old}",
    matches,
};
