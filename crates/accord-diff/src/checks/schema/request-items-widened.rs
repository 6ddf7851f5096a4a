//! # request-items-widened
//!
//! Level: **info**. Taxonomy: request / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! `minItems` shrinks, `maxItems` grows or `uniqueItems` is dropped. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: array, items: {type: string}, maxItems: 5}}}
//! # revision
//! {type: object, properties: {p: {type: array, items: {type: string}, maxItems: 10}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::ItemsCountWidened
}

pub const CHECK: Check = Check {
    id: "request-items-widened",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "items of `{target}` widened: {old} → {new}",
    matches,
};
