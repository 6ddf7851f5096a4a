//! # security-alternative-added
//!
//! Level: **info**. Taxonomy: both / security / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation's security gains an alternative requirement (another scheme clients may use instead).
//!
//! ## Why it matters
//!
//! Compatible: existing clients keep working; reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! security: [{oauth: [read]}]
//! # revision
//! security: [{oauth: [read]}, {key: []}]
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::SecurityAlternativeAdded
}

pub const CHECK: Check = Check {
    id: "security-alternative-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Added),
    since: "0.1.0",
    message: "operation accepts a new way to authenticate: {new}",
    matches,
};
