//! # request-type-changed
//!
//! Level: **breaking**. Taxonomy: request / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! The `type` of a schema changes to an incompatible one (e.g. `number` → `string`). Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: number}}}
//! # revision
//! {type: object, properties: {p: {type: string}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).
//!
//! ## Versus oasdiff
//!
//! In a media type that carries text (XML, form data, `text/*`) a type change is a warning,
//! `request-text-type-changed`, where oasdiff says info. A parameter going from scalars to a list of unconstrained strings is widened,
//! not changed (`request-type-widened`): on the wire a single value is a list of one.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && matches!(d.kind, Kind::TypeChanged { loose: false })
}

pub const CHECK: Check = Check {
    id: "request-type-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "type of `{target}` changed from {old} to {new}",
    matches,
};
