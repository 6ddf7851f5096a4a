//! # request-parameter-style-changed
//!
//! Level: **warning**. Taxonomy: request / parameter / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A parameter's `style` or `explode` changes.
//!
//! ## Why it matters
//!
//! Clients serialise the value the old way (`a,b` vs `a=1&a=2`); the server may misread it.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {style: form, explode: true}
//! # revision
//! {style: form, explode: false}
//! ```
//!
//! ## Use instead
//!
//! Keep the serialisation stable.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ParameterStyleChanged
}

pub const CHECK: Check = Check {
    id: "request-parameter-style-changed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Request, Area::Parameter, ChangeAction::Changed),
    since: "0.1.0",
    message: "serialisation of {target} changed from {old} to {new}",
    matches,
};
