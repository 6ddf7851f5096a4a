//! # response-media-type-added
//!
//! Level: **info**. Taxonomy: response / mediatype / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A response (or a message the consumer receives) can come in a new media type.
//!
//! ## Why it matters
//!
//! Clients negotiate with `Accept` and keep receiving the types they ask for.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! content: {application/json: ...}
//! # revision
//! content: {application/json: ..., application/xml: ...}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::MediaTypeAdded
}

pub const CHECK: Check = Check {
    id: "response-media-type-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Response, Area::MediaType, ChangeAction::Added),
    since: "0.1.0",
    message: "response media type `{target}` added",
    matches,
};
