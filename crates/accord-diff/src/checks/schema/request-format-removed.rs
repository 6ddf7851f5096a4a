//! # request-format-removed
//!
//! Level: **info**. Taxonomy: request / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A schema loses its `format`. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, format: email}}}
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
    d.scope == Scope::Request && d.kind == Kind::FormatRemoved
}

pub const CHECK: Check = Check {
    id: "request-format-removed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "format `{old}` removed from `{target}`",
    matches,
};
