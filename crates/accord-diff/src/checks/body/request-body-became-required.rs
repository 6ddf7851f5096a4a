//! # request-body-became-required
//!
//! Level: **breaking**. Taxonomy: request / body / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An optional request body becomes required.
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! requestBody: {required: false}
//! # revision
//! requestBody: {required: true}
//! ```
//!
//! ## Use instead
//!
//! Keep it optional.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::RequestBodyBecameRequired
}

pub const CHECK: Check = Check {
    id: "request-body-became-required",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Body, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "request body became required",
    matches,
};
