//! # operation-deprecated
//!
//! Level: **info**. Taxonomy: both / operation / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation gets `deprecated: true`.
//!
//! ## Why it matters
//!
//! Clients still work, but should plan to move; the sunset date (if any) says until when.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! get: {}
//! # revision
//! get: {deprecated: true, x-sunset: '2026-01-31'}
//! ```
//!
//! ## Use instead
//!
//! Give a sunset date (`x-sunset`) so clients can plan.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::OperationDeprecated
}

pub const CHECK: Check = Check {
    id: "operation-deprecated",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Changed),
    since: "0.1.0",
    message: "operation `{target}` deprecated",
    matches,
};
