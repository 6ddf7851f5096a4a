//! # request-variant-removed
//!
//! Level: **breaking**. Taxonomy: request / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `oneOf`/`anyOf` loses a member. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {oneOf: [{type: string}, {type: integer}, {type: boolean}]}}}
//! # revision
//! {type: object, properties: {p: {oneOf: [{type: string}, {type: integer}]}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).
//!
//! ## Versus oasdiff
//!
//! Variants are compared by meaning: an `anyOf` variant removed (or replaced) while an
//! equal one stays, an `allOf` member added or removed that repeats what the others say, an
//! inline enum moved into a component: oasdiff calls these breaking, we report no change,
//! since no payload changes verdict (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::VariantRemoved
}

pub const CHECK: Check = Check {
    id: "request-variant-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "`{target}` lost the variant {old}",
    matches,
};
