//! # request-body-became-optional
//!
//! Level: **info**. Taxonomy: request / body / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! A required request body becomes optional.
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! requestBody: {required: true}
//! # revision
//! requestBody: {required: false}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::RequestBodyBecameOptional
}

pub const CHECK: Check = Check {
    id: "request-body-became-optional",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Body, ChangeAction::Widened),
    since: "0.1.0",
    message: "request body became optional",
    matches,
};
