//! # request-composition-added-compatible
//!
//! Level: **info**. Taxonomy: request / schema / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A request schema is wrapped in a `oneOf`/`anyOf` of which exactly one variant (`oneOf`)
//! or some variant (`anyOf`) takes every payload the old schema took.
//!
//! ## Why it matters
//!
//! Compatible: clients keep sending what they sent; they may now send other shapes too.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: string}
//! # revision
//! {anyOf: [{type: string}, {type: integer}]}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.
//!
//! ## Versus oasdiff
//!
//! oasdiff calls an enum of strings becoming `oneOf [string, integer]`, and one type
//! becoming a `oneOf`/`anyOf` that includes it, breaking; by meaning every payload valid
//! before is still valid, so we keep info (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && matches!(d.kind, Kind::CompositionAdded { compatible: true, .. })
}

pub const CHECK: Check = Check {
    id: "request-composition-added-compatible",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Added),
    since: "0.1.0",
    message: "`{target}` is now {new}, and every payload valid before still matches",
    matches,
};
