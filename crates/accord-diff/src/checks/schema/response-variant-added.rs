//! # response-variant-added
//!
//! Level: **breaking**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `oneOf`/`anyOf` gains a member. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! A new alternative is a new shape of value (a new type in a list of types, a new object
//! kind): clients deserialise a union into the variants they know, and a value that matches
//! none of them fails to parse. That is the same verdict as `response-type-widened`, which
//! this is when the variants are types. (A new enum value stays a warning: generated
//! clients read string enums forward-compatibly; they cannot guess an unknown shape.)
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {oneOf: [{type: string}, {type: integer}]}}}
//! # revision
//! {type: object, properties: {p: {oneOf: [{type: string}, {type: integer}, {type: boolean}]}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::VariantAdded
}

pub const CHECK: Check = Check {
    id: "response-variant-added",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "`{target}` gained the variant {new}",
    matches,
};
