//! # response-discriminator-mapping-renamed
//!
//! Level: **breaking**. Taxonomy: response / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A discriminator mapping value disappears and a new value maps to the same schema: the
//! same objects are now tagged with another value. Judged on the response (what clients receive).
//!
//! ## Why it matters
//!
//! Consumers dispatch on the tag: every object of that schema now arrives with a tag they
//! do not know, so they mis-dispatch or drop it.
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
//! oasdiff calls a mapping value change info; issue 15 item 5 asks for a response rename to
//! be breaking, as consumers dispatch on the tag (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::DiscriminatorMappingRenamed
}

pub const CHECK: Check = Check {
    id: "response-discriminator-mapping-renamed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "discriminator value `{old}` of `{target}` renamed `{new}` (same schema)",
    matches,
};
