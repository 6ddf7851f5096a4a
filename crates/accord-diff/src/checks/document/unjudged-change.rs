//! # unjudged-change
//!
//! Level: **warning**. Taxonomy: both / document / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! The conservative catch-all: a structural change that no specific check judges (a kind of
//! change on a side no check was written for). Every delta the structural diff finds is
//! judged; none is dropped silently. The message names what changed and both values.
//!
//! ## Why it matters
//!
//! A change nobody judged may break clients; a warning makes a reviewer look at it. The test
//! `taxonomy.rs` enumerates every kind of change on every side and asserts a specific check
//! owns it, so this check firing is a gap to close, not a verdict.
//!
//! ## Example
//!
//! ```yaml
//! # any change no other check covers
//! ```
//!
//! ## Use instead
//!
//! Review the change by hand, and report the gap so a specific check is written.

use accord_report::ChangeLevel;

use crate::check::{Area, CHECKS, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::Delta;

fn matches(d: &Delta) -> bool {
    !CHECKS
        .iter()
        .any(|c| c.id != CHECK.id && (c.matches)(d))
}

pub const CHECK: Check = Check {
    id: "unjudged-change",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Both, Area::Document, ChangeAction::Changed),
    since: "0.1.0",
    message: "`{target}`: {kind} ({old} → {new}), which no specific check judges",
    matches,
};
