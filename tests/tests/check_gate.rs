//! `accord check` on the bundled governed-contract repository: the gate runs every stage,
//! blocks the breaking Relay CRM v1→v2 upgrade (exit 1), and writes a review report whose
//! HTML renders in headless Chromium and shows the same numbers as its JSON.

mod common;

use std::process::Command;

use common::{accord, accord_in, root, stderr, stdout};

#[test]
fn the_bundled_gate_blocks_the_crm_upgrade_and_writes_a_review_report() {
    let report = tempfile::tempdir().unwrap();
    let dir = report.path().to_str().unwrap();
    let out = accord(&["check", "--report", dir]);
    let text = stdout(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "stdout:\n{text}\nstderr:\n{}",
        stderr(&out)
    );
    assert!(text.contains("FAIL: the gate blocks"), "{text}");
    assert!(text.contains("relay-crm / diff: FAIL"), "{text}");
    assert!(
        text.contains("[response-property-removed] property `phone` removed"),
        "{text}"
    );
    // The bundled tenants of relay-crm: v2 loses the target of acme's overlay, which breaks
    // acme's custom field for acme alone; globex sees only what everyone sees.
    assert!(
        text.contains(
            "breaks tenant acme: custom field `acmeRegion` removed [response-property-removed]"
        ),
        "{text}"
    );
    assert!(
        text.contains("error[overlay-target-unmatched] tenant acme: overlay action 0"),
        "{text}"
    );
    assert!(text.contains("globex no change of its own"), "{text}");
    assert_eq!(
        text.matches("property `phone` removed;").count(),
        1,
        "{text}"
    );

    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(report.path().join("report.json")).unwrap())
            .unwrap();
    assert_eq!(json["format"], "accord.check/v1");
    assert_eq!(json["verdict"], "blocked");
    let relay = json["contracts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "relay-crm")
        .unwrap();
    let diff = relay["stages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["stage"] == "diff")
        .unwrap();
    assert_eq!(diff["status"], "fail");
    assert_eq!(diff["diff"]["format"], "accord.diff/v1");
    assert!(diff["diff"]["summary"]["breaking"].as_u64().unwrap() > 0);

    for file in ["index.html", "summary.md", "junit.xml", "results.sarif"] {
        assert!(report.path().join(file).is_file(), "{file} missing");
    }
    let html = std::fs::read_to_string(report.path().join("index.html")).unwrap();
    assert!(
        !html.contains("http://") && !html.contains("src=\"https://"),
        "the page must not load external assets"
    );
    let sarif: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(report.path().join("results.sarif")).unwrap(),
    )
    .unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    // What GitHub code scanning requires of one upload: a distinct category per run, and
    // every result with a rule, a message and a line (events and conformance included).
    let runs = sarif["runs"].as_array().unwrap();
    let mut categories: Vec<&str> = runs
        .iter()
        .map(|r| r["automationDetails"]["id"].as_str().unwrap())
        .collect();
    assert!(
        categories
            .iter()
            .any(|c| c.starts_with("accord/conformance/relay-crm-events/")),
        "{categories:?}"
    );
    categories.sort_unstable();
    let before = categories.len();
    categories.dedup();
    assert_eq!(categories.len(), before, "run categories must differ");
    for result in runs.iter().flat_map(|r| r["results"].as_array().unwrap()) {
        assert!(result["ruleId"].is_string(), "{result}");
        assert!(result["message"]["text"].is_string(), "{result}");
        let line = &result["locations"][0]["physicalLocation"]["region"]["startLine"];
        assert!(line.as_u64().is_some_and(|l| l >= 1), "no line: {result}");
    }

    rendered_numbers_match_the_json(&report.path().join("index.html"), &json);
}

/// Renders the page in headless Chromium (when the machine has it: `.ci/setup` installs it
/// in CI) and compares every `data-count` with the JSON totals.
fn rendered_numbers_match_the_json(page: &std::path::Path, json: &serde_json::Value) {
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have chromium (.ci/setup installs it)"
        );
        eprintln!("chromium not installed: skipping the rendering check");
        return;
    };
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(
        dom.contains("Verdict: blocked"),
        "rendered DOM lacks the verdict:\n{}",
        &dom[..dom.len().min(2000)]
    );
    let totals = json["totals"].as_object().unwrap();
    for (name, value) in totals {
        let needle = format!("data-count=\"{name}\">{value}<");
        assert!(
            dom.contains(&needle),
            "rendered page shows a different {name} than report.json ({value})"
        );
    }
}

#[test]
fn narrowing_and_config_errors() {
    let out = accord(&["check", "--only", "diff", "--contract", "customer-hub"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let out = accord(&["check", "--only", "nonsense"]);
    assert_eq!(out.status.code(), Some(2));
    // A typo is a usage error naming the stages, never a silently skipped stage.
    assert!(
        stderr(&out).contains("invalid value 'nonsense'"),
        "{}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("lint, diff, mapping, generate, conformance"),
        "{}",
        stderr(&out)
    );

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("accord.toml"),
        "version = \"v1\"\n[lint]\nprofil = \"x\"\n",
    )
    .unwrap();
    let out = accord_in(dir.path(), &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("accord.toml:3:1") && stderr(&out).contains("unknown field `profil`"),
        "{}",
        stderr(&out)
    );
    let _ = root();
}

#[test]
fn init_scaffolds_a_repository_from_vendor_contracts() {
    let dir = tempfile::tempdir().unwrap();
    let crm = common::corpus().join("openapi/apideck/crm@10.34.0.yml");
    let out = accord_in(dir.path(), &["init", crm.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let toml = std::fs::read_to_string(dir.path().join("accord.toml")).unwrap();
    assert!(
        toml.contains("name = \"crm-api\"")
            && toml.contains("contracts/vendors/crm-api/crm@10.34.0.yml"),
        "{toml}"
    );
    assert!(
        dir.path()
            .join("contracts/vendors/crm-api/crm@10.34.0.yml")
            .is_file()
    );
    let again = accord_in(dir.path(), &["init", crm.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(2), "init must never overwrite");
    let check = accord_in(dir.path(), &["check", "--only", "lint"]);
    assert!(
        matches!(check.status.code(), Some(0 | 1)),
        "{}{}",
        stdout(&check),
        stderr(&check)
    );
}

#[test]
fn the_mock_stage_says_which_invalid_examples_it_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = root().join("crates/accord-conformance/tests/fixtures/invalid-examples.yaml");
    std::fs::copy(&fixture, dir.path().join("api.yaml")).unwrap();
    std::fs::write(
        dir.path().join("accord.toml"),
        "version = \"v1\"\n\n[[contracts]]\nname = \"examples\"\npath = \"api.yaml\"\nkind = \"vendor\"\nconformance = { target = \"mock\" }\n",
    )
    .unwrap();
    let out = accord_in(dir.path(), &["check", "--only", "conformance"]);
    let text = format!("{}{}", stdout(&out), stderr(&out));
    // The contract's own bad examples are replaced, so the run passes, and the stage says so.
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("mock: "), "{text}");
}
