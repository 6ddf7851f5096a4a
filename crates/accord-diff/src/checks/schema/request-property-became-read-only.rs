//! # request-property-became-read-only
//!
//! Level: **warning**. Taxonomy: request / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A schema gets `readOnly: true`. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Existing requests keep being accepted, but their meaning or effect may change; review the clients that rely on it. servers may now ignore or reject the value clients send.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string}}}
//! # revision
//! {type: object, properties: {p: {type: string, readOnly: true}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::BecameReadOnly
}

pub const CHECK: Check = Check {
    id: "request-property-became-read-only",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "`{target}` became read-only",
    matches,
};
