//! Every SARIF log Accord writes is valid SARIF 2.1.0 (checked against the OASIS JSON Schema
//! in `fixtures/`) and meets what GitHub code scanning requires on top: a distinct
//! `automationDetails.id` per run, at most 5,000 results per run, and every result with a
//! `ruleId`, a message and a location with a line.

mod common;

use accord_report::{
    Change, ChangeLevel, ChangeSide, DiffReport, Format, Location, OperationLocations, Render,
    RenderOptions, sarif,
};
use serde_json::Value;

fn schema_validator() -> jsonschema::Validator {
    let text = include_str!("fixtures/sarif-2.1.0-rtm.5.json");
    let mut schema: Value = serde_json::from_str(text).expect("the vendored schema is JSON");
    // The published schema's `language` patterns have a stray `]`
    // (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`), which the validator's meta-schema check
    // rightly refuses as a regex; what they mean to say is a language tag like `en-US`.
    fix_language_patterns(&mut schema);
    jsonschema::validator_for(&schema).expect("the SARIF schema compiles")
}

fn fix_language_patterns(node: &mut Value) {
    const STRAY: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    match node {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                if key == "pattern" && value.as_str() == Some(STRAY) {
                    *value = Value::from("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
                } else {
                    fix_language_patterns(value);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(fix_language_patterns),
        _ => {}
    }
}

/// Asserts `log` is schema-valid and GitHub-acceptable; returns its runs.
fn assert_accepted(validator: &jsonschema::Validator, log: &str) -> Vec<Value> {
    let value: Value = serde_json::from_str(log).expect("SARIF is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "schema errors: {errors:#?}");
    let runs = value["runs"].as_array().expect("runs").clone();
    let mut ids: Vec<&str> = runs
        .iter()
        .map(|r| {
            r["automationDetails"]["id"]
                .as_str()
                .expect("automationDetails.id")
        })
        .collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before, "run categories must differ");
    for run in &runs {
        let results = run["results"].as_array().expect("results");
        assert!(
            results.len() <= sarif::MAX_RESULTS,
            "{} results",
            results.len()
        );
        for r in results {
            assert!(r["ruleId"].is_string(), "{r}");
            assert!(r["message"]["text"].as_str().is_some_and(|t| !t.is_empty()));
            let line = &r["locations"][0]["physicalLocation"]["region"]["startLine"];
            assert!(line.as_u64().is_some_and(|l| l >= 1), "no line: {r}");
        }
    }
    runs
}

#[test]
fn lint_and_diff_logs_are_valid_sarif_that_github_accepts() {
    let validator = schema_validator();
    let options = common::options(None);
    for log in [
        common::lint().render(Format::Sarif, &options),
        common::diff().render(Format::Sarif, &options),
        common::repeated_diff().render(Format::Sarif, &options),
        DiffReport::default().render(Format::Sarif, &options),
    ] {
        assert_accepted(&validator, &log);
    }
}

#[test]
fn conformance_and_event_logs_are_valid_sarif() {
    let validator = schema_validator();
    let options = common::options(None);
    for log in [
        common::test().render(Format::Sarif, &options),
        common::events().render(Format::Sarif, &options),
    ] {
        let value: Value = serde_json::from_str(&log).unwrap();
        assert!(validator.is_valid(&value), "{log}");
    }
}

/// `accord test` tells the renderer where the contract declares each operation: every
/// conformance result then points at its operation's line (a finding about an operation the
/// contract does not declare, at the document), which GitHub needs to show it. A contract
/// finding is a warning at the line of the contract it is about.
#[test]
fn conformance_results_point_at_the_operation_line() {
    let validator = schema_validator();
    let mut operations = OperationLocations::new("contracts/pets.yaml");
    operations.insert(
        "GET /pets",
        Location::new("contracts/pets.yaml", 7, 5, "/paths/~1pets/get"),
    );
    operations.insert(
        "GET /pets/{petId}",
        Location::new("contracts/pets.yaml", 21, 5, "/paths/~1pets~1{petId}/get"),
    );
    let options = RenderOptions {
        operations: Some(&operations),
        ..common::options(None)
    };
    let mut report = common::test();
    report.failures[2].operation = "GET /undeclared".into();
    let runs = assert_accepted(&validator, &report.render(Format::Sarif, &options));
    let lines: Vec<(&str, &str, &str, u64)> = runs[0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let l = &r["locations"][0];
            assert!(
                l["logicalLocations"][0]["fullyQualifiedName"].is_string(),
                "{r}"
            );
            (
                r["level"].as_str().unwrap(),
                r["properties"]["operation"].as_str().unwrap(),
                l["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap(),
                l["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .unwrap(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("error", "GET /pets", "contracts/pets.yaml", 7),
            ("error", "GET /pets/{petId}", "contracts/pets.yaml", 21),
            ("error", "GET /undeclared", "contracts/pets.yaml", 1),
            ("warning", "GET /pets", "petstore.yaml", 21),
            ("warning", "POST /pets", "petstore.yaml", 88),
        ]
    );
}

/// `accord test-events` tells the renderer where the contract declares each channel and
/// which file the events came from: every event result points at its channel's line (an
/// event of no known channel at the document) with the event's own line as a related
/// location.
#[test]
fn event_results_point_at_the_channel_line_and_the_event() {
    let validator = schema_validator();
    let mut locations = OperationLocations::new("contracts/events.yaml");
    locations.insert_channel(
        "customer.created",
        Location::new("contracts/events.yaml", 12, 3, "/channels/customer.created"),
    );
    let options = RenderOptions {
        operations: Some(&locations),
        events_source: Some("captured/events.jsonl"),
        ..common::options(None)
    };
    let runs = assert_accepted(
        &validator,
        &common::events().render(Format::Sarif, &options),
    );
    let seen: Vec<(&str, u64, &str, u64)> = runs[0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let at = &r["locations"][0]["physicalLocation"];
            let event = &r["relatedLocations"][0]["physicalLocation"];
            (
                at["artifactLocation"]["uri"].as_str().unwrap(),
                at["region"]["startLine"].as_u64().unwrap(),
                event["artifactLocation"]["uri"].as_str().unwrap(),
                event["region"]["startLine"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("contracts/events.yaml", 12, "captured/events.jsonl", 3),
            ("contracts/events.yaml", 1, "captured/events.jsonl", 5),
            ("contracts/events.yaml", 12, "captured/events.jsonl", 7),
        ]
    );
}

fn change(id: &str, op: usize, node: &str, line: u32) -> Change {
    Change {
        id: id.into(),
        level: ChangeLevel::Breaking,
        operation: Some(format!("GET /things{op}")),
        channel: None,
        message: format!("property removed in response 200 (application/json) of op {op}"),
        old: None,
        new: Some(ChangeSide {
            file: "new.yaml".into(),
            line,
            pointer: node.into(),
            snippet: None,
        }),
        affects: Vec::new(),
        group: String::new(),
        place: "response 200 (application/json)".into(),
    }
}

/// A Stripe-sized diff: one edit reached from 6,000 operations plus 200 single changes. The
/// run stays under 5,000 results, every root cause keeps at least one result, and the one
/// that did not fit in full says how many changes it stands for.
#[test]
fn a_run_never_exceeds_five_thousand_results_and_summarises_what_does_not_fit() {
    let mut changes: Vec<Change> = (0..6_000)
        .map(|i| {
            change(
                "response-property-removed",
                i,
                "/components/schemas/Customer",
                7,
            )
        })
        .collect();
    changes.extend((0..200).map(|i| change("parameter-removed", i, &format!("/p/{i}"), 0)));
    let report = DiffReport::new("old.yaml", "new.yaml", changes);
    let log = sarif::log_of(vec![
        sarif::diff_run(&report, &common::options(None), "accord/diff/stripe/"),
        sarif::lint_run(
            &common::lint(),
            &common::options(None),
            "accord/lint/stripe/",
        ),
    ]);
    let runs = assert_accepted(&schema_validator(), &log);
    let results = runs[0]["results"].as_array().unwrap();
    let groups: std::collections::BTreeSet<&str> = results
        .iter()
        .map(|r| r["properties"]["group"].as_str().unwrap())
        .collect();
    assert_eq!(groups.len(), 201, "every root cause keeps a result");
    let summary = results
        .iter()
        .find(|r| r["ruleId"] == "response-property-removed")
        .unwrap();
    assert!(
        summary["message"]["text"]
            .as_str()
            .unwrap()
            .contains("(6000 changes, listed in full in the JSON report: 6000 operations"),
        "{summary}"
    );
}
