//! # component-schema-removed
//!
//! Level: **info**. Taxonomy: both / schema / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A named schema disappears from `components/schemas` and no new component has its structure (a rename is no change).
//!
//! ## Why it matters
//!
//! Only where a schema is used does its removal matter, and every use is reported there; generated models named after it disappear.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! components: {schemas: {ActivityQueued: ...}}
//! # revision
//! components: {schemas: {}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ComponentRemoved
}

pub const CHECK: Check = Check {
    id: "component-schema-removed",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Schema, ChangeAction::Removed),
    since: "0.1.0",
    message: "schema `{target}` removed from components",
    matches,
};
