//! # request-items-narrowed
//!
//! Level: **breaking**. Taxonomy: request / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! `minItems` grows, `maxItems` shrinks or `uniqueItems` becomes true. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: array, items: {type: string}, maxItems: 10}}}
//! # revision
//! {type: object, properties: {p: {type: array, items: {type: string}, maxItems: 5}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).
//!
//! ## Versus oasdiff
//!
//! Breaking, as in oasdiff, also when the bound sits on a type it does not constrain in
//! JSON Schema (`maxItems` on the items of an array of strings, as oasdiff's fixtures write it): while the type stays, the
//! bound states the limit the vendor means and its server enforces, so a lowered limit is
//! judged as written.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::ItemsCountNarrowed
}

pub const CHECK: Check = Check {
    id: "request-items-narrowed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "items of `{target}` narrowed: {old} → {new}",
    matches,
};
