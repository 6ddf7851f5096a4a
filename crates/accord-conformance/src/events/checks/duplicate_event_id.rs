//! `duplicate_event_id`: two different events share an event id.
//!
//! # What it checks
//! The envelope's event id (`eventId`, `event_id`, `id`, as declared or discovered; the
//! CloudEvents `id`) must be unique across the capture. An id seen before with a different
//! payload is always a failure. An identical redelivery (same id, same payload) is
//! at-least-once delivery working as designed and is only reported when
//! `EventOptions::redelivery_is_duplicate` is set.
//!
//! # Why it matters
//! Consumers de-duplicate on the event id: a reused id for a different event makes them
//! drop a real change, silently.

use std::collections::HashMap;

use super::{Finding, event_id, shown};
use crate::events::capture::Captured;
use crate::events::catalog::EventMessage;
use crate::events::envelope::scalar_text;

pub const ID: &str = "duplicate_event_id";

/// Event ids seen so far: id → (first line, fingerprint of its payload).
#[derive(Default)]
pub struct State {
    seen: HashMap<String, (u64, u64)>,
}

impl State {
    pub fn check(
        &mut self,
        line: u64,
        message: &EventMessage,
        event: &Captured,
        redelivery_is_duplicate: bool,
    ) -> Option<Finding> {
        let (value, pointer) = event_id(event, message)?;
        let id = scalar_text(value)?;
        if id.is_empty() {
            return None;
        }
        let print = fingerprint(&event.payload.to_string());
        match self.seen.get(&id) {
            None => {
                self.seen.insert(id, (line, print));
                None
            }
            Some((first, p)) if *p != print => Some(Finding::new(
                pointer,
                format!(
                    "event id `{}` was already used by a different event on line {first}",
                    shown(value)
                ),
            )),
            Some((first, _)) if redelivery_is_duplicate => Some(Finding::new(
                pointer,
                format!(
                    "event id `{}` is a redelivery of line {first}",
                    shown(value)
                ),
            )),
            Some(_) => None,
        }
    }
}

/// FNV-1a, 64 bits: stable across runs and platforms.
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
