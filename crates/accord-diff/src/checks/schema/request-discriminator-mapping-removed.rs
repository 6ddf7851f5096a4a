//! # request-discriminator-mapping-removed
//!
//! Level: **breaking**. Taxonomy: request / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `discriminator.mapping` loses a value. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
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
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::DiscriminatorMappingRemoved
}

pub const CHECK: Check = Check {
    id: "request-discriminator-mapping-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "discriminator of `{target}` no longer maps `{old}`",
    matches,
};
