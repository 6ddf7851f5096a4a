//! # request-type-narrowed
//!
//! Level: **breaking**. Taxonomy: request / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! The `type` of a schema admits fewer JSON types (e.g. `number` → `integer`, or a type where there was none). Judged on the request (what clients send).
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
//! {type: object, properties: {p: {type: integer}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::TypeNarrowed
}

pub const CHECK: Check = Check {
    id: "request-type-narrowed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "type of `{target}` narrowed from {old} to {new}",
    matches,
};
