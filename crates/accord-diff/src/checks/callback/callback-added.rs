//! # callback-added
//!
//! Level: **info**. Taxonomy: both / operation / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! An operation gains a callback (or a callback gains an operation): the vendor will send
//! us a request it did not send before.
//!
//! ## Why it matters
//!
//! Compatible: nothing we run changes until we register the callback URL. Reported so the
//! team can decide whether to handle the new requests.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! post: {operationId: createSubscription}
//! # revision
//! post:
//!   operationId: createSubscription
//!   callbacks:
//!     onRenewal: {'{$request.body#/callbackUrl}': {post: {requestBody: ...}}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::CallbackAdded
}

pub const CHECK: Check = Check {
    id: "callback-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Added),
    since: "0.1.0",
    message: "{target} added: the vendor sends a new request",
    matches,
};
