//! # request-property-added
//!
//! Level: **info**. Taxonomy: request / schema / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! An optional property appears in a request schema.
//!
//! ## Why it matters
//!
//! Compatible: every request that was valid stays valid.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {q: {type: string}}}
//! # revision
//! {type: object, properties: {p: {type: string}, q: {type: string}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.
//!
//! ## Versus oasdiff
//!
//! A property added through a new inline `allOf` member is judged the same way (info);
//! oasdiff calls any added `allOf` member breaking (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && matches!(d.kind, Kind::PropertyAdded { required: false, .. })
}

pub const CHECK: Check = Check {
    id: "request-property-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Added),
    since: "0.1.0",
    message: "optional property `{target}` added",
    matches,
};
