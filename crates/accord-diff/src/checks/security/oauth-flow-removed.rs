//! # oauth-flow-removed
//!
//! Level: **breaking**. Taxonomy: both / security / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An OAuth 2 scheme loses a flow.
//!
//! ## Why it matters
//!
//! Clients that obtain tokens through that flow are locked out.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! flows: {clientCredentials: ..., authorizationCode: ...}
//! # revision
//! flows: {clientCredentials: ...}
//! ```
//!
//! ## Use instead
//!
//! Keep the flow until clients have moved.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::OAuthFlowRemoved
}

pub const CHECK: Check = Check {
    id: "oauth-flow-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Removed),
    since: "0.1.0",
    message: "OAuth scheme `{target}` lost the flow `{old}`",
    matches,
};
