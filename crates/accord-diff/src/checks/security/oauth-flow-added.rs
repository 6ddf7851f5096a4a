//! # oauth-flow-added
//!
//! Level: **info**. Taxonomy: both / security / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! An OAuth 2 scheme gains a flow.
//!
//! ## Why it matters
//!
//! Compatible: existing clients keep working; reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! flows: {clientCredentials: ...}
//! # revision
//! flows: {clientCredentials: ..., authorizationCode: ...}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::OAuthFlowAdded
}

pub const CHECK: Check = Check {
    id: "oauth-flow-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Added),
    since: "0.1.0",
    message: "OAuth scheme `{target}` gained the flow `{new}`",
    matches,
};
