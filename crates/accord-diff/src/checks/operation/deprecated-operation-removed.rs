//! # deprecated-operation-removed
//!
//! Level: **warning**. Taxonomy: both / operation / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A deprecated operation that declared no sunset date (neither `x-sunset` nor a `Sunset`
//! response header with a date) disappears.
//!
//! ## Why it matters
//!
//! Clients were warned by the deprecation, but without a sunset date they could not know when it would stop working.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! post: {deprecated: true}
//! # revision
//! (removed)
//! ```
//!
//! ## Use instead
//!
//! Declare `x-sunset: YYYY-MM-DD`, or a `Sunset` response header (RFC 8594) whose schema
//! gives the date as `const`, `default` or `example` (or whose own `example` gives it), when
//! deprecating, and remove only after that date.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Sunset};

fn matches(d: &Delta) -> bool {
    matches!(
        d.kind,
        Kind::OperationRemoved {
            deprecated: true,
            sunset: Sunset::None | Sunset::Announced(_)
        }
    )
}

pub const CHECK: Check = Check {
    id: "deprecated-operation-removed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Removed),
    since: "0.1.0",
    message: "deprecated operation `{target}` removed (it declared no sunset date)",
    matches,
};
