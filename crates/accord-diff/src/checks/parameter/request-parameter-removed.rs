//! # request-parameter-removed
//!
//! Level: **warning**. Taxonomy: request / parameter / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A parameter disappears (a rename is a removal plus an addition).
//!
//! ## Why it matters
//!
//! Clients keep sending it. Servers ignore query, header and cookie parameters they do not know (what HTTP frameworks do by default), so calls keep working, but a filter or option clients rely on silently stops applying: someone has to check what the parameter did.
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
//! A warning, as oasdiff's `request-parameter-removed` and our `request-property-removed`:
//! the request still succeeds; what changes is what the server does with it.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::ParameterRemoved { .. })
}

pub const CHECK: Check = Check {
    id: "request-parameter-removed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Request, Area::Parameter, ChangeAction::Removed),
    since: "0.1.0",
    message: "{target} removed",
    matches,
};
