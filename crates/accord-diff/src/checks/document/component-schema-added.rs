//! # component-schema-added
//!
//! Level: **info**. Taxonomy: both / schema / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A named schema appears in `components/schemas` (renames are not reported: schemas are compared by structure).
//!
//! ## Why it matters
//!
//! Compatible: existing clients keep working; reported so reviewers see the whole change.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! components: {schemas: {}}
//! # revision
//! components: {schemas: {PhoneNumber: ...}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ComponentAdded
}

pub const CHECK: Check = Check {
    id: "component-schema-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Schema, ChangeAction::Added),
    since: "0.1.0",
    message: "schema `{target}` added to components",
    matches,
};
