//! # response-non-success-status-removed
//!
//! Level: **warning**. Taxonomy: response / response / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A documented non-success (3XX, 4XX, 5XX, default) response disappears.
//!
//! ## Why it matters
//!
//! Clients handling that error specifically lose their branch; if the server still returns it, it is now undocumented.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! responses: {200: ..., 404: ...}
//! # revision
//! responses: {200: ...}
//! ```
//!
//! ## Use instead
//!
//! Keep documenting errors the server can still return.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::ResponseRemoved { success: false, .. })
}

pub const CHECK: Check = Check {
    id: "response-non-success-status-removed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Response, ChangeAction::Removed),
    since: "0.1.0",
    message: "error response `{target}` removed",
    matches,
};
