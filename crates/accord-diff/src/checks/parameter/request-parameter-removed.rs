//! # request-parameter-removed
//!
//! Level: **breaking**. Taxonomy: request / parameter / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A parameter disappears (a rename is a removal plus an addition).
//!
//! ## Why it matters
//!
//! Clients keep sending it: servers that reject unknown parameters fail the request, and the others silently ignore it, so a filter or option clients rely on stops applying.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! parameters: [{name: updatedSince, in: query}]
//! # revision
//! parameters: [{name: modifiedSince, in: query}]
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old name as a deprecated alias.
//!
//! ## Versus oasdiff
//!
//! oasdiff's `request_params` fixture removes a required query parameter; its test enables
//! only the optional-parameter-added check and calls the pair info. We keep breaking
//! (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ParameterRemoved
}

pub const CHECK: Check = Check {
    id: "request-parameter-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Parameter, ChangeAction::Removed),
    since: "0.1.0",
    message: "{target} removed",
    matches,
};
