//! # security-scope-removed
//!
//! Level: **info**. Taxonomy: both / security / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A security requirement of an operation drops a scope.
//!
//! ## Why it matters
//!
//! Compatible: existing clients keep working; reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! security: [{oauth: [read, write]}]
//! # revision
//! security: [{oauth: [read]}]
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::SecurityScopeRemoved
}

pub const CHECK: Check = Check {
    id: "security-scope-removed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Removed),
    since: "0.1.0",
    message: "operation no longer requires scope `{old}` of `{target}`",
    matches,
};
