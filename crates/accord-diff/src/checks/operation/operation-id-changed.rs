//! # operation-id-changed
//!
//! Level: **warning**. Taxonomy: both / operation / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! The `operationId` of an operation changes.
//!
//! ## Why it matters
//!
//! Generated clients name their methods after `operationId`: regenerating them renames methods and breaks callers at compile time.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! get: {operationId: listItems}
//! # revision
//! get: {operationId: getItems}
//! ```
//!
//! ## Use instead
//!
//! Keep `operationId`s stable.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::OperationIdChanged
}

pub const CHECK: Check = Check {
    id: "operation-id-changed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Changed),
    since: "0.1.0",
    message: "operationId of `{target}` changed from `{old}` to `{new}`",
    matches,
};
