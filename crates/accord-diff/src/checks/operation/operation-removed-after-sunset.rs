//! # operation-removed-after-sunset
//!
//! Level: **info**. Taxonomy: both / operation / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A deprecated operation disappears after the sunset date it announced (`x-sunset`, or a
//! `Sunset` response header, RFC 8594, whose schema gives the date as `const`, `default`,
//! `example` or a single `enum` value, or whose own `example` or `examples` give it). A
//! `Sunset` header alone counts as a deprecation.
//!
//! ## Why it matters
//!
//! The removal was announced and the date has passed: not breaking. Clients still calling it were already past their deadline.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! post: {deprecated: true, x-sunset: '2020-01-31'}
//! # revision
//! (removed)
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Sunset};

fn matches(d: &Delta) -> bool {
    matches!(
        d.kind,
        Kind::OperationRemoved {
            deprecated: true,
            sunset: Sunset::Passed(_)
        }
    )
}

pub const CHECK: Check = Check {
    id: "operation-removed-after-sunset",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Removed),
    since: "0.1.0",
    message: "deprecated operation `{target}` removed after its sunset date {old}",
    matches,
};
