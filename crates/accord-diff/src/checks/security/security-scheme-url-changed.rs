//! # security-scheme-url-changed
//!
//! Level: **warning**. Taxonomy: both / security / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An OAuth flow's `tokenUrl`, `authorizationUrl` or `refreshUrl`, or an `openIdConnectUrl`, changes.
//!
//! ## Why it matters
//!
//! Clients with the old URL configured can no longer obtain tokens: a working client can be locked out.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! tokenUrl: https://auth.example/token
//! # revision
//! tokenUrl: https://login.example/oauth/token
//! ```
//!
//! ## Use instead
//!
//! Keep the old endpoint working (redirect) while clients move.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::SecuritySchemeUrlChanged
}

pub const CHECK: Check = Check {
    id: "security-scheme-url-changed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Changed),
    since: "0.1.0",
    message: "`{target}` changed from {old} to {new}",
    matches,
};
