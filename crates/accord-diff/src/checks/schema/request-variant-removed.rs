//! # request-variant-removed
//!
//! Level: **breaking**. Taxonomy: request / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A `oneOf`/`anyOf` loses a member. Judged on the request (what clients send).
//!
//! ## Why it matters
//!
//! A client that sends what the old contract allowed can now be rejected: its requests fail after the vendor upgrades.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, properties: {p: {oneOf: [{type: string}, {type: integer}, {type: boolean}]}}}
//! # revision
//! {type: object, properties: {p: {oneOf: [{type: string}, {type: integer}]}}}
//! ```
//!
//! ## Use instead
//!
//! Keep accepting the old input (add the new constraint in a new version, or make the new requirement optional with a server-side default).
//!
//! ## Versus oasdiff
//!
//! A variant that is a named component is identified by its name: `Cat` replaced by
//! `Rabbit` (both still defined), or `Rabbit` dropped from the union, is a removal even when
//! the schemas happen to validate alike, as oasdiff says: the component is the vendor's
//! statement of what it accepts, and open object schemas validating alike says little about
//! the payloads behind them. Inline variants are compared by meaning: an inline `anyOf`
//! alternative removed while an equal one stays, or an inline enum moved into a component,
//! is no change (oasdiff agrees on the latter; `tests/oasdiff.rs`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Scope, Kind};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && d.kind == Kind::VariantRemoved
}

pub const CHECK: Check = Check {
    id: "request-variant-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "`{target}` lost the variant {old}",
    matches,
};
