//! # request-discriminator-changed
//!
//! Level: **breaking**. Taxonomy: request / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! The `discriminator.propertyName` of a `oneOf`/`anyOf` is added, removed or changed. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {oneOf: [{type: object, properties: {kind: {type: string}, type: {type: string}}}], discriminator: {propertyName: kind}}}}
//! # revision
//! {type: object, properties: {p: {oneOf: [{type: object, properties: {kind: {type: string}, type: {type: string}}}], discriminator: {propertyName: type}}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).
//!
//! ## Versus oasdiff
//!
//! oasdiff calls a discriminator property rename info; clients send the old property and
//! the server dispatches on the new one, so we keep breaking (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::DiscriminatorChanged
}

pub const CHECK: Check = Check {
    id: "request-discriminator-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "discriminator of `{target}` changed from `{old}` to `{new}`",
    matches,
};
