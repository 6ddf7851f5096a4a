//! # request-composition-removed
//!
//! Level: **info**. Taxonomy: request / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A request schema drops its `oneOf`/`anyOf` (keeping its other constraints): one conjunct
//! less, so it accepts more. Reported once, not once per variant.
//!
//! ## Why it matters
//!
//! Compatible: everything valid before is still valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, anyOf: [{required: [a]}, {required: [b]}]}
//! # revision
//! {type: object}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && matches!(d.kind, Kind::CompositionRemoved { .. })
}

pub const CHECK: Check = Check {
    id: "request-composition-removed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "`{target}` no longer has to match {old}",
    matches,
};
