//! End to end on the bundled Relay CRM v1 → v2 upgrade: every deliberate change listed in
//! contracts/README.md gets its expected verdict, and nothing else is reported.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use accord_diff::{DiffOptions, Usage};
use accord_report::{ChangeLevel, Format, RenderOptions};

fn contracts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../contracts")
}

fn relay() -> accord_report::DiffReport {
    let dir = contracts().join("vendors/relay-crm");
    let old = accord_spec::load(&dir.join("v1.yaml")).unwrap();
    let new = accord_spec::load(&dir.join("v2.yaml")).unwrap();
    let usages = vec![Usage {
        consumer: "mapping relay-crm.contact-to-customer".into(),
        operations: vec![
            "GET /contacts".into(),
            "POST /contacts".into(),
            "GET /contacts/{contactId}".into(),
            "PATCH /contacts/{contactId}".into(),
            "POST /contacts/{contactId}/merge".into(),
        ],
        schema: Some("Contact".into()),
        fields: vec![
            ("phone".into(), "Customer.phone".into()),
            ("email".into(), "Customer.email".into()),
        ],
    }];
    let options = DiffOptions {
        usages,
        today: Some("2025-09-01".into()),
        ..DiffOptions::default()
    };
    accord_diff::diff(&old, &new, &options)
}

fn ids(report: &accord_report::DiffReport, level: ChangeLevel) -> BTreeSet<(String, String)> {
    report
        .changes
        .iter()
        .filter(|c| c.level == level)
        .map(|c| (c.id.clone(), c.operation.clone().unwrap_or_default()))
        .collect()
}

