//! # api-stability-increased
//!
//! Level: **info**. Taxonomy: both / operation / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation's `x-stability-level` is raised (`draft` → `alpha` → `beta` → `stable`).
//!
//! ## Why it matters
//!
//! Compatible: the operation promises more than before.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! x-stability-level: beta
//! # revision
//! x-stability-level: stable
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::StabilityIncreased
}

pub const CHECK: Check = Check {
    id: "api-stability-increased",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Changed),
    since: "0.1.0",
    message: "operation stability raised: {old} → {new}",
    matches,
};
