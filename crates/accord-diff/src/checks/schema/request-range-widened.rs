//! # request-range-widened
//!
//! Level: **info**. Taxonomy: request / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! `minimum`/`maximum` loosen or disappear, or `multipleOf` is relaxed. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: integer, maximum: 50}}}
//! # revision
//! {type: object, properties: {p: {type: integer, maximum: 100}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::RangeWidened
}

pub const CHECK: Check = Check {
    id: "request-range-widened",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "value range of `{target}` widened: {old} → {new}",
    matches,
};
