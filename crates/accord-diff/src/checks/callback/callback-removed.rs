//! # callback-removed
//!
//! Level: **warning**. Taxonomy: both / operation / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation's callback (or one operation of a callback) disappears: the vendor will no
//! longer send us that request.
//!
//! ## Why it matters
//!
//! Our handler keeps compiling and running, but the requests it relied on stop arriving:
//! a renewal or payment notice we act on silently goes missing. Not breaking for the code,
//! but worth a review before the upgrade.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! post:
//!   callbacks:
//!     onRenewal: {'{$request.body#/callbackUrl}': {post: {requestBody: ...}}}
//! # revision
//! post: {}
//! ```
//!
//! ## Use instead
//!
//! Keep sending the callback until consumers have moved, and deprecate it first.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::CallbackRemoved
}

pub const CHECK: Check = Check {
    id: "callback-removed",
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Removed),
    since: "0.1.0",
    message: "{target} removed: the vendor no longer sends this request",
    matches,
};
