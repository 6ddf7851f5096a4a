//! The checks of `accord test-events`, one file per check ID, and the [`Run`] that applies
//! them line by line.
//!
//! Order per line: `invalid_json` (the line is not an event), `unknown_channel`,
//! `unknown_message` (each stops the line), then `payload_schema`, `headers_schema` and the
//! envelope checks `duplicate_event_id`, `missing_tenant`, `occurred_at_in_future`,
//! `unknown_schema_version`, `out_of_order`. Every check can be switched off with
//! [`EventOptions::checks`](super::EventOptions::checks).

pub mod duplicate_event_id;
pub mod headers_schema;
pub mod invalid_json;
pub mod missing_tenant;
pub mod occurred_at_in_future;
pub mod out_of_order;
pub mod payload_schema;
pub mod unknown_channel;
pub mod unknown_message;
pub mod unknown_schema_version;

use accord_report::{EventFailure, EventReport};
use accord_schema::ValidatorCache;
use accord_spec::Contract;
use serde_json::Value;

use super::EventOptions;
use super::capture::Captured;
use super::catalog::{Catalog, EventMessage, Unresolved};
use super::envelope::{Location, Timestamp};

/// Every check ID, in the order they run.
pub const CHECKS: &[&str] = &[
    invalid_json::ID,
    unknown_channel::ID,
    unknown_message::ID,
    payload_schema::ID,
    headers_schema::ID,
    duplicate_event_id::ID,
    missing_tenant::ID,
    occurred_at_in_future::ID,
    unknown_schema_version::ID,
    out_of_order::ID,
];

/// Every event check as an entry of Accord's one registry (`accord explain`, `docs/events/`):
/// each check file's `//!` documentation is its page.
pub fn finding_docs() -> Vec<accord_report::registry::FindingDoc> {
    macro_rules! docs {
        ($($check:ident),* $(,)?) => {
            vec![$(accord_report::registry::FindingDoc::from_module_doc(
                $check::ID,
                accord_report::registry::FindingKind::Event,
                "failure",
                "0.1.0",
                include_str!(concat!(stringify!($check), ".rs")),
            )),*]
        };
    }
    docs!(
        duplicate_event_id,
        headers_schema,
        invalid_json,
        missing_tenant,
        occurred_at_in_future,
        out_of_order,
        payload_schema,
        unknown_channel,
        unknown_message,
        unknown_schema_version
    )
}

/// One finding of a check, before it is placed on a line and channel.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// JSON pointer into the line.
    pub pointer: String,
    pub message: String,
}

impl Finding {
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Finding {
        Finding {
            pointer: pointer.into(),
            message: message.into(),
        }
    }
}

/// The first value found at any of `locs`, with its pointer in the line.
pub fn first<'e>(event: &'e Captured, locs: &[Location]) -> Option<(&'e Value, String)> {
    locs.iter()
        .find_map(|l| event.get(l).filter(|(v, _)| !v.is_null()))
}

/// The event id: the envelope's, else the CloudEvents `id`.
pub fn event_id<'e>(event: &'e Captured, message: &EventMessage) -> Option<(&'e Value, String)> {
    first(event, &message.envelope.event_id).or_else(|| event.attribute("id"))
}

/// The occurred-at: the envelope's, else the CloudEvents `time`.
pub fn occurred_at<'e>(event: &'e Captured, message: &EventMessage) -> Option<(&'e Value, String)> {
    first(event, &message.envelope.occurred_at).or_else(|| event.attribute("time"))
}

/// The state of one validation run.
pub struct Run<'a> {
    contract: &'a Contract,
    catalog: &'a Catalog,
    options: &'a EventOptions,
    now: Timestamp,
    cache: ValidatorCache,
    duplicates: duplicate_event_id::State,
    order: out_of_order::State,
    report: EventReport,
}

