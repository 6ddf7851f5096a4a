//! # response-enum-value-renamed
//!
//! Level: **breaking**. Taxonomy: response / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An enum value is replaced in place: the only value gone and the only value new, or a
//! value gone and a new one at the same position of the list. Judged on the response (what clients receive).
//!
//! ## Why it matters
//!
//! The same objects now carry another value: consumers that switch on the value (a
//! status, a type) miss every object that changed, which a value removed (info) plus a value
//! added (warning) would hide. One breaking change, not a warning and an info.
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
    d.scope == Scope::Response && d.kind == Kind::EnumValueRenamed
}

pub const CHECK: Check = Check {
    id: "response-enum-value-renamed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "enum value `{old}` of `{target}` renamed `{new}`",
    matches,
};
