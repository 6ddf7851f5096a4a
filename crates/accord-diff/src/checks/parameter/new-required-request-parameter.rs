//! # new-required-request-parameter
//!
//! Level: **breaking**. Taxonomy: request / parameter / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A required parameter appears.
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! parameters: []
//! # revision
//! parameters: [{name: since, in: query, required: true}]
//! ```
//!
//! ## Use instead
//!
//! Add it as optional with a server-side default.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::ParameterAdded { required: true, .. })
}

pub const CHECK: Check = Check {
    id: "new-required-request-parameter",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Parameter, ChangeAction::Added),
    since: "0.1.0",
    message: "new required {target}",
    matches,
};
