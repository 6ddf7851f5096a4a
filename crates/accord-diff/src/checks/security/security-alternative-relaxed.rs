//! # security-alternative-relaxed
//!
//! Level: **info**. Taxonomy: both / security / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation's security drops an alternative requirement whose clients are still served
//! by another alternative that asks for no more (a subset of its schemes and scopes).
//! Security requirements are an OR of ANDs: a client keeps working while some alternative it
//! can satisfy remains.
//!
//! ## Why it matters
//!
//! Compatible: every client that authenticated the removed way satisfies a remaining
//! alternative. Reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! security: [{key: []}, {key: [], oauth: [read]}]
//! # revision
//! security: [{key: []}]
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    matches!(d.kind, Kind::SecurityAlternativeRemoved { still_served: true, .. })
}

pub const CHECK: Check = Check {
    id: "security-alternative-relaxed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Security, ChangeAction::Removed),
    since: "0.1.0",
    message: "operation no longer lists {old}, whose clients a weaker requirement still serves",
    matches,
};
