//! # request-parameter-became-required
//!
//! Level: **breaking**. Taxonomy: request / parameter / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An optional parameter becomes required.
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {name: since, in: query, required: false}
//! # revision
//! {name: since, in: query, required: true}
//! ```
//!
//! ## Use instead
//!
//! Keep it optional with a server-side default.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ParameterBecameRequired
}

pub const CHECK: Check = Check {
    id: "request-parameter-became-required",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Parameter, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "{target} became required",
    matches,
};
