//! # security-removed-from-operation
//!
//! Level: **info**. Taxonomy: both / security / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation that required credentials is now open.
//!
//! ## Why it matters
//!
//! Clients keep working (their credentials are ignored); review that opening it was intended.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! get: {security: [{oauth: [read]}]}
//! # revision
//! get: {security: []}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::SecurityRemoved
}

pub const CHECK: Check = Check {
    id: "security-removed-from-operation",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Removed),
    since: "0.1.0",
    message: "operation no longer requires authentication (was {old})",
    matches,
};
