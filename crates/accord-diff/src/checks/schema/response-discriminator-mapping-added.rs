//! # response-discriminator-mapping-added
//!
//! Level: **warning**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `discriminator.mapping` gains a value. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Well-behaved clients tolerate it, but strict ones (exhaustive enums, generated models, response validators) may reject what they now receive.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {oneOf: [{$ref: '#/components/schemas/A'}], discriminator: {propertyName: kind, mapping: {a: '#/components/schemas/A'}}}}}
//! # revision
//! {type: object, properties: {p: {oneOf: [{$ref: '#/components/schemas/A'}], discriminator: {propertyName: kind, mapping: {a: '#/components/schemas/A', b: '#/components/schemas/A'}}}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::DiscriminatorMappingAdded
}

pub const CHECK: Check = Check {
    id: "response-discriminator-mapping-added",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "discriminator of `{target}` maps the new value `{new}`",
    matches,
};
