//! # request-body-removed
//!
//! Level: **warning**. Taxonomy: request / body / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation no longer takes a body.
//!
//! ## Why it matters
//!
//! Clients keep sending it and the server now ignores it (or rejects it): what it did stops happening.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! post: {requestBody: ...}
//! # revision
//! post: {}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the body until clients have moved.
//!
//! ## Versus oasdiff
//!
//! oasdiff calls `request-body-removed` breaking; we keep a warning, as for
//! `request-property-removed`: the server ignores what clients send, calls keep working,
//! what they sent stops mattering (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::RequestBodyRemoved
}

pub const CHECK: Check = Check {
    id: "request-body-removed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Request, Area::Body, ChangeAction::Removed),
    since: "0.1.0",
    message: "request body removed",
    matches,
};
