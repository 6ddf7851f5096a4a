//! # server-added
//!
//! Level: **info**. Taxonomy: both / server / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A server URL appears (document or operation `servers`).
//!
//! ## Why it matters
//!
//! Compatible: existing clients keep working; reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! servers: []
//! # revision
//! servers: [{url: https://api.example/v2}]
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ServerAdded
}

pub const CHECK: Check = Check {
    id: "server-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Server, ChangeAction::Added),
    since: "0.1.0",
    message: "server `{target}` added",
    matches,
};
