//! # operation-undeprecated
//!
//! Level: **info**. Taxonomy: both / operation / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation loses `deprecated: true`.
//!
//! ## Why it matters
//!
//! Compatible: existing clients keep working; reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! get: {deprecated: true}
//! # revision
//! get: {}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::OperationUndeprecated
}

pub const CHECK: Check = Check {
    id: "operation-undeprecated",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Changed),
    since: "0.1.0",
    message: "operation `{target}` is no longer deprecated",
    matches,
};
