//! `out_of_order`: events of one ordering key arrived out of order.
//!
//! # What it checks
//! Where the contract declares an ordering key (`x-accord-envelope: orderingKey:
//! $message.payload#/data/contact/id` on the message, channel or document), events of one
//! channel with the same key must arrive with non-decreasing occurred-at: an event that
//! occurred before the latest one already seen for its key is reported, with that line.
//! Ordering is never guessed from field names.
//!
//! # Why it matters
//! Brokers guarantee order per key (a Kafka partition key, an SQS FIFO group) and
//! consumers apply changes in arrival order: an update that arrives after a later one
//! overwrites newer state with older.

use std::collections::HashMap;

use super::{Finding, first, occurred_at, shown};
use crate::events::capture::Captured;
use crate::events::catalog::EventMessage;
use crate::events::envelope::Timestamp;

pub const ID: &str = "out_of_order";

/// Latest occurred-at per (channel, key): (line, instant, as written).
#[derive(Default)]
pub struct State {
    latest: HashMap<(usize, String), (u64, Timestamp, String)>,
}

impl State {
    pub fn check(
        &mut self,
        line: u64,
        channel: usize,
        message: &EventMessage,
        event: &Captured,
    ) -> Option<Finding> {
        let (key, _) = first(event, &message.envelope.ordering_key)?;
        let key = shown(key);
        let (value, pointer) = occurred_at(event, message)?;
        let at = Timestamp::from_value(value)?;
        let slot = (channel, key.clone());
        match self.latest.get(&slot) {
            Some((seen_line, seen_at, seen_text)) if at < *seen_at => Some(Finding::new(
                pointer,
                format!(
                    "occurred at {} for key `{key}`, before {seen_text} of line {seen_line}: out of order",
                    shown(value)
                ),
            )),
            _ => {
                self.latest.insert(slot, (line, at, shown(value)));
                None
            }
        }
    }
}
