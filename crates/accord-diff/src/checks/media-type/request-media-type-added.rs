//! # request-media-type-added
//!
//! Level: **info**. Taxonomy: request / mediatype / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A request body (or a message we send) accepts a new media type.
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
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
    d.scope == Scope::Request && d.kind == Kind::MediaTypeAdded
}

pub const CHECK: Check = Check {
    id: "request-media-type-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::MediaType, ChangeAction::Added),
    since: "0.1.0",
    message: "request media type `{target}` added",
    matches,
};
