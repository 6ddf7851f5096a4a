//! # response-success-status-removed
//!
//! Level: **breaking**. Taxonomy: response / response / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A documented success (2XX) response disappears.
//!
//! ## Why it matters
//!
//! Clients and generated code branching on that status (and its body) break.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! responses: {200: ..., 202: ...}
//! # revision
//! responses: {200: ...}
//! ```
//!
//! ## Use instead
//!
//! Keep returning it, or version the operation.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::ResponseRemoved { success: true, .. })
}

pub const CHECK: Check = Check {
    id: "response-success-status-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Response, ChangeAction::Removed),
    since: "0.1.0",
    message: "success response `{target}` removed",
    matches,
};
