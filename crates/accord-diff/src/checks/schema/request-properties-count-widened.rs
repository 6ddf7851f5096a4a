//! # request-properties-count-widened
//!
//! Level: **info**. Taxonomy: request / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! `minProperties` shrinks or `maxProperties` grows. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: object, maxProperties: 5}}}
//! # revision
//! {type: object, properties: {p: {type: object, maxProperties: 10}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::PropertiesCountWidened
}

pub const CHECK: Check = Check {
    id: "request-properties-count-widened",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "property count of `{target}` widened: {old} → {new}",
    matches,
};
