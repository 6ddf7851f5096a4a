//! # request-format-added
//!
//! Level: **breaking**. Taxonomy: request / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `format` appears on a schema that had none. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string}}}
//! # revision
//! {type: object, properties: {p: {type: string, format: email}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::FormatAdded
}

pub const CHECK: Check = Check {
    id: "request-format-added",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "format `{new}` added to `{target}`",
    matches,
};
