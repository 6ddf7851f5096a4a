//! # request-parameter-deprecated
//!
//! Level: **info**. Taxonomy: request / parameter / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A parameter gets `deprecated: true`.
//!
//! ## Why it matters
//!
//! Still accepted; clients should plan to stop sending it.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {name: q, in: query}
//! # revision
//! {name: q, in: query, deprecated: true}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ParameterDeprecated
}

pub const CHECK: Check = Check {
    id: "request-parameter-deprecated",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Parameter, ChangeAction::Changed),
    since: "0.1.0",
    message: "{target} deprecated",
    matches,
};
