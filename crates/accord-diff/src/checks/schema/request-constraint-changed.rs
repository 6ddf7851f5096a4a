//! # request-constraint-changed
//!
//! Level: **breaking**. Taxonomy: request / schema / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A JSON Schema keyword changes in a way that is neither narrower nor wider: `not` or
//! `if` changed (a change inside them moves the schema the other way or both ways),
//! `contentMediaType`/`contentEncoding` replaced, a `dependentRequired` list replaced. Judged on the request (what clients send; for events, what the consumer sends).
//!
//! ## Why it matters
//!
//! Some payloads valid before are no longer valid, and the other way round: clients sending them are rejected.
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
    d.scope == Scope::Request && d.kind == Kind::ConstraintChanged
}

pub const CHECK: Check = Check {
    id: "request-constraint-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Changed),
    since: "0.1.0",
    message: "`{target}` changed {old} → {new}",
    matches,
};
