//! # response-range-widened
//!
//! Level: **breaking**. Taxonomy: response / schema / widened. Since 0.1.0.
//!
//! ## What it checks
//!
//! `minimum`/`maximum` loosen or disappear, or `multipleOf` is relaxed. Judged on the response (what clients receive; for events, what the consumer receives).
//!
//! ## Why it matters
//!
//! Typed clients choose their number types from the bounds (generators such as typify read `minimum: 0` as an unsigned integer and `minimum: 1` as a non-zero one), response validators check them, and client code relies on them (a divisor that was never zero, a count that was never negative): a value outside the old range fails to decode, fails validation or breaks the logic that trusted the range.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {type: integer, maximum: 50}}}
//! # revision
//! {type: object, properties: {p: {type: integer, maximum: 100}}}
//! ```
//!
//! ## Use instead
//!
//! Keep returning what clients already read; add new shapes as new optional fields or in a new API version.
//!
//! ## Versus oasdiff
//!
//! Breaking, as in oasdiff (`response-*-min-decreased`, `response-*-max-increased`). A
//! longer string or list (`response-length-widened`, `response-items-widened`) stays a
//! warning: it decodes into the same string or list type.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Response && d.kind == Kind::RangeWidened
}

pub const CHECK: Check = Check {
    id: "response-range-widened",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Response, Area::Schema, ChangeAction::Widened),
    since: "0.1.0",
    message: "value range of `{target}` widened: {old} → {new}",
    matches,
};
