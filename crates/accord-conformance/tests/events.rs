//! Event contracts end to end (`accord test-events`, `accord mock-events`): fixture
//! captures with deliberate defects give exactly the snapshotted failures; generated
//! examples of our contracts, of every AsyncAPI document of the corpus and of the webhook
//! OpenAPI documents validate clean; generation is deterministic and lossless through
//! JSON.

use std::path::{Path, PathBuf};

use accord_conformance::events::{self, EventOptions, Timestamp};
use accord_report::{EventReport, Format, RenderOptions};
use accord_spec::Contract;
use serde_json::Value;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/events");

fn load(path: &Path) -> Contract {
    accord_spec::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn ours(name: &str) -> Contract {
    load(&Path::new(ROOT).join("contracts/events").join(name))
}

fn options() -> EventOptions {
    EventOptions {
        now: Timestamp::parse_rfc3339("2025-10-20T00:00:00Z"),
        ..EventOptions::default()
    }
}

fn validate(contract: &Contract, text: &str) -> EventReport {
    events::validate_events(contract, text.as_bytes(), &options()).expect("validation runs")
}

/// `count` events of every message round-trip clean; returns the JSON Lines.
fn round_trip(contract: &Contract, label: &str, count: u32, seed: u64) -> String {
    let generated = events::mock_events(contract, count, seed);
    let messages: usize = events::Catalog::new(contract)
        .channels
        .iter()
        .map(|c| c.messages.len())
        .sum();
    assert_eq!(generated.len(), messages * count as usize, "{label}");
    let text = events::to_json_lines(&generated);
    // Lossless: every line reads back as the value generated.
    for (line, value) in text.lines().zip(&generated) {
        let back: Value = serde_json::from_str(line).unwrap();
        assert_eq!(&back, value, "{label}");
    }
    let report = validate(contract, &text);
    assert_eq!(report.events, generated.len() as u64, "{label}");
    let shown = accord_report::render(&report, Format::Text, &RenderOptions::default());
    assert!(
        report.failures.is_empty(),
        "{label} seed {seed}: generated events fail:\n{shown}\n{text}"
    );
    text
}

fn snapshot_fixture(contract_path: &Path, fixture: &str) -> EventReport {
    let contract = load(contract_path);
    let text = std::fs::read_to_string(Path::new(FIXTURES).join(fixture)).unwrap();
    validate(&contract, &text)
}

#[test]
fn relay_fixture_defects() {
    let report = snapshot_fixture(
        &Path::new(ROOT).join("contracts/events/relay-crm-events.yaml"),
        "relay-crm-defects.jsonl",
    );
    let json = accord_report::render(&report, Format::Json, &RenderOptions::default());
    insta::assert_snapshot!("relay_defects_json", json);
    let text = accord_report::render(&report, Format::Text, &RenderOptions::default());
    insta::assert_snapshot!("relay_defects_text", text);
}

#[test]
fn meterly_fixture_defects() {
    let report = snapshot_fixture(
        &Path::new(ROOT).join("contracts/events/meterly-billing-webhooks.yaml"),
        "meterly-defects.jsonl",
    );
    let json = accord_report::render(&report, Format::Json, &RenderOptions::default());
    insta::assert_snapshot!("meterly_defects_json", json);
}

#[test]
fn ordering_fixture_defects() {
    let report = snapshot_fixture(
        &Path::new(FIXTURES).join("relay-ordered.yaml"),
        "relay-ordered.jsonl",
    );
    let json = accord_report::render(&report, Format::Json, &RenderOptions::default());
    insta::assert_snapshot!("ordering_defects_json", json);
}

#[test]
fn webhook_fixture_defects() {
    let Some(corpus) = accord_testkit::corpus() else {
        return;
    };
    let report = snapshot_fixture(
        &corpus.join("openapi/xero/xero-webhooks@16.1.0.yaml"),
        "xero-defects.jsonl",
    );
    let json = accord_report::render(&report, Format::Json, &RenderOptions::default());
    insta::assert_snapshot!("xero_defects_json", json);
}

#[test]
fn contract_examples_validate_clean() {
    for name in ["relay-crm-events.yaml", "meterly-billing-webhooks.yaml"] {
        let contract = ours(name);
        let catalog = events::Catalog::new(&contract);
        let mut lines = Vec::new();
        for ch in &catalog.channels {
            for m in &ch.messages {
                for (h, p) in &m.examples {
                    let mut line =
                        serde_json::json!({"channel": ch.name, "message": m.name, "payload": p});
                    if let Some(h) = h {
                        line["headers"] = h.clone();
                    }
                    lines.push(line);
                }
            }
        }
        let report = validate(&contract, &events::to_json_lines(&lines));
        assert!(report.events >= 3, "{name}");
        assert_eq!(report.failures, vec![], "{name}");
    }
}

#[test]
fn our_contracts_round_trip() {
    for name in ["relay-crm-events.yaml", "meterly-billing-webhooks.yaml"] {
        let contract = ours(name);
        for seed in [0, 1, 42, u64::MAX] {
            round_trip(&contract, name, 5, seed);
        }
    }
}

#[test]
fn generation_is_deterministic_and_varied() {
    let contract = ours("relay-crm-events.yaml");
    let a = events::to_json_lines(&events::mock_events(&contract, 5, 7));
    let b = events::to_json_lines(&events::mock_events(&contract, 5, 7));
    let c = events::to_json_lines(&events::mock_events(&contract, 5, 8));
    assert_eq!(a, b, "same seed, same bytes");
    assert_ne!(a, c, "another seed, other events");
    // Within one run, the events of a message differ from each other.
    let lines: Vec<&str> = a.lines().collect();
    assert_ne!(lines[0], lines[3]);
}

/// The corpus's AsyncAPI documents and two OpenAPI webhook documents; empty only when the
/// run knowingly goes without the corpus (`accord_testkit::OPT_OUT`).
fn corpus_files() -> Vec<PathBuf> {
    let Some(corpus) = accord_testkit::corpus() else {
        return Vec::new();
    };
    let mut out = accord_testkit::corpus_documents(&["asyncapi"]);
    out.push(corpus.join("openapi/xero/xero-webhooks@16.1.0.yaml"));
    out.push(
        corpus.join("openapi/adyen/BalancePlatformAccountingNotification-v3@aa014f0cbdb5.yaml"),
    );
    out
}

#[test]
fn corpus_generates_and_validates_its_own_examples() {
    if accord_testkit::corpus().is_none() {
        return;
    }
    let mut checked = 0;
    for path in corpus_files() {
        let contract = load(&path);
        let label = path.display().to_string();
        let channels = events::Catalog::new(&contract).channels.len();
        assert!(channels > 0, "{label}: no channels");
        round_trip(&contract, &label, 5, 3);
        checked += 1;
    }
    assert!(checked >= 9, "only {checked} corpus documents");
}

#[test]
fn never_panics_on_garbage() {
    let contract = ours("relay-crm-events.yaml");
    let inputs: &[&[u8]] = &[
        b"",
        b"\n\n   \n",
        b"\xff\xfe\n{}",
        b"null\n[]\n\"x\"\n{\"payload\":1}\n{\"channel\":[],\"payload\":{}}",
        b"{\"specversion\":\"1.0\",\"type\":\"x\"}\n{\"specversion\":\"1.0\",\"data_base64\":\"AA==\"}",
        b"{\"channel\":\"contactCreated\",\"payload\":{\"eventId\":{},\"occurredAt\":9e999,\"tenantId\":[],\"schemaVersion\":null}}",
        b"{\"channel\":\"contactCreated\",\"headers\":{\"tenantId\":5},\"payload\":[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]}",
    ];
    for input in inputs {
        let report = events::validate_events(&contract, *input, &options()).unwrap();
        let _ = accord_report::render(&report, Format::Json, &RenderOptions::default());
    }
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let report = validate(&contract, &deep);
    assert_eq!(report.failures.len(), 1);
    assert_eq!(report.failures[0].check, "invalid_json");
}

#[test]
fn options_select_checks_and_reject_unknown_ones() {
    let contract = ours("relay-crm-events.yaml");
    let only = EventOptions {
        checks: vec!["unknown_channel".into()],
        ..options()
    };
    let report = events::validate_events(
        &contract,
        &b"{\"channel\":\"nope\",\"payload\":{}}\n{\"channel\":\"contactCreated\",\"payload\":{}}"
            [..],
        &only,
    )
    .unwrap();
    assert_eq!(report.failures.len(), 1);
    assert_eq!(report.failures[0].check, "unknown_channel");
    let bad = EventOptions {
        checks: vec!["nope".into()],
        ..options()
    };
    assert!(events::validate_events(&contract, &b""[..], &bad).is_err());
}

#[test]
fn identical_redelivery_is_not_a_duplicate_by_default() {
    let contract = ours("relay-crm-events.yaml");
    let line = events::to_json_lines(&events::mock_events(&contract, 1, 0)[..1]);
    let twice = format!("{line}{line}");
    assert_eq!(validate(&contract, &twice).failures, vec![]);
    let strict = EventOptions {
        redelivery_is_duplicate: true,
        ..options()
    };
    let report = events::validate_events(&contract, twice.as_bytes(), &strict).unwrap();
    assert_eq!(report.failures.len(), 1);
    assert_eq!(report.failures[0].check, "duplicate_event_id");
    assert_eq!(report.failures[0].line, 2);
}

/// The consumer round trip's input: generated events of our event contracts, checked in
/// next to the golden event crates, whose `tests/round_trip.rs` reads every line into the
/// typed `Event` and serialises it back unchanged. `ACCORD_UPDATE_GOLDENS=1` rewrites them.
#[test]
fn golden_event_crates_have_current_mock_events() {
    let update = std::env::var_os("ACCORD_UPDATE_GOLDENS").is_some_and(|v| v == "1");
    for (contract, golden) in [
        ("relay-crm-events.yaml", "relay-crm-events"),
        ("meterly-billing-webhooks.yaml", "meterly-billing-events"),
    ] {
        let text = round_trip(&ours(contract), contract, 5, 1);
        let path = Path::new(ROOT)
            .join("tests/goldens")
            .join(golden)
            .join("tests/fixtures/mock-events.jsonl");
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else {
            let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                checked_in == text,
                "{} is not what `mock_events` generates; run `ACCORD_UPDATE_GOLDENS=1 cargo test -p accord-conformance --test events`",
                path.display()
            );
        }
    }
}
