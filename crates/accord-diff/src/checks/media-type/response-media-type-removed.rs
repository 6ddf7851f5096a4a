//! # response-media-type-removed
//!
//! Level: **breaking**. Taxonomy: response / mediatype / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A response (or a message the consumer receives) no longer comes in a media type.
//!
//! ## Why it matters
//!
//! Clients that ask for it (or parse it) get 406 Not Acceptable or a body they cannot read.
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
//! Keep producing it.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::MediaTypeRemoved
}

pub const CHECK: Check = Check {
    id: "response-media-type-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::MediaType, ChangeAction::Removed),
    since: "0.1.0",
    message: "response media type `{target}` removed",
    matches,
};
