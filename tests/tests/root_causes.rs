//! Review reports a team can act on, proven on real vendor upgrades (corpus pairs): changes of
//! one edit are one root cause, reported once with what they reach; the human formats stay
//! readable and bounded; SARIF and annotations fit what GitHub accepts.
//!
//! PayPal Subscriptions 2023-08 → 2024-02: most breaking changes are two properties removed
//! from shared error schemas, repeated for every operation and status. Stripe: hundreds of
//! breaking changes from one removed property of a shared schema.

mod common;

use serde_json::Value;

use common::{accord_in, corpus, stdout};

/// The pair's folder and its old and new file names (`old.json`, `new.yaml`...).
fn pair_files(pair: &str) -> (std::path::PathBuf, String, String) {
    let dir = corpus().join("pairs").join(pair);
    let name = |side: &str| {
        ["json", "yaml"]
            .iter()
            .map(|ext| format!("{side}.{ext}"))
            .find(|f| dir.join(f).exists())
            .unwrap_or_else(|| panic!("no {side} contract in {}", dir.display()))
    };
    let (old, new) = (name("old"), name("new"));
    (dir, old, new)
}

/// `accord diff` run in the pair's folder, so paths in the output are the file names.
fn diff(pair: &str, format: &str) -> String {
    let (dir, old, new) = pair_files(pair);
    let out = accord_in(
        &dir,
        &[
            "diff",
            &old,
            &new,
            "--format",
            format,
            "--today",
            "2025-09-01",
        ],
    );
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        common::stderr(&out)
    );
    stdout(&out)
}

/// The JSON report: every change with its group, and the groups with all they reach.
fn groups(pair: &str) -> (Value, Vec<Value>) {
    let json: Value = serde_json::from_str(&diff(pair, "json")).unwrap();
    let groups = json["groups"].as_array().unwrap().clone();
    (json, groups)
}

/// The breaking root causes of the markdown report: its head up to the first section after
/// the breaking table, which is what a reviewer reads first.
fn markdown_head(markdown: &str) -> String {
    let end = markdown
        .find("<details>")
        .or_else(|| markdown.find("#### ⚠️"))
        .unwrap_or(markdown.len());
    markdown[..end].to_string()
}

fn check_pair(pair: &str) -> (usize, Vec<Value>) {
    let (json, groups) = groups(pair);
    let changes = json["changes"].as_array().unwrap();
    // Every change carries a group, and the groups account for every change.
    let total: u64 = groups.iter().map(|g| g["changes"].as_u64().unwrap()).sum();
    assert_eq!(total as usize, changes.len());
    for c in changes {
        let id = c["group"].as_str().unwrap();
        assert!(groups.iter().any(|g| g["id"] == id), "{id}");
    }
    // Review order: breaking groups first.
    let levels: Vec<&str> = groups
        .iter()
        .map(|g| g["level"].as_str().unwrap())
        .collect();
    let first_non_breaking = levels
        .iter()
        .position(|l| *l != "breaking")
        .unwrap_or(levels.len());
    assert!(
        levels[first_non_breaking..]
            .iter()
            .all(|l| *l != "breaking")
    );
    let breaking = json["summary"]["breaking"].as_u64().unwrap() as usize;
    (breaking, groups)
}

#[test]
fn paypal_error_schema_edits_are_one_root_cause_per_schema() {
    let pair = "paypal-billing_subscriptions_v1";
    let (breaking, groups) = check_pair(pair);
    let breaking_groups: Vec<&Value> = groups.iter().filter(|g| g["level"] == "breaking").collect();
    assert!(breaking > 400, "{breaking} breaking changes");
    // 412 of the breaking changes are `issues` and `information_link` removed from the nine
    // error schemas (`error_400` … `error_503`). The 2024-02 document inlines a copy of the
    // error schema into every response that used it, so by node alone they were 96 root
    // causes; copies holding the same edits are joined, so it is one root cause per error
    // schema, each reaching all 16 operations and listing every copy it joined.
    let errors = &breaking_groups[..9];
    let held: u64 = errors.iter().map(|g| g["changes"].as_u64().unwrap()).sum();
    assert_eq!(
        held, 412,
        "the nine largest root causes hold {held} changes"
    );
    for g in errors {
        assert_eq!(g["check"], "response-property-removed", "{g}");
        assert_eq!(g["operations"].as_array().unwrap().len(), 16, "{g}");
        assert_eq!(
            g["media_types"],
            serde_json::json!(["application/json"]),
            "{g}"
        );
    }
    // Honest joins: the copies are listed (the 403 schema is inlined into 16 responses and
    // referenced once more), and no other group joined anything.
    assert_eq!(
        errors[0]["nodes"].as_array().unwrap().len(),
        17,
        "{}",
        errors[0]
    );
    assert_eq!(
        breaking_groups.len(),
        14,
        "{} breaking root causes (96 before copies were joined)",
        breaking_groups.len()
    );

    let markdown = diff(pair, "markdown");
    assert!(markdown.len() <= 65_536);
    for g in &breaking_groups {
        assert!(
            markdown.contains(g["id"].as_str().unwrap()),
            "{} unnamed",
            g["id"]
        );
    }
    insta::assert_snapshot!("paypal_markdown_breaking", markdown_head(&markdown));
    let text = diff(pair, "text");
    insta::assert_snapshot!("paypal_text_summary", text.lines().last().unwrap());
}

#[test]
fn stripe_one_removed_property_is_one_root_cause_and_every_format_stays_bounded() {
    let pair = "stripe-spec3";
    let (breaking, groups) = check_pair(pair);
    let top = &groups[0];
    assert_eq!(top["level"], "breaking");
    let top_changes = top["changes"].as_u64().unwrap() as usize;
    assert!(
        top_changes * 10 >= breaking * 9,
        "the largest root cause holds {top_changes} of {breaking} breaking changes"
    );

    let markdown = diff(pair, "markdown");
    assert!(markdown.len() <= 65_536, "{} characters", markdown.len());
    assert!(
        markdown.trim_end().ends_with("`--format json`._"),
        "ends with where the rest is"
    );
    for g in groups.iter().filter(|g| g["level"] == "breaking") {
        assert!(
            markdown.contains(g["id"].as_str().unwrap()),
            "{} unnamed",
            g["id"]
        );
    }
    insta::assert_snapshot!("stripe_markdown_breaking", markdown_head(&markdown));

    let html = diff(pair, "html");
    assert!(html.len() < 8_000_000, "HTML is {} bytes", html.len());
    assert!(!html.contains("<script"));
    assert!(!html.contains("<details class=\"item level-breaking\" data-level=\"breaking\" data-id=\"response-property-removed\" open"));

    let github = diff(pair, "github");
    let annotations = github
        .lines()
        .filter(|l| l.starts_with("::error ") || l.starts_with("::warning "))
        .count();
    assert!(annotations <= 20, "{annotations} annotations");
    assert!(github.contains("more breaking and"), "{github}");

    let sarif: Value = serde_json::from_str(&diff(pair, "sarif")).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(results.len() <= 5_000, "{} results", results.len());
    assert_eq!(sarif["runs"][0]["automationDetails"]["id"], "accord/diff/");
}
