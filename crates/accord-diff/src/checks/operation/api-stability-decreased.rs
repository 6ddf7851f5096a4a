//! # api-stability-decreased
//!
//! Level: **breaking**. Taxonomy: both / operation / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation's `x-stability-level` is lowered (`stable` → `beta` → `alpha` → `draft`).
//!
//! ## Why it matters
//!
//! A lower stability level allows breaking changes without notice: clients that adopted the
//! operation under the old level lose the promise they built on.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! x-stability-level: beta
//! # revision
//! x-stability-level: alpha
//! ```
//!
//! ## Use instead
//!
//! Keep the level; introduce an experimental variant as a new operation.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::StabilityDecreased
}

pub const CHECK: Check = Check {
    id: "api-stability-decreased",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Changed),
    since: "0.1.0",
    message: "operation stability lowered: {old} → {new}",
    matches,
};
