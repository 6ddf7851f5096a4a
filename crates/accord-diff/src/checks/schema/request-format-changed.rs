//! # request-format-changed
//!
//! Level: **breaking**. Taxonomy: request / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A schema's `format` changes (e.g. `int32` → `int64`, `date` → `date-time`). Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: string, format: date}}}
//! # revision
//! {type: object, properties: {p: {type: string, format: date-time}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::FormatChanged
}

pub const CHECK: Check = Check {
    id: "request-format-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "format of `{target}` changed from {old} to {new}",
    matches,
};
