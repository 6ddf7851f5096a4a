//! # request-body-removed
//!
//! Level: **breaking**. Taxonomy: request / body / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation no longer takes a body.
//!
//! ## Why it matters
//!
//! The body is the operation's whole input. Clients keep sending it: servers and gateways that declare no body commonly reject one (`415 Unsupported Media Type`, `400`), and the others ignore it, so the call no longer does what the client asks (nothing it sent is created or updated).
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
//! Breaking, as in oasdiff. Unlike one property (`request-property-removed`, a warning:
//! the rest of the body still does its work), a removed body takes the operation's input
//! away.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::RequestBodyRemoved
}

pub const CHECK: Check = Check {
    id: "request-body-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Body, ChangeAction::Removed),
    since: "0.1.0",
    message: "request body removed",
    matches,
};
