//! # extensible-enum-value-added
//!
//! Level: **info**. Taxonomy: response / schema / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A response value declared with `x-extensible-enum` (Zalando guidelines) lists a new value.
//! (Removing one is judged like any enum value removed: `request-enum-value-removed`.)
//!
//! ## Why it matters
//!
//! Compatible: an extensible enum tells clients to expect values they do not know, so a new
//! one is no surprise (unlike `response-enum-value-added`).
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: string, x-extensible-enum: [open, closed]}
//! # revision
//! {type: string, x-extensible-enum: [open, closed, archived]}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && matches!(d.kind, Kind::EnumValueAdded { extensible: true, .. })
}

pub const CHECK: Check = Check {
    id: "extensible-enum-value-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Added),
    since: "0.1.0",
    message: "`{target}` lists a new value `{new}` in its `x-extensible-enum`",
    matches,
};
