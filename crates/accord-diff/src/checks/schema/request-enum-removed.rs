//! # request-enum-removed
//!
//! Level: **info**. Taxonomy: request / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A schema loses its `enum`: any value of its type is allowed. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, enum: [a, b]}}}
//! # revision
//! {type: object, properties: {p: {type: string}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::EnumRemoved
}

pub const CHECK: Check = Check {
    id: "request-enum-removed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "`{target}` no longer restricted to the values {old}",
    matches,
};
