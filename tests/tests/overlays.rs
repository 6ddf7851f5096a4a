//! Overlays through every command, over a real corpus contract (the Apideck CRM): a tenant's
//! custom field added, a property removed, a stale action, a malformed overlay; validate,
//! lint, diff, generate client and mapping, and the mock serving what the test judges.

mod common;

use common::{accord, interrupt, root, serve, stderr, stdout};

const CRM: &str = "../shared/corpus/openapi/apideck/crm@10.34.0.yml";
/// Adds `acmeRegion` to Lead (required), removes `fax`, drops one header parameter.
const ACME: &str = "crates/accord-spec/tests/overlays/apideck-crm-acme.yaml";
const NO_COMPANY: &str = "tests/fixtures/overlays/apideck-crm-no-company.yaml";
const STALE: &str = "tests/fixtures/overlays/stale.yaml";
const BROKEN: &str = "tests/fixtures/overlays/broken.yaml";

fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(out), stderr(out)))
}

#[test]
fn validate_applies_overlays_and_reports_stale_actions_at_their_line() {
    let out = accord(&["validate", CRM, "--overlay", ACME]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );

    let out = accord(&[
        "validate",
        CRM,
        "--overlay",
        ACME,
        "--overlay",
        STALE,
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let report = json(&out);
    let stale: Vec<_> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "overlay-target-unmatched")
        .collect();
    assert_eq!(stale.len(), 1, "{report}");
    assert_eq!(stale[0]["file"], STALE);
    assert_eq!(stale[0]["line"], 9);
    assert_eq!(stale[0]["pointer"], "/actions/1/target");
}

#[test]
fn a_malformed_overlay_is_a_load_error_with_its_line_and_column() {
    for command in [
        &["validate", CRM][..],
        &["lint", CRM],
        &["diff", CRM, CRM],
        &["mock", CRM, "--port", "0"],
        &["test", CRM, "--base-url", "http://127.0.0.1:9"],
        &["generate", "client", CRM, "--out", "target/never-written"],
    ] {
        let mut args = command.to_vec();
        args.extend(["--overlay", BROKEN]);
        let out = accord(&args);
        assert_eq!(out.status.code(), Some(2), "{command:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!("{BROKEN}:6:")),
            "{command:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn lint_sees_the_overlaid_contract_and_reports_stale_overlays() {
    let out = accord(&[
        "lint",
        CRM,
        "--overlay",
        STALE,
        "--format",
        "json",
        "--profile",
        "vendor",
    ]);
    let report = json(&out);
    let diagnostics = report["diagnostics"].as_array().unwrap();
    assert!(
        diagnostics
            .iter()
            .any(|d| d["rule"] == "overlay-target-unmatched" && d["file"] == STALE),
        "{report}"
    );
}

#[test]
fn diff_of_base_and_tenant_locates_what_the_overlay_changed_in_the_overlay() {
    let out = accord(&["diff", CRM, CRM, "--new-overlay", ACME, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = json(&out);
    let changes = report["changes"].as_array().unwrap();
    let removed = changes
        .iter()
        .find(|c| c["id"] == "response-property-removed" && c["operation"] == "GET /crm/leads/{id}")
        .expect("fax removed");
    assert_eq!(removed["level"], "breaking");
    assert!(removed["message"].as_str().unwrap().contains("fax"));
    assert_eq!(removed["old"]["file"], CRM);
    assert_eq!(removed["new"]["file"], ACME);
    assert_eq!(removed["new"]["line"], 14);
    let added = changes
        .iter()
        .find(|c| c["id"] == "response-property-added" && c["operation"] == "GET /crm/leads/{id}")
        .expect("custom field added");
    assert_eq!(added["new"]["file"], ACME);
    assert_eq!(
        added["new"]["pointer"],
        "/components/schemas/Lead/properties/acmeRegion"
    );

    // The same overlay on both sides: nothing changed.
    let out = accord(&["diff", CRM, CRM, "--overlay", ACME, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["changes"].as_array().unwrap().len(), 0);
    // On the old side only: the custom field disappears, which breaks the tenant.
    let out = accord(&["diff", CRM, CRM, "--old-overlay", ACME, "--format", "json"]);
    let report = json(&out);
    assert!(
        report["changes"].as_array().unwrap().iter().any(|c| {
            c["level"] == "breaking"
                && c["message"].as_str().unwrap().contains("acmeRegion")
                && c["old"]["file"] == ACME
        }),
        "{report}"
    );
}

/// The failures of `accord test CRM --overlay ACME` against the mock at `url`, as
/// `check operation: message` lines.
fn tenant_test_failures(url: &str) -> Vec<String> {
    let out = accord(&[
        "test",
        CRM,
        "--overlay",
        ACME,
        "--base-url",
        url,
        "--header",
        "Authorization: Bearer sk_test",
        "--header",
        "x-apideck-app-id: app",
        "--header",
        "x-apideck-consumer-id: consumer",
        "--max-examples",
        "1",
        "--min-coverage",
        "0",
        "--format",
        "json",
    ]);
    let report = json(&out);
    report["failures"]
        .as_array()
        .expect("failures")
        .iter()
        .map(|f| format!("{} {}: {}", f["check"], f["operation"], f["message"]))
        .collect()
}

/// `accord mock --overlay` serves the tenant's view and `accord test --overlay` judges by
/// it: against the tenant's mock no lead lacks the custom field the tenant requires, while
/// against the vendor's base mock every listed lead does.
#[test]
fn mock_serves_and_test_judges_the_tenant_view() {
    let (tenant_mock, url) = serve(&root(), &["mock", CRM, "--overlay", ACME, "--port", "0"]);
    let on_tenant_mock = tenant_test_failures(&url);
    let out = interrupt(tenant_mock);
    assert!(
        matches!(out.status.code(), Some(0 | 130)),
        "{}",
        stderr(&out)
    );
    assert!(
        !on_tenant_mock.iter().any(|f| f.contains("acmeRegion")),
        "{on_tenant_mock:#?}"
    );

    let (base_mock, url) = serve(&root(), &["mock", CRM, "--port", "0"]);
    let on_base_mock = tenant_test_failures(&url);
    interrupt(base_mock);
    assert!(
        on_base_mock
            .iter()
            .any(|f| f.contains("response_schema_conformance")
                && f.contains("GET /crm/leads")
                && f.contains("acmeRegion")),
        "{on_base_mock:#?}"
    );
}

#[test]
fn generate_client_carries_the_custom_field_as_a_typed_field() {
    let out_dir = tempfile::tempdir().unwrap();
    let out = accord(&[
        "generate",
        "client",
        CRM,
        "--overlay",
        ACME,
        "--out",
        out_dir.path().to_str().unwrap(),
        "--crate-name",
        "acme-crm-client",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut text = String::new();
    for entry in walk(out_dir.path()) {
        text.push_str(&std::fs::read_to_string(entry).unwrap_or_default());
    }
    assert!(
        text.contains("acme_region"),
        "the custom field is generated"
    );
    assert!(
        text.contains("Emea") && text.contains("Apac"),
        "its enum is a typed enum"
    );
    let lead = text
        .split("pub struct Lead ")
        .nth(1)
        .and_then(|rest| rest.split("\n}\n").next())
        .expect("a Lead struct");
    assert!(
        !lead.contains("pub fax"),
        "the removed property is gone: {lead}"
    );
}

#[test]
fn generate_mapping_validates_the_mapping_against_the_tenant_view() {
    let out_dir = tempfile::tempdir().unwrap();
    let mapping = "contracts/mappings/apideck-crm.contact-to-customer.yaml";
    let dir = out_dir.path().join("mapping");
    let dir = dir.to_str().unwrap();
    let out = accord(&["generate", "mapping", mapping, "--out", dir]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    // The tenant has no company on contacts: the mapping reads a field it does not have.
    let out = accord(&[
        "generate",
        "mapping",
        mapping,
        "--out",
        dir,
        "--overlay",
        NO_COMPANY,
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(
        format!("{}{}", stdout(&out), stderr(&out)).contains("company_name"),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}
