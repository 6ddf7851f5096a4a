//! # request-parameter-default-changed
//!
//! Level: **breaking**. Taxonomy: request / parameter / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A request parameter's `default` changes.
//!
//! ## Why it matters
//!
//! A client that omits the parameter relied on the old default: the server now behaves
//! differently for the same call (another page size, another sort order, another filter)
//! without anything failing.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {name: limit, in: query, schema: {type: integer, default: 10}}
//! # revision
//! {name: limit, in: query, schema: {type: integer, default: 100}}
//! ```
//!
//! ## Use instead
//!
//! Keep the default; add a new parameter or version for the new behaviour.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::ParameterDefaultChanged
}

pub const CHECK: Check = Check {
    id: "request-parameter-default-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Parameter, ChangeAction::Changed),
    since: "0.1.0",
    message: "default of {target} changed: {old} → {new}",
    matches,
};
