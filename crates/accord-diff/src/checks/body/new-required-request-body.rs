//! # new-required-request-body
//!
//! Level: **breaking**. Taxonomy: request / body / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation that took no body requires one.
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! post: {}
//! # revision
//! post: {requestBody: {required: true}}
//! ```
//!
//! ## Use instead
//!
//! Make the body optional.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::RequestBodyAdded { required: true, .. })
}

pub const CHECK: Check = Check {
    id: "new-required-request-body",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Body, ChangeAction::Added),
    since: "0.1.0",
    message: "new required request body",
    matches,
};
