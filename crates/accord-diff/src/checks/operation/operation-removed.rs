//! # operation-removed
//!
//! Level: **breaking**. Taxonomy: both / operation / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation disappears without having been marked `deprecated` first.
//!
//! ## Why it matters
//!
//! A client that worked against the old contract stops working without any change of its own.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! paths: {/items: {get: ..., post: ...}}
//! # revision
//! paths: {/items: {get: ...}}
//! ```
//!
//! ## Use instead
//!
//! Keep the old behaviour alongside the new one, announce the change with a deprecation and a sunset date, and remove it only after the sunset.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::OperationRemoved { deprecated: false, .. })
}

pub const CHECK: Check = Check {
    id: "operation-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Removed),
    since: "0.1.0",
    message: "operation `{target}` removed without deprecation",
    matches,
};
