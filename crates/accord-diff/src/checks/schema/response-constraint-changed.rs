//! # response-constraint-changed
//!
//! Level: **breaking**. Taxonomy: response / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A JSON Schema keyword changes in a way that is neither narrower nor wider: `not` or
//! `if` changed (a change inside them moves the schema the other way or both ways),
//! `contentMediaType`/`contentEncoding` replaced, a `dependentRequired` list replaced. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Some payloads valid before are no longer valid, and the other way round: clients reading them misread or reject them.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: string, contentEncoding: base64}
//! # revision
//! {type: string, contentEncoding: base32}
//! ```
//!
//! ## Use instead
//!
//! Keep the old form, or introduce the new one in a new field or version.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::ConstraintChanged
}

pub const CHECK: Check = Check {
    id: "response-constraint-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "`{target}` changed {old} → {new}",
    matches,
};
