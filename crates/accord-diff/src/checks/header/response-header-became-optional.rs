//! # response-header-became-optional
//!
//! Level: **breaking**. Taxonomy: response / header / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A required response header becomes optional.
//!
//! ## Why it matters
//!
//! Clients relying on it being present can now miss it.
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
//! Keep it required.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::HeaderBecameOptional
}

pub const CHECK: Check = Check {
    id: "response-header-became-optional",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Header, ChangeAction::Widened),
    since: "0.1.0",
    message: "response header `{target}` became optional",
    matches,
};
