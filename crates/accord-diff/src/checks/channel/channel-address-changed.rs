//! # channel-address-changed
//!
//! Level: **breaking**. Taxonomy: both / channel / changed. Since 0.1.0.
//!
//! ## What it checks
//!
//! An AsyncAPI 3.0 channel keeps its key but changes its `address` (topic, queue, path).
//!
//! ## Why it matters
//!
//! Consumers and producers configured with the old address miss every message.
//!
//! ## Example
//!
//! ```yaml
//! # base
//! address: crm.contact.created
//! # revision
//! address: crm.contacts.created
//! ```
//!
//! ## Use instead
//!
//! Publish to both addresses during a transition.

use accord_report::ChangeLevel;

use crate::check::{Area, ChangeAction, Check, Direction, Taxonomy};
use crate::delta::{Delta, Kind};

fn matches(d: &Delta) -> bool {
    d.kind == Kind::ChannelAddressChanged
}

pub const CHECK: Check = Check {
    id: "channel-address-changed",
    level: ChangeLevel::Breaking,
    taxonomy: Taxonomy::new(Direction::Both, Area::Channel, ChangeAction::Changed),
    since: "0.1.0",
    message: "address of channel `{target}` changed from `{old}` to `{new}`",
    matches,
};
