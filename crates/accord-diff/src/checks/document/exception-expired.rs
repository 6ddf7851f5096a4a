//! # exception-expired
//!
//! Level: **breaking**. Taxonomy: both / document / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An entry of the reviewed exception list (accepted changes) has an expiry date that has passed, or an unreadable one.
//!
//! ## Why it matters
//!
//! Exceptions are temporary by design: once expired, the change they accepted must be fixed or the exception reviewed again.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! [[exceptions]] id = 'response-property-removed', expires = '2025-01-31'
//! # revision
//! (today is later)
//! ```
//!
//! ## Use instead
//!
//! Fix the change, or review the exception and extend its `expires` date.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::Delta;

fn matches(d: &Delta) -> bool {
    let _ = d;
    false
}

pub const CHECK: Check = Check {
    id: "exception-expired",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Document, ChangeAction::Changed),
    since: "0.1.0",
    message: "an accepted exception expired",
    matches,
};
