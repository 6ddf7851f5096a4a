//! # operation-added
//!
//! Level: **info**. Taxonomy: both / operation / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A new operation (method and path) appears.
//!
//! ## Why it matters
//!
//! Compatible: existing clients keep working; reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! paths: {/items: {get: ...}}
//! # revision
//! paths: {/items: {get: ..., post: ...}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::OperationAdded
}

pub const CHECK: Check = Check {
    id: "operation-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Added),
    since: "0.1.0",
    message: "operation `{target}` added",
    matches,
};
