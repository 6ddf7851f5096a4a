//! # operation-removed-before-sunset
//!
//! Level: **breaking**. Taxonomy: both / operation / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A deprecated operation disappears before the sunset date it announced (`x-sunset`, or a
//! `Sunset` response header, RFC 8594, whose schema gives the date as `const`, `default`,
//! `example` or a single `enum` value, or whose own `example` or `examples` give it). A
//! `Sunset` header alone counts as a deprecation.
//!
//! ## Why it matters
//!
//! Clients were promised the operation until its sunset date; removing it earlier breaks that promise.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! post: {deprecated: true, x-sunset: '2999-12-31'}
//! # revision
//! (removed)
//! ```
//!
//! ## Use instead
//!
//! Wait until the sunset date has passed.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Sunset};

fn matches(d: &Delta) -> bool {
    matches!(
        d.kind,
        Kind::OperationRemoved {
            deprecated: true,
            sunset: Sunset::Pending(_)
        }
    )
}

pub const CHECK: Check = Check {
    id: "operation-removed-before-sunset",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Removed),
    since: "0.1.0",
    message: "deprecated operation `{target}` removed before its sunset date {old}",
    matches,
};
