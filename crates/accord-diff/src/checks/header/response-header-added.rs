//! # response-header-added
//!
//! Level: **info**. Taxonomy: response / header / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A response documents a new header.
//!
//! ## Why it matters
//!
//! Compatible: every response a client could read it can still read.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! headers: {}
//! # revision
//! headers: {X-Rate-Limit: ...}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::HeaderAdded { .. })
}

pub const CHECK: Check = Check {
    id: "response-header-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Header, ChangeAction::Added),
    since: "0.1.0",
    message: "response header `{target}` added",
    matches,
};
