//! `accord mock-events SPEC [--count N] [--seed S]`: valid example events for every
//! message, channel, webhook and callback of a contract, in the captured-events JSON Lines
//! format, so `accord mock-events X | accord test-events X --messages -` is clean.
//!
//! Exit codes: 0 written; 2 the contract cannot be read or describes no events.

use std::path::PathBuf;

use accord_conformance::events;
use serde_json::{Value, json};

use crate::common::{self, EXIT_INPUT, EXIT_OK};

/// Output shapes of `mock-events`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum MockFormat {
    /// Captured-events JSON Lines (`{"channel","message","headers","payload"}`).
    Jsonl,
    /// CloudEvents JSON, one a line (`type` is the message, `data` the payload).
    Cloudevents,
    /// One JSON array of captured events.
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    pub spec: PathBuf,
    #[arg(long, default_value_t = 1)]
    pub count: u32,
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: MockFormat,
    /// Write the events to this file instead of stdout.
    #[arg(long)]
    pub output: Option<PathBuf>,
}

pub fn run(args: Args) -> i32 {
    let contract = match common::load_contract(&args.spec) {
        Ok(c) => c,
        Err(code) => return code,
    };
    if events::Catalog::new(&contract).channels.is_empty() {
        eprintln!(
            "error: {}: the contract describes no events (no AsyncAPI channels, webhooks or callbacks)",
            args.spec.display()
        );
        return EXIT_INPUT;
    }
    let generated = events::mock_events(&contract, args.count, args.seed);
    let text = match args.format {
        MockFormat::Jsonl => events::to_json_lines(&generated),
        MockFormat::Json => {
            let mut t = serde_json::to_string_pretty(&Value::Array(generated)).unwrap_or_default();
            t.push('\n');
            t
        }
        MockFormat::Cloudevents => {
            let lines: Vec<Value> = generated
                .iter()
                .enumerate()
                .map(|(i, e)| cloud_event(i, e))
                .collect();
            events::to_json_lines(&lines)
        }
    };
    match common::write_output(&text, args.output.as_deref()) {
        Ok(()) => EXIT_OK,
        Err(code) => code,
    }
}

/// A captured event as a CloudEvents JSON event (the channel kept as an extension).
fn cloud_event(index: usize, event: &Value) -> Value {
    let payload = event.get("payload").cloned().unwrap_or(Value::Null);
    let id = ["eventId", "event_id", "id"]
        .iter()
        .find_map(|k| payload.get(*k).and_then(Value::as_str).map(str::to_string))
        .unwrap_or_else(|| format!("mock-{}", index + 1));
    let mut ce = json!({
        "specversion": "1.0",
        "type": event.get("message").cloned().unwrap_or(Value::Null),
        "source": "accord-mock-events",
        "id": id,
        "channel": event.get("channel").cloned().unwrap_or(Value::Null),
    });
    if let Some(h) = event.get("headers") {
        ce["headers"] = h.clone();
    }
    ce["datacontenttype"] = json!("application/json");
    ce["data"] = payload;
    ce
}
