//! # request-body-added
//!
//! Level: **info**. Taxonomy: request / body / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation that took no body accepts an optional one.
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! post: {}
//! # revision
//! post: {requestBody: {required: false}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::RequestBodyAdded { required: false, .. })
}

pub const CHECK: Check = Check {
    id: "request-body-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Body, ChangeAction::Added),
    since: "0.1.0",
    message: "optional request body added",
    matches,
};
