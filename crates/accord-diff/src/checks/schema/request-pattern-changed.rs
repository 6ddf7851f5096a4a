//! # request-pattern-changed
//!
//! Level: **warning**. Taxonomy: request / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `pattern` changes; whether it narrows or widens cannot be decided in general. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Existing requests keep being accepted, but their meaning or effect may change; review the clients that rely on it. Regular expressions cannot be compared in general: review whether every value the old pattern admitted is still admitted.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, pattern: '^[a-z]+$'}}}
//! # revision
//! {type: object, properties: {p: {type: string, pattern: '^[a-z0-9]+$'}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::PatternChanged
}

pub const CHECK: Check = Check {
    id: "request-pattern-changed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "pattern of `{target}` changed from `{old}` to `{new}`",
    matches,
};
