//! # security-added-to-operation
//!
//! Level: **breaking**. Taxonomy: both / security / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation that needed no credentials now requires a security scheme.
//!
//! ## Why it matters
//!
//! Clients that call it without credentials are locked out (401).
//!
//! ## Example
//!
//! ```yaml
//! # base
//! get: {security: []}
//! # revision
//! get: {security: [{oauth: [read]}]}
//! ```
//!
//! ## Use instead
//!
//! Announce the requirement and give clients time to obtain credentials; keep an open alternative (`{}`) meanwhile.
//!
//! ## Versus oasdiff
//!
//! oasdiff calls `api-security-added` and `api-global-security-added` info; we keep
//! breaking: an operation that took anonymous calls now answers 401 to every client without
//! credentials (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::SecurityAdded
}

pub const CHECK: Check = Check {
    id: "security-added-to-operation",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Added),
    since: "0.1.0",
    message: "operation now requires authentication: {new}",
    matches,
};
