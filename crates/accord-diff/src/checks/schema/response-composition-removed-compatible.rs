//! # response-composition-removed-compatible
//!
//! Level: **info**. Taxonomy: response / schema / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A response `oneOf`/`anyOf` is replaced by a single schema that lies within one of the old
//! variants (when it does not, its differences from the closest variant are reported
//! instead).
//!
//! ## Why it matters
//!
//! Compatible: clients receive one of the shapes they already handle.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {oneOf: [{$ref: Card}, {$ref: Iban}]}
//! # revision
//! {$ref: Card}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && matches!(d.kind, Kind::CompositionRemoved { compatible: true, .. })
}

pub const CHECK: Check = Check {
    id: "response-composition-removed-compatible",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Removed),
    since: "0.1.0",
    message: "`{target}` is no longer {old}; what it returns now lies within one of those variants",
    matches,
};
