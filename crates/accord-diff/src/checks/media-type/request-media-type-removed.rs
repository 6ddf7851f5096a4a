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
//!
//! ## Versus oasdiff
//!
//! oasdiff's `request_body_default_value_changed` fixture also drops `application/json`
//! from the request body; its test enables only the default check and calls the pair info.
//! Clients sending JSON get 415, so we report it (`tests/oasdiff.rs`, `KEPT`).

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
