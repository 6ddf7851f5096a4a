//! # request-composition-added
//!
//! Level: **breaking**. Taxonomy: request / schema / narrowed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A request schema gains a `oneOf`/`anyOf`: it is wrapped in one, or one is added beside
//! its constraints. Judged by meaning: compatible only when every payload valid before still
//! validates, that is when exactly one `oneOf` variant (or some `anyOf` variant) takes the old
//! schema whole. A `oneOf` whose variants both take the old payloads rejects them (they match
//! more than one).
//!
//! ## Why it matters
//!
//! Clients keep sending what was valid; the server now rejects it.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! {type: object, required: [foo, bar], properties: {foo: {type: string}, bar: {type: string}}}
//! # revision
//! {oneOf: [{required: [foo], ...}, {required: [bar], ...}]}
//! ```
//!
//! ## Use instead
//!
//! Keep one variant that is the old schema, and make `oneOf` variants disjoint.
//!
//! ## Versus oasdiff
//!
//! `allOf` is not judged here: it is compared by its merged meaning, so members added or
//! removed that repeat what the others already require (oasdiff's `all_of_added` and
//! `all_of_removed` pairs) are no change, where oasdiff calls every added `allOf` member
//! breaking. Comparing the merged schema is what keeps the common refactor (shared fields
//! moved into a base component composed with `allOf`) quiet (`tests/oasdiff.rs`, `KEPT`).

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind, Scope};

fn matches(d: &Delta) -> bool {
    d.scope == Scope::Request && matches!(d.kind, Kind::CompositionAdded { compatible: false, .. })
}

pub const CHECK: Check = Check {
    id: "request-composition-added",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Request, Area::Schema, ChangeAction::Narrowed),
    since: "0.1.0",
    message: "`{target}` must now match {new}, which payloads valid before fail",
    matches,
};
