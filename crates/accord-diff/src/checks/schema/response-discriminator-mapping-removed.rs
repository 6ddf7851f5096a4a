//! # response-discriminator-mapping-removed
//!
//! Level: **info**. Taxonomy: response / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `discriminator.mapping` loses a value. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Compatible: every response a client could read it can still read.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {oneOf: [{$ref: '#/components/schemas/A'}], discriminator: {propertyName: kind, mapping: {a: '#/components/schemas/A', b: '#/components/schemas/A'}}}}}
//! # revision
//! {type: object, properties: {p: {oneOf: [{$ref: '#/components/schemas/A'}], discriminator: {propertyName: kind, mapping: {a: '#/components/schemas/A'}}}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::DiscriminatorMappingRemoved
}

pub const CHECK: Check = Check {
    id: "response-discriminator-mapping-removed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "discriminator of `{target}` no longer maps `{old}`",
    matches,
};
