//! `invalid_json`: the line is not a captured event.
//!
//! # What it checks
//! Every non-blank line must be UTF-8 JSON: an object in the capture form
//! (`{"channel", "message"?, "headers"?, "payload"}`) or the CloudEvents JSON form
//! (`specversion`, `type`, `id`, `time`, `data`), with `channel` and `message` strings and
//! `headers` an object.
//!
//! # Why it matters
//! A line that cannot be read is an event no consumer can process: a truncated write, a
//! log prefix, a binary payload. It is reported with its line number and the rest of the
//! capture is still judged.

use super::Finding;
use crate::events::capture::{Captured, parse_line};

pub const ID: &str = "invalid_json";

/// The event of a line, or the failure.
pub fn check(line: &str) -> Result<Captured, Finding> {
    parse_line(line).map_err(|m| Finding::new("", m))
}

/// The failure for a line that is not UTF-8.
pub fn not_utf8(e: &std::str::Utf8Error) -> Finding {
    Finding::new(
        "",
        format!(
            "not UTF-8 text (invalid byte at column {})",
            e.valid_up_to() + 1
        ),
    )
}
