//! # discriminator-removed
//!
//! Level: **info**. Taxonomy: both / schema / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `oneOf`/`anyOf` drops its `discriminator`, in a request or a response.
//!
//! ## Why it matters
//!
//! Compatible: the payloads valid before are still valid, and they still carry the property;
//! clients that dispatched on it still can. Reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {oneOf: [Cat, Dog], discriminator: {propertyName: petType}}
//! # revision
//! {oneOf: [Cat, Dog]}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::DiscriminatorRemoved
}

pub const CHECK: Check = Check {
    id: "discriminator-removed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Schema, ChangeAction::Removed),
    since: "0.1.0",
    message: "`{target}` no longer declares a discriminator on `{old}`",
    matches,
};
