//! `occurred_at_in_future`: the event claims to have happened after it was captured.
//!
//! # What it checks
//! The envelope's occurred-at (`occurredAt`, `occurred_at`, `time`, `timestamp`, as
//! declared or discovered; the CloudEvents `time`) must not be later than now plus the
//! allowed clock skew (5 minutes by default). Now is the system clock, or `--now` for
//! reproducible runs. Values that are not a date-time are left to `payload_schema`.
//!
//! # Why it matters
//! A future timestamp is a producer clock or time-zone bug (local time written with `Z`):
//! consumers that order, window or expire by occurred-at misplace the event, and
//! last-writer-wins merges let it shadow later real changes.

use super::{Finding, occurred_at, shown};
use crate::events::capture::Captured;
use crate::events::catalog::EventMessage;
use crate::events::envelope::Timestamp;

pub const ID: &str = "occurred_at_in_future";

pub fn check(
    message: &EventMessage,
    event: &Captured,
    now: Timestamp,
    skew_secs: i64,
) -> Option<Finding> {
    let (value, pointer) = occurred_at(event, message)?;
    let at = Timestamp::from_value(value)?;
    if at <= now.plus_seconds(skew_secs) {
        return None;
    }
    Some(Finding::new(
        pointer,
        format!(
            "occurred at {} which is after now ({})",
            shown(value),
            now.to_rfc3339()
        ),
    ))
}
