//! # security-scope-added
//!
//! Level: **breaking**. Taxonomy: both / security / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A security requirement of an operation requires a new OAuth scope.
//!
//! ## Why it matters
//!
//! Tokens issued for the old scopes lack the new one: clients are locked out (403) until they are re-authorised.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! security: [{oauth: [contacts.read]}]
//! # revision
//! security: [{oauth: [contacts.read, contacts.pii.read]}]
//! ```
//!
//! ## Use instead
//!
//! Grant the new scope to existing clients before enforcing it, or keep the old requirement as an alternative.
//!
//! ## Versus oasdiff
//!
//! oasdiff calls `api-security-scope-added` info; we keep breaking: tokens issued for the
//! old scopes get 403 until clients are re-authorised (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::SecurityScopeAdded
}

pub const CHECK: Check = Check {
    id: "security-scope-added",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Added),
    since: "0.1.0",
    message: "operation now requires scope `{new}` of `{target}`",
    matches,
};
