//! # webhook-added
//!
//! Level: **info**. Taxonomy: both / operation / added. Since 0.1.0.
//!
//! ## What it checks
//!
//! A new webhook (OpenAPI 3.1 `webhooks`) appears: a request the vendor may send us.
//!
//! ## Why it matters
//!
//! Compatible: nothing we run changes until we subscribe to it. Reported so the team can
//! decide whether to handle it.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! webhooks: {invoicePaid: {post: ...}}
//! # revision
//! webhooks: {invoicePaid: {post: ...}, invoiceVoided: {post: ...}}
//! ```
//!
//! ## Use instead
//!
//! Nothing to do; this change is safe.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::WebhookAdded
}

pub const CHECK: Check = Check {
    id: "webhook-added",
    level: ChangeLevel::Info,
    taxonomy: Taxonomy::new(Direction::Both, Area::Operation, ChangeAction::Added),
    since: "0.1.0",
    message: "webhook `{target}` added",
    matches,
};
