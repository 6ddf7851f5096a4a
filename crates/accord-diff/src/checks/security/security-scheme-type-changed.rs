//! # security-scheme-type-changed
//!
//! Level: **breaking**. Taxonomy: both / security / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A security scheme changes type (e.g. `apiKey` → `oauth2`, `http basic` → `http bearer`).
//!
//! ## Why it matters
//!
//! Clients authenticate the old way and are locked out.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! key: {type: apiKey}
//! # revision
//! key: {type: http, scheme: bearer}
//! ```
//!
//! ## Use instead
//!
//! Add the new scheme under a new name as an alternative.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::SecuritySchemeTypeChanged
}

pub const CHECK: Check = Check {
    id: "security-scheme-type-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Changed),
    since: "0.1.0",
    message: "security scheme `{target}` changed from {old} to {new}",
    matches,
};
