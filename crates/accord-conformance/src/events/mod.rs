//! Event contracts end to end: validation of captured events (`accord test-events`) and
//! generation of valid example events (`accord mock-events`).
//!
//! - [`catalog`] indexes what a contract says can be received: AsyncAPI channels and
//!   messages, OpenAPI 3.1 `webhooks` and callbacks (a webhook is a channel named by its
//!   key whose request body schema is the payload), and resolves which message a captured
//!   line is;
//! - [`capture`] parses the captured-events JSON Lines format of DESIGN.md (including the
//!   CloudEvents JSON form);
//! - [`envelope`] locates the envelope fields (event id, occurred-at, tenant, schema
//!   version, ordering key) a message declares or that can be found by common names;
//! - [`checks`] holds one file per check ID;
//! - [`generate`] builds deterministic, valid example events from the schemas with the
//!   proptest strategies shared with HTTP conformance ([`crate::strategy`]).
//!
//! Both entry points are total: a malformed line is a failure with its line number, never
//! a panic, and the same input gives the same bytes.

pub mod capture;
pub mod catalog;
pub mod checks;
pub mod envelope;
pub mod generate;

use std::io::BufRead;

use accord_report::EventReport;
use accord_spec::Contract;
use serde_json::Value;

pub use catalog::Catalog;
pub use checks::CHECKS;
pub use envelope::Timestamp;

/// How captured events are judged.
#[derive(Clone, Debug)]
pub struct EventOptions {
    /// "Now" for `occurred_at_in_future` (`None`: the system clock).
    pub now: Option<Timestamp>,
    /// How far in the future an occurred-at may be before it is a failure (clock skew
    /// between producer and capture), in seconds.
    pub max_clock_skew_secs: i64,
    /// Report an identical redelivery (same event id, same payload) as a duplicate too.
    /// Off by default: delivery is at-least-once almost everywhere, and an identical
    /// redelivery is conformant; a reused id with a different payload is always reported.
    pub redelivery_is_duplicate: bool,
    /// Check IDs to run (empty: all of [`CHECKS`]).
    pub checks: Vec<String>,
}

impl Default for EventOptions {
    fn default() -> Self {
        EventOptions {
            now: None,
            max_clock_skew_secs: 300,
            redelivery_is_duplicate: false,
            checks: Vec::new(),
        }
    }
}

impl EventOptions {
    /// Whether check `id` is enabled.
    pub fn runs(&self, id: &str) -> bool {
        self.checks.is_empty() || self.checks.iter().any(|c| c == id)
    }
}

/// Why validation could not run at all (every defect of the input is a failure instead).
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// The captured events could not be read.
    #[error("cannot read the events after line {line}: {source}")]
    Io {
        line: u64,
        #[source]
        source: std::io::Error,
    },
    /// An option names a check that does not exist.
    #[error("unknown check `{0}` (known: {known})", known = CHECKS.join(", "))]
    UnknownCheck(String),
    /// The contract describes no channel, message, webhook or callback.
    #[error("the contract describes no events (no AsyncAPI channels, webhooks or callbacks)")]
    NoEvents,
}

/// Validates every event of `lines` (JSON Lines, the capture format of DESIGN.md) against
/// `contract`. Failures are sorted by line, channel, check, pointer and message.
pub fn validate_events(
    contract: &Contract,
    lines: impl BufRead,
    options: &EventOptions,
) -> Result<EventReport, EventError> {
    if let Some(unknown) = options
        .checks
        .iter()
        .find(|c| !CHECKS.contains(&c.as_str()))
    {
        return Err(EventError::UnknownCheck(unknown.clone()));
    }
    let catalog = Catalog::new(contract);
    if catalog.channels.is_empty() {
        return Err(EventError::NoEvents);
    }
    let now = options.now.unwrap_or_else(Timestamp::now);
    let mut run = checks::Run::new(contract, &catalog, options, now);
    let mut reader = lines;
    let mut buf = Vec::new();
    let mut line_no: u64 = 0;
    loop {
        buf.clear();
        let read = reader
            .read_until(b'\n', &mut buf)
            .map_err(|source| EventError::Io {
                line: line_no,
                source,
            })?;
        if read == 0 {
            break;
        }
        line_no += 1;
        run.line(line_no, &buf);
    }
    Ok(run.finish())
}

/// `count` valid example events for every message of `contract`, as capture-format
/// objects (`{"channel","message","headers","payload"}`), deterministic for `seed`.
///
/// Events are interleaved (the first event of every message, then the second, ...) and
/// their occurred-at values increase line by line from a fixed past instant, so the output
/// also passes the envelope and ordering checks of [`validate_events`].
pub fn mock_events(contract: &Contract, count: u32, seed: u64) -> Vec<Value> {
    let catalog = Catalog::new(contract);
    generate::mock(contract, &catalog, count, seed)
}

/// The capture-format JSON Lines text of `events` (one compact object a line).
pub fn to_json_lines(events: &[Value]) -> String {
    let mut out = String::new();
    for e in events {
        out.push_str(&e.to_string());
        out.push('\n');
    }
    out
}
