//! # request-enum-value-renamed
//!
//! Level: **breaking**. Taxonomy: request / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An enum value is replaced in place: the only value gone and the only value new, or a
//! value gone and a new one at the same position of the list. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! Clients still send the old value, which the server now rejects.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: string, enum: [active, canceled]}
//! # revision
//! {type: string, enum: [active, cancelled]}
//! ```
//!
//! ## Use instead
//!
//! Keep the old value alongside the new one until clients have moved.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::EnumValueRenamed
}

pub const CHECK: Check = Check {
    id: "request-enum-value-renamed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "enum value `{old}` of `{target}` renamed `{new}`",
    matches,
};
