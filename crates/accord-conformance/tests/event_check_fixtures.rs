//! Every event check on its fixture: `tests/fixtures/event-checks/<check_id>/events.jsonl`
//! holds captured events of `tests/fixtures/event-checks/asyncapi.yaml` with one defect,
//! and `accord test-events` reports that check and nothing else (snapshotted as users see
//! it); `_clean/events.jsonl` reports nothing. A check without a fixture folder fails.

use std::path::{Path, PathBuf};

use accord_conformance::events::checks::CHECKS;
use accord_conformance::events::{self, EventOptions, Timestamp};
use accord_report::{EventReport, Format, RenderOptions};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/event-checks")
}

fn validate(folder: &str) -> EventReport {
    let contract = accord_spec::load(&fixtures().join("asyncapi.yaml")).expect("contract loads");
    let text = std::fs::read_to_string(fixtures().join(folder).join("events.jsonl"))
        .unwrap_or_else(|e| panic!("{folder}: {e}"));
    let options = EventOptions {
        now: Timestamp::parse_rfc3339("2025-10-20T00:00:00Z"),
        ..EventOptions::default()
    };
    events::validate_events(&contract, text.as_bytes(), &options).expect("validation runs")
}

#[test]
fn the_clean_capture_reports_nothing() {
    let report = validate("_clean");
    assert_eq!(report.events, 3);
    assert!(report.failures.is_empty(), "{:?}", report.failures);
}

#[test]
fn every_check_fires_alone_on_its_fixture() {
    let mut failures = Vec::new();
    for id in CHECKS {
        if !fixtures().join(id).join("events.jsonl").exists() {
            failures.push(format!("{id}: no fixture"));
            continue;
        }
        let report = validate(id);
        let checks: Vec<&str> = report.failures.iter().map(|f| f.check.as_str()).collect();
        if checks.is_empty() || checks.iter().any(|c| c != id) {
            failures.push(format!("{id}: its fixture reports {checks:?}"));
        }
        let text = accord_report::render(&report, Format::Text, &RenderOptions::default());
        insta::assert_snapshot!(format!("event_check__{id}"), text);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_folder_is_a_check() {
    for entry in std::fs::read_dir(fixtures()).expect("fixtures").flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if entry.path().is_dir() {
            assert!(
                name == "_clean" || CHECKS.contains(&name.as_str()),
                "tests/fixtures/event-checks/{name} names no event check"
            );
        }
    }
}
