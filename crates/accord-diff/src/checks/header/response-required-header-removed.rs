//! # response-required-header-removed
//!
//! Level: **breaking**. Taxonomy: response / header / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A required response header disappears.
//!
//! ## Why it matters
//!
//! Clients rely on a required header being there (`Location`, rate limits, cursors).
//!
//! ## Example
//!
//! ```yaml
//! # base
//! headers: {Location: {required: true}}
//! # revision
//! headers: {}
//! ```
//!
//! ## Use instead
//!
//! Keep returning it.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::HeaderRemoved { required: true, .. })
}

pub const CHECK: Check = Check {
    id: "response-required-header-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Header, ChangeAction::Removed),
    since: "0.1.0",
    message: "required response header `{target}` removed",
    matches,
};
