//! # request-parameter-added
//!
//! Level: **info**. Taxonomy: request / parameter / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! An optional parameter (query, header, path, cookie) appears.
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! parameters: []
//! # revision
//! parameters: [{name: modifiedSince, in: query}]
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::ParameterAdded { required: false, .. })
}

pub const CHECK: Check = Check {
    id: "request-parameter-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Parameter, ChangeAction::Added),
    since: "0.1.0",
    message: "optional {target} added",
    matches,
};
