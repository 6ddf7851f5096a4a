//! # oauth-scope-removed
//!
//! Level: **warning**. Taxonomy: both / security / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An OAuth 2 flow stops declaring a scope.
//!
//! ## Why it matters
//!
//! Clients that request tokens with that scope may be refused a token: a working client can be locked out.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! scopes: {read: ..., write: ...}
//! # revision
//! scopes: {read: ...}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the scope in token requests.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::OAuthScopeRemoved
}

pub const CHECK: Check = Check {
    id: "oauth-scope-removed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Removed),
    since: "0.1.0",
    message: "OAuth scheme `{target}` no longer declares the scope `{old}`",
    matches,
};
