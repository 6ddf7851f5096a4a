//! # response-discriminator-changed
//!
//! Level: **breaking**. Taxonomy: response / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! The `discriminator.propertyName` of a `oneOf`/`anyOf` is added, removed or changed. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! A client built against the old contract can now fail to read what it receives: deserialisation, validation or business logic breaks.
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
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.
//!
//! ## Versus oasdiff
//!
//! oasdiff reports a discriminator's property renamed as info. Consumers dispatch on that
//! property: once it is named otherwise, every object of the union arrives without the tag
//! they switch on, so we keep breaking (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::DiscriminatorChanged
}

pub const CHECK: Check = Check {
    id: "response-discriminator-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "discriminator of `{target}` changed from `{old}` to `{new}`",
    matches,
};
