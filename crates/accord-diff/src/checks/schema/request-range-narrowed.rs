//! # request-range-narrowed
//!
//! Level: **breaking**. Taxonomy: request / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! `minimum`/`maximum` (or their exclusive forms) tighten, or `multipleOf` appears or grows. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: integer, maximum: 100}}}
//! # revision
//! {type: object, properties: {p: {type: integer, maximum: 50}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).
//!
//! ## Versus oasdiff
//!
//! Breaking, as in oasdiff, also when the bound sits on a type it does not constrain in
//! JSON Schema (`maximum` on an array, as oasdiff's fixtures write it): while the type stays, the
//! bound states the limit the vendor means and its server enforces, so a lowered limit is
//! judged as written.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::RangeNarrowed
}

pub const CHECK: Check = Check {
    id: "request-range-narrowed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "value range of `{target}` narrowed: {old} → {new}",
    matches,
};
