//! # server-removed
//!
//! Level: **info**. Taxonomy: both / server / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A server URL disappears (document or operation `servers`).
//!
//! ## Why it matters
//!
//! Clients configure their base URL themselves, and a new major version usually moves it (`/v1` → `/v2`); reported so that the deployment configuration is reviewed.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! servers: [{url: https://api.example/v1}]
//! # revision
//! servers: []
//! ```
//!
//! ## Use instead
//!
//! Keep serving the old URL until clients have moved.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ServerRemoved
}

pub const CHECK: Check = Check {
    id: "server-removed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Server, ChangeAction::Removed),
    since: "0.1.0",
    message: "server `{target}` removed",
    matches,
};
