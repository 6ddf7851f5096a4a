//! # api-key-changed
//!
//! Level: **breaking**. Taxonomy: both / security / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An `apiKey` scheme changes its `in` or `name`.
//!
//! ## Why it matters
//!
//! Clients send the key where it no longer is looked for: locked out.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! in: header, name: X-Api-Key
//! # revision
//! in: header, name: Api-Key
//! ```
//!
//! ## Use instead
//!
//! Accept both for a transition period.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ApiKeyChanged
}

pub const CHECK: Check = Check {
    id: "api-key-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Changed),
    since: "0.1.0",
    message: "API key `{target}` moved from {old} to {new}",
    matches,
};
