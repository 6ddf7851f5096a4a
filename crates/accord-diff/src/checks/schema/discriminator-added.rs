//! # discriminator-added
//!
//! Level: **info**. Taxonomy: both / schema / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `oneOf`/`anyOf` gains a `discriminator`, in a request or a response.
//!
//! ## Why it matters
//!
//! Compatible: a discriminator does not change which payloads are valid (JSON Schema ignores
//! it); it tells tools which variant to try first by a property the payloads already carry.
//! Changing its property name (`request-discriminator-changed`,
//! `response-discriminator-changed`) or its mapped values is what breaks dispatch.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {oneOf: [Cat, Dog]}
//! # revision
//! {oneOf: [Cat, Dog], discriminator: {propertyName: petType}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::DiscriminatorAdded
}

pub const CHECK: Check = Check {
    id: "discriminator-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Schema, ChangeAction::Added),
    since: "0.1.0",
    message: "`{target}` gained a discriminator on `{new}`",
    matches,
};
