//! # webhook-removed
//!
//! Level: **breaking**. Taxonomy: both / operation / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A webhook (OpenAPI 3.1 `webhooks`) disappears: the vendor will no longer send us that
//! request.
//!
//! ## Why it matters
//!
//! Nothing we call starts failing, which is what makes it worse: our receiver keeps running,
//! but the requests the integration is built on (an invoice marked paid, a subscription
//! cancelled) stop arriving, and nothing errors. A team gating a vendor upgrade must see
//! that before it ships, so it is breaking (as oasdiff's `webhook-removed` is). A single
//! message type dropped from a channel that still carries others stays a warning
//! (`received-message-removed`): the subscription itself still works.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! webhooks: {invoicePaid: {post: ...}, invoiceVoided: {post: ...}}
//! # revision
//! webhooks: {invoicePaid: {post: ...}}
//! ```
//!
//! ## Use instead
//!
//! Keep sending the webhook until consumers have moved, and deprecate it first.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::WebhookRemoved
}

pub const CHECK: Check = Check {
    id: "webhook-removed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Removed),
    since: "0.1.0",
    message: "webhook `{target}` removed: the vendor no longer sends it",
    matches,
};
