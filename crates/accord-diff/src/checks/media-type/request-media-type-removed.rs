//! # request-media-type-removed
//!
//! Level: **breaking**. Taxonomy: request / mediatype / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A request body (or a message we send) no longer accepts a media type.
//!
//! ## Why it matters
//!
//! Clients sending that content type get 415 Unsupported Media Type.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! content: {application/json: ..., application/xml: ...}
//! # revision
//! content: {application/json: ...}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting it.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::MediaTypeRemoved
}

pub const CHECK: Check = Check {
    id: "request-media-type-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::MediaType, ChangeAction::Removed),
    since: "0.1.0",
    message: "request media type `{target}` removed",
    matches,
};
