//! # security-scheme-removed
//!
//! Level: **info**. Taxonomy: both / security / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A security scheme disappears from `components/securitySchemes`.
//!
//! ## Why it matters
//!
//! Operations that required it are reported by their own security checks; the declaration itself does not affect clients.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! securitySchemes: {key: {type: apiKey}}
//! # revision
//! securitySchemes: {}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::SecuritySchemeRemoved
}

pub const CHECK: Check = Check {
    id: "security-scheme-removed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Removed),
    since: "0.1.0",
    message: "security scheme `{target}` removed",
    matches,
};
