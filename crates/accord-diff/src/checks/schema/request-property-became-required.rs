//! # request-property-became-required
//!
//! Level: **breaking**. Taxonomy: request / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An existing property is added to `required`. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string}}}
//! # revision
//! {type: object, required: [p], properties: {p: {type: string}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::PropertyBecameRequired
}

pub const CHECK: Check = Check {
    id: "request-property-became-required",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "property `{target}` became required",
    matches,
};
