//! # response-status-added
//!
//! Level: **info**. Taxonomy: response / response / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation documents a new response status.
//!
//! ## Why it matters
//!
//! Clients handle undocumented statuses by their class (2XX, 4XX, 5XX) already.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! responses: {200: ...}
//! # revision
//! responses: {200: ..., 404: ...}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::ResponseAdded { .. })
}

pub const CHECK: Check = Check {
    id: "response-status-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Response, ChangeAction::Added),
    since: "0.1.0",
    message: "response status `{target}` added",
    matches,
};