impl<'a> Run<'a> {
    pub fn new(
        contract: &'a Contract,
        catalog: &'a Catalog,
        options: &'a EventOptions,
        now: Timestamp,
    ) -> Run<'a> {
        Run {
            contract,
            catalog,
            options,
            now,
            cache: ValidatorCache::default(),
            duplicates: duplicate_event_id::State::default(),
            order: out_of_order::State::default(),
            report: EventReport::default(),
        }
    }

    fn fail(&mut self, line: u64, channel: &str, check: &str, finding: Finding) {
        if self.options.runs(check) {
            self.report.failures.push(EventFailure {
                line,
                channel: channel.to_string(),
                check: check.to_string(),
                pointer: finding.pointer,
                message: finding.message,
            });
        }
    }

    /// Judges line `n` (its raw bytes, line ending included). Blank lines are skipped.
    pub fn line(&mut self, n: u64, bytes: &[u8]) {
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t.to_string(),
            Err(e) => {
                self.report.events += 1;
                let f = invalid_json::not_utf8(&e);
                self.fail(n, "", invalid_json::ID, f);
                return;
            }
        };
        let text = text.trim_end_matches(['\n', '\r']);
        if text.trim().is_empty() {
            return;
        }
        self.report.events += 1;
        let event = match invalid_json::check(text) {
            Ok(e) => e,
            Err(f) => {
                self.fail(n, "", invalid_json::ID, f);
                return;
            }
        };
        let (c, m) = match self.catalog.resolve(self.contract, &mut self.cache, &event) {
            Ok(found) => found,
            Err(Unresolved::Channel(name)) => {
                let f = unknown_channel::finding(self.catalog, &name, &event);
                self.fail(n, &name, unknown_channel::ID, f);
                return;
            }
            Err(Unresolved::Message { channel, message }) => {
                let ch = &self.catalog.channels[channel];
                let f = unknown_message::finding(ch, &message, &event);
                let name = ch.name.clone();
                self.fail(n, &name, unknown_message::ID, f);
                return;
            }
        };
        let channel = &self.catalog.channels[c];
        let message = &channel.messages[m];
        let mut found: Vec<(&'static str, Finding)> = Vec::new();
        for f in payload_schema::check(self.contract, &mut self.cache, message, &event) {
            found.push((payload_schema::ID, f));
        }
        for f in headers_schema::check(self.contract, &mut self.cache, message, &event) {
            found.push((headers_schema::ID, f));
        }
        if let Some(f) =
            self.duplicates
                .check(n, message, &event, self.options.redelivery_is_duplicate)
        {
            found.push((duplicate_event_id::ID, f));
        }
        if let Some(f) = missing_tenant::check(message, &event) {
            found.push((missing_tenant::ID, f));
        }
        if let Some(f) = occurred_at_in_future::check(
            message,
            &event,
            self.now,
            self.options.max_clock_skew_secs,
        ) {
            found.push((occurred_at_in_future::ID, f));
        }
        if let Some(f) = unknown_schema_version::check(message, &event) {
            found.push((unknown_schema_version::ID, f));
        }
        if let Some(f) = self.order.check(n, c, message, &event) {
            found.push((out_of_order::ID, f));
        }
        let name = channel.name.clone();
        for (check, f) in found {
            self.fail(n, &name, check, f);
        }
    }

    /// The report, failures sorted.
    pub fn finish(mut self) -> EventReport {
        self.report.sort();
        self.report
    }
}

/// A short, deterministic list of names for messages (`a, b, c` or `a, b, … (12 in all)`).
pub fn name_list<'n>(names: impl Iterator<Item = &'n str>) -> String {
    let all: Vec<&str> = names.collect();
    if all.is_empty() {
        return "none".to_string();
    }
    if all.len() <= 8 {
        all.join(", ")
    } else {
        format!("{}, … ({} in all)", all[..8].join(", "), all.len())
    }
}

/// Text of a value for messages: strings as they are, anything else as JSON.
pub fn shown(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
