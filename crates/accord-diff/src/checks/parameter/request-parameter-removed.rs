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
//! oasdiff calls a removed parameter a warning (its `request_params` pair, which removes a
//! required query parameter, is info because its test enables one other check). We keep
//! breaking: the call still succeeds, but what the parameter did silently stops. A
//! delta-sync `updatedSince` ignored returns everything; a `status` filter ignored on a
//! bulk operation acts on more than the client asked for. A removed request property stays
//! a warning (`request-property-removed`): an ignored field in a body the server still
//! reads changes less than an ignored filter on what the operation acts on
//! (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::ParameterRemoved { .. })
}

pub const CHECK: Check = Check {
    id: "request-parameter-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Parameter, ChangeAction::Removed),
    since: "0.1.0",
    message: "{target} removed",
    matches,
};
