//! # new-required-request-property
//!
//! Level: **breaking**. Taxonomy: request / schema / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A required property appears in a request schema.
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {q: {type: string}}}
//! # revision
//! {type: object, required: [p], properties: {p: {type: string}, q: {type: string}}}
//! ```
//!
//! ## Use instead
//!
//! Add the property as optional, with a server-side default, and make it required only in a new API version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && matches!(d.kind, Kind::PropertyAdded { required: true, .. })
}

pub const CHECK: Check = Check {
    id: "new-required-request-property",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Added),
    since: "0.1.0",
    message: "new required property `{target}`",
    matches,
};
