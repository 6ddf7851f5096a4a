//! # webhook-removed
//!
//! Level: **warning**. Taxonomy: both / operation / removed. Since 0.1.0.
//!
//! ## What it checks
//!
//! A webhook (OpenAPI 3.1 `webhooks`) disappears: the vendor will no longer send us that
//! request.
//!
//! ## Why it matters
//!
//! Unlike a removed operation, nothing we call starts failing: our receiver keeps running,
//! but the events it relied on stop arriving. That is a warning, the same verdict as a
//! removed message on a channel we consume (`received-message-removed`), not a break.
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
    level: ChangeLevel::Warning,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Removed),
    since: "0.1.0",
    message: "webhook `{target}` removed: the vendor no longer sends it",
    matches,
};
