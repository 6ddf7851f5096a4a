//! # sunset-date-invalid
//!
//! Level: **warning**. Taxonomy: both / operation / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation's sunset (`x-sunset`, `x-sunset-date`, or the date a `Sunset` response header
//! is declared with) is written like a date but names no real day (`2025-02-31`,
//! `Sat, 31 Apr 2027`). Dates are checked with the `time` crate. Reported when the date is
//! new or changed, and when an operation with such a date is removed.
//!
//! ## Why it matters
//!
//! Sunset handling cannot tell whether the date has passed: a removal is then judged as if
//! no date was announced, and consumers planning a migration read a date that does not exist.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! x-sunset: 2025-03-31
//! # revision
//! x-sunset: 2025-02-31
//! ```
//!
//! ## Use instead
//!
//! Write a real date (`YYYY-MM-DD`, or an HTTP-date in a `Sunset` header).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::SunsetDateInvalid
}

pub const CHECK: Check = Check {
    id: "sunset-date-invalid",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Changed),
    since: "0.1.0",
    message: "sunset date `{new}` of {target} is not a day of the calendar",
    matches,
};
