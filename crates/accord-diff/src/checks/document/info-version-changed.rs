//! # info-version-changed
//!
//! Level: **info**. Taxonomy: both / document / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! `info.version` changes.
//!
//! ## Why it matters
//!
//! Compatible: existing clients keep working; reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! info: {version: 1.9.2}
//! # revision
//! info: {version: 2.0.0}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::InfoVersionChanged
}

pub const CHECK: Check = Check {
    id: "info-version-changed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Document, ChangeAction::Changed),
    since: "0.1.0",
    message: "API version changed from {old} to {new}",
    matches,
};