#[test]
fn relay_crm_v1_to_v2_verdicts() {
    let r = relay();
    let set = |items: &[(&str, &str)]| -> BTreeSet<(String, String)> {
        items
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    let breaking = set(&[
        // 1: Contact.phone removed from responses
        ("response-property-removed", "GET /contacts"),
        ("response-property-removed", "POST /contacts"),
        ("response-property-removed", "GET /contacts/{contactId}"),
        ("response-property-removed", "PATCH /contacts/{contactId}"),
        // 2, 2a: annualRevenue number -> string
        ("response-type-changed", "GET /accounts"),
        ("response-type-changed", "POST /accounts"),
        ("response-type-changed", "GET /accounts/{accountId}"),
        ("request-type-changed", "POST /accounts"),
        // 3
        ("request-parameter-became-required", "GET /activities"),
        // 4
        ("new-required-request-property", "POST /opportunities"),
        // 7
        ("operation-removed", "POST /contacts/{contactId}/merge"),
        // 8
        ("security-scope-added", "GET /contacts"),
        ("security-scope-added", "GET /contacts/{contactId}"),
        // 11
        ("request-parameter-removed", "GET /contacts"),
        // 12
        ("response-success-status-removed", "POST /activities"),
    ]);
    assert_eq!(ids(&r, ChangeLevel::Breaking), breaking);
    let warning = set(&[
        // 1a
        ("request-property-removed", "POST /contacts"),
        ("request-property-removed", "PATCH /contacts/{contactId}"),
        // 5
        ("response-enum-value-added", "GET /opportunities"),
        ("response-enum-value-added", "POST /opportunities"),
        (
            "response-enum-value-added",
            "PATCH /opportunities/{opportunityId}",
        ),
    ]);
    assert_eq!(ids(&r, ChangeLevel::Warning), warning);
    let info = ids(&r, ChangeLevel::Info);
    for expected in [
        ("request-property-added", "POST /contacts"),       // 1b
        ("request-enum-value-added", "GET /opportunities"), // 5a
        ("request-enum-value-added", "POST /opportunities"), // 5a
        ("operation-removed-after-sunset", "GET /search/contacts"), // 6
        ("response-property-added", "GET /contacts"),       // 9
        ("operation-added", "GET /opportunities/{opportunityId}"), // 10
        ("request-parameter-added", "GET /contacts"),       // 11
        ("info-version-changed", ""),                       // 13
        ("server-removed", ""),
        ("oauth-scope-added", ""),
        ("component-schema-removed", ""),
        ("component-schema-added", ""),
    ] {
        assert!(
            info.contains(&(expected.0.to_string(), expected.1.to_string())),
            "missing info {expected:?}"
        );
    }
    // impact
    let phone = r
        .changes
        .iter()
        .find(|c| {
            c.id == "response-property-removed" && c.operation.as_deref() == Some("GET /contacts")
        })
        .unwrap();
    assert_eq!(
        phone.affects,
        ["mapping relay-crm.contact-to-customer → Customer.phone"]
    );
    let merge = r
        .changes
        .iter()
        .find(|c| c.id == "operation-removed")
        .unwrap();
    assert_eq!(merge.affects, ["mapping relay-crm.contact-to-customer"]);
    assert!(phone.old.as_ref().unwrap().snippet.is_some());
}

#[test]
fn sunset_is_judged_against_today() {
    let dir = contracts().join("vendors/relay-crm");
    let old = accord_spec::load(&dir.join("v1.yaml")).unwrap();
    let new = accord_spec::load(&dir.join("v2.yaml")).unwrap();
    let before = DiffOptions {
        today: Some("2025-06-01".into()),
        ..DiffOptions::default()
    };
    let r = accord_diff::diff(&old, &new, &before);
    assert!(
        r.changes
            .iter()
            .any(|c| c.id == "operation-removed-before-sunset"
                && c.level == ChangeLevel::Breaking
                && c.operation.as_deref() == Some("GET /search/contacts"))
    );
}

#[test]
fn only_affecting_keeps_impacted_changes() {
    let dir = contracts().join("vendors/relay-crm");
    let old = accord_spec::load(&dir.join("v1.yaml")).unwrap();
    let new = accord_spec::load(&dir.join("v2.yaml")).unwrap();
    let options = DiffOptions {
        usages: vec![Usage {
            consumer: "client x".into(),
            operations: vec!["GET /activities".into()],
            schema: None,
            fields: vec![],
        }],
        only_affecting: true,
        today: Some("2025-09-01".into()),
        ..DiffOptions::default()
    };
    let r = accord_diff::diff(&old, &new, &options);
    let got: Vec<&str> = r.changes.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(got, ["request-parameter-became-required"]);
}

#[test]
fn exceptions_accept_and_expire() {
    let mut r = relay();
    let ex = accord_diff::parse_exceptions(
        r#"
[[exceptions]]
id = "operation-removed"
operation = "POST /contacts/{contactId}/merge"
reason = "merge moved to the UI"
expires = "2025-12-31"

[[exceptions]]
id = "request-parameter-became-required"
reason = "we always send since"
expires = "2025-01-31"
"#,
    )
    .unwrap();
    accord_diff::apply_exceptions(&mut r, &ex, "2025-09-01");
    let merge = r
        .changes
        .iter()
        .find(|c| c.id == "operation-removed")
        .unwrap();
    assert_eq!(merge.level, ChangeLevel::Info);
    assert!(merge.message.ends_with("(accepted: merge moved to the UI)"));
    let expired = r
        .changes
        .iter()
        .find(|c| c.id == "exception-expired")
        .unwrap();
    assert_eq!(expired.level, ChangeLevel::Breaking);
    assert!(expired.message.contains("expired on 2025-01-31"));
    let since = r
        .changes
        .iter()
        .find(|c| c.id == "request-parameter-became-required")
        .unwrap();
    assert_eq!(since.level, ChangeLevel::Breaking);
}

#[test]
fn relay_reports_snapshot_in_every_format() {
    let r = relay();
    let opts = RenderOptions {
        tool_version: "test",
        ..RenderOptions::default()
    };
    // Paths are absolute (the fixtures are found from CARGO_MANIFEST_DIR); snapshots keep
    // them relative to the workspace so they hold in any checkout.
    let root = accord_spec::normalize_path(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."),
    );
    let portable = |text: String| text.replace(&format!("{}/", root.display()), "");
    insta::assert_snapshot!(
        "relay-json",
        portable(accord_report::render(&r, Format::Json, &opts))
    );
    // text and markdown are what `accord diff` prints: breaking first, repeated info condensed
    insta::assert_snapshot!(
        "relay-text",
        portable(accord_report::render(&r, Format::Text, &opts))
    );
    insta::assert_snapshot!(
        "relay-markdown",
        portable(accord_report::render(&r, Format::Markdown, &opts))
    );
    for f in Format::ALL {
        let out = accord_report::render(&r, f, &opts);
        assert!(!out.is_empty(), "{f}");
    }
    // the JSON is exactly the DESIGN.md shape
    let v: serde_json::Value =
        serde_json::from_str(&accord_report::render(&r, Format::Json, &opts)).unwrap();
    assert_eq!(v["format"], "accord.diff/v1");
    let c = &v["changes"][0];
    for key in [
        "id",
        "level",
        "operation",
        "channel",
        "message",
        "old",
        "new",
        "affects",
    ] {
        assert!(c.get(key).is_some(), "{key}");
    }
    assert_eq!(v["summary"]["breaking"], 15);
}
