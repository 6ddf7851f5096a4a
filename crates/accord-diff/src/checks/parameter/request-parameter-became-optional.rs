//! # request-parameter-became-optional
//!
//! Level: **info**. Taxonomy: request / parameter / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A required parameter becomes optional.
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {required: true}
//! # revision
//! {required: false}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ParameterBecameOptional
}

pub const CHECK: Check = Check {
    id: "request-parameter-became-optional",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Parameter, ChangeAction::Widened),
    since: "0.1.0",
    message: "{target} became optional",
    matches,
};
