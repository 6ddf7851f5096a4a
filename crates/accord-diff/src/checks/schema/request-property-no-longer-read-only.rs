//! # request-property-no-longer-read-only
//!
//! Level: **info**. Taxonomy: request / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A schema loses `readOnly: true`. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, readOnly: true}}}
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
    d.scope == Scope::Request && d.kind == Kind::NoLongerReadOnly
}

pub const CHECK: Check = Check {
    id: "request-property-no-longer-read-only",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "`{target}` is no longer read-only",
    matches,
};
