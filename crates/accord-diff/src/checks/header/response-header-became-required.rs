//! # response-header-became-required
//!
//! Level: **info**. Taxonomy: response / header / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An optional response header becomes required.
//!
//! ## Why it matters
//!
//! Compatible: every response a client could read it can still read.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {required: false}
//! # revision
//! {required: true}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::HeaderBecameRequired
}

pub const CHECK: Check = Check {
    id: "response-header-became-required",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::Header, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "response header `{target}` became required",
    matches,
};
