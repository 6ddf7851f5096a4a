//! # request-discriminator-mapping-renamed
//!
//! Level: **breaking**. Taxonomy: request / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A discriminator mapping value disappears and a new value maps to the same schema: the
//! same objects are now tagged with another value. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Clients still send the old tag: the server no longer maps it to the schema (and the
//! implicit mapping uses the schema name, not the old tag).
//!
//! ## Example
//!
//! ```yaml
//! # base
//! discriminator: {propertyName: petType, mapping: {cat: Cat}}
//! # revision
//! discriminator: {propertyName: petType, mapping: {cats: Cat}}
//! ```
//!
//! ## Use instead
//!
//! Map both values to the schema until clients have moved.
//!
//! ## Versus oasdiff
//!
//! oasdiff calls a mapping value change info; a client sending the old tag is no longer
//! mapped, so we keep breaking (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::DiscriminatorMappingRenamed
}

pub const CHECK: Check = Check {
    id: "request-discriminator-mapping-renamed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "discriminator value `{old}` of `{target}` renamed `{new}` (same schema)",
    matches,
};
