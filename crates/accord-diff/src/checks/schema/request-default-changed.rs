//! # request-default-changed
//!
//! Level: **warning**. Taxonomy: request / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `default` is added, removed or changed. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Existing requests keep being accepted, but their meaning or effect may change; review the clients that rely on it. clients that omit the value now get different behaviour from the server.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, default: a}}}
//! # revision
//! {type: object, properties: {p: {type: string, default: b}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::DefaultChanged
}

pub const CHECK: Check = Check {
    id: "request-default-changed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "default of `{target}` changed from {old} to {new}",
    matches,
};
