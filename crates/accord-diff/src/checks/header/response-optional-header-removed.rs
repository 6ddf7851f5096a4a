//! # response-optional-header-removed
//!
//! Level: **warning**. Taxonomy: response / header / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An optional response header disappears.
//!
//! ## Why it matters
//!
//! Clients must cope with its absence already, but those using it lose the information.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! headers: {X-Rate-Limit: {}}
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
    matches!(d.kind, Kind::HeaderRemoved { required: false, .. })
}

pub const CHECK: Check = Check {
    id: "response-optional-header-removed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Header, ChangeAction::Removed),
    since: "0.1.0",
    message: "optional response header `{target}` removed",
    matches,
};
