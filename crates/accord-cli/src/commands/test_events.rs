//! `accord test-events SPEC --messages FILE|-`: validate captured events (JSON Lines)
//! against the channels, messages, webhooks and callbacks of a contract.
//!
//! Exit codes: 0 no failure of a `--fail-on` check; 1 such failures; 2 the contract or the
//! events cannot be read, or a bad argument.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;

use accord_conformance::events::{self, CHECKS, EventOptions, Timestamp};

use crate::common::{self, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, FormatArg};

#[derive(clap::Args)]
pub struct Args {
    pub spec: PathBuf,
    /// JSON Lines, one event a line; `-` for stdin.
    #[arg(long)]
    pub messages: PathBuf,
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
    /// Write the report to this file instead of stdout.
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Check IDs whose failures exit 1 (comma-separated): `all` (default), `none`, or IDs
    /// such as `payload_schema,headers_schema`. Every check is still reported.
    #[arg(long, value_delimiter = ',', default_value = "all")]
    pub fail_on: Vec<String>,
    /// Comma-separated check IDs to run (default: all).
    #[arg(long, value_delimiter = ',')]
    pub checks: Vec<String>,
    /// "Now" for `occurred_at_in_future`, RFC 3339 (default: the system clock).
    #[arg(long)]
    pub now: Option<String>,
    /// Allowed clock skew for `occurred_at_in_future`, in seconds.
    #[arg(long, default_value_t = 300)]
    pub max_clock_skew: i64,
    /// Also report identical redeliveries (same event id, same payload) as duplicates.
    #[arg(long)]
    pub strict_duplicates: bool,
}

pub fn run(args: Args) -> i32 {
    for id in args.fail_on.iter().chain(&args.checks) {
        if !(CHECKS.contains(&id.as_str())
            || (args.fail_on.contains(id) && (id == "all" || id == "none")))
        {
            eprintln!("error: unknown check `{id}` (known: {})", CHECKS.join(", "));
            return EXIT_INPUT;
        }
    }
    let now = match &args.now {
        None => None,
        Some(text) => match Timestamp::parse_rfc3339(text) {
            Some(t) => Some(t),
            None => {
                eprintln!(
                    "error: --now `{text}` is not an RFC 3339 date-time (e.g. 2025-10-01T00:00:00Z)"
                );
                return EXIT_INPUT;
            }
        },
    };
    if args.spec == args.messages && args.spec.as_os_str() == "-" {
        eprintln!("error: the contract and the events cannot both come from stdin");
        return EXIT_INPUT;
    }
    let contract = match common::load_contract(&args.spec) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let reader: Box<dyn BufRead> = if args.messages.as_os_str() == "-" {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        match File::open(&args.messages) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                eprintln!("error: cannot read {}: {e}", args.messages.display());
                return EXIT_INPUT;
            }
        }
    };
    let options = EventOptions {
        now,
        max_clock_skew_secs: args.max_clock_skew,
        redelivery_is_duplicate: args.strict_duplicates,
        checks: args.checks.clone(),
    };
    let report = match events::validate_events(&contract, reader, &options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {}: {e}", args.messages.display());
            return EXIT_INPUT;
        }
    };
    let locations = common::operation_locations(&contract, &args.spec.to_string_lossy());
    let source = args.messages.to_string_lossy();
    let mut render = common::render_options();
    render.operations = Some(&locations);
    // Events read from stdin have no file to point at.
    render.events_source = (source != "-").then_some(&*source);
    if args.output.is_some() {
        render.color = false;
    }
    let text = accord_report::render(&report, args.format.into(), &render);
    if let Err(code) = common::write_output(&text, args.output.as_deref()) {
        return code;
    }
    let fails = |check: &str| {
        args.fail_on.iter().any(|f| f == "all" || f == check)
            && !args.fail_on.iter().any(|f| f == "none")
    };
    if report.failures.iter().any(|f| fails(&f.check)) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::mock_events;

    const CONTRACT: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../contracts/events/relay-crm-events.yaml"
    );

    #[test]
    fn mock_events_then_test_events_round_trips_clean() {
        let dir = tempfile::tempdir().unwrap();
        let events = dir.path().join("events.jsonl");
        let report = dir.path().join("report.json");
        let code = mock_events::run(mock_events::Args {
            spec: CONTRACT.into(),
            count: 4,
            seed: 11,
            format: mock_events::MockFormat::Jsonl,
            output: Some(events.clone()),
        });
        assert_eq!(code, EXIT_OK);
        let code = run(Args {
            spec: CONTRACT.into(),
            messages: events,
            format: FormatArg::Json,
            output: Some(report.clone()),
            fail_on: vec!["all".into()],
            checks: Vec::new(),
            now: Some("2025-10-01T00:00:00Z".into()),
            max_clock_skew: 300,
            strict_duplicates: true,
        });
        let text = std::fs::read_to_string(&report).unwrap();
        assert_eq!(code, EXIT_OK, "{text}");
        assert!(
            text.contains("\"events\": 12") && text.contains("\"failures\": 0"),
            "{text}"
        );
    }

    /// A failing event in SARIF points at the channel's line in the contract, and at the
    /// event's line in the captured file (GitHub code scanning shows a result at a line).
    #[test]
    fn sarif_points_at_the_channel_declaration_and_the_event() {
        let dir = tempfile::tempdir().unwrap();
        let events = dir.path().join("events.jsonl");
        let code = mock_events::run(mock_events::Args {
            spec: CONTRACT.into(),
            count: 1,
            seed: 11,
            format: mock_events::MockFormat::Jsonl,
            output: Some(events.clone()),
        });
        assert_eq!(code, EXIT_OK);
        // The second event's payload becomes a number: its channel's schema refuses it.
        let text = std::fs::read_to_string(&events).unwrap();
        let mut lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        lines[1]["payload"] = serde_json::json!(42);
        let channel = lines[1]["channel"].as_str().unwrap().to_string();
        let broken: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        std::fs::write(&events, broken.join("\n") + "\n").unwrap();
        let report = dir.path().join("report.sarif");
        let code = run(Args {
            spec: CONTRACT.into(),
            messages: events.clone(),
            format: FormatArg::Sarif,
            output: Some(report.clone()),
            fail_on: vec!["all".into()],
            checks: Vec::new(),
            now: Some("2025-10-01T00:00:00Z".into()),
            max_clock_skew: 300,
            strict_duplicates: false,
        });
        assert_eq!(code, EXIT_FINDINGS);
        let sarif: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
        let result = &sarif["runs"][0]["results"][0];
        let at = &result["locations"][0]["physicalLocation"];
        assert!(
            at["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .ends_with("contracts/events/relay-crm-events.yaml"),
            "{result}"
        );
        // The channel's entry: its key, or the first line of its body just below it.
        let contract = std::fs::read_to_string(CONTRACT).unwrap();
        let line = at["region"]["startLine"].as_u64().unwrap() as usize;
        let key = format!("{channel}:");
        let lines: Vec<&str> = contract.lines().collect();
        assert!(
            lines[line - 1].contains(&key) || lines[line - 2].trim() == key,
            "line {line} does not declare {channel}: {result}"
        );
        let event = &result["relatedLocations"][0]["physicalLocation"];
        assert_eq!(event["region"]["startLine"], 2, "{result}");
        assert_eq!(
            event["artifactLocation"]["uri"],
            events.to_string_lossy().as_ref(),
            "{result}"
        );
    }
}
