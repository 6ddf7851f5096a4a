//! # security-scheme-added
//!
//! Level: **info**. Taxonomy: both / security / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A security scheme appears in `components/securitySchemes`.
//!
//! ## Why it matters
//!
//! Compatible: existing clients keep working; reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! securitySchemes: {}
//! # revision
//! securitySchemes: {key: {type: apiKey}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::SecuritySchemeAdded
}

pub const CHECK: Check = Check {
    id: "security-scheme-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Added),
    since: "0.1.0",
    message: "security scheme `{target}` added",
    matches,
};
