//! Runs every rule on its fixtures: `valid.yaml` must produce nothing from the rule and
//! `invalid.yaml` exactly the snapshotted diagnostics, under the `enterprise` profile and
//! (to show the integration-risk phrasing) the `vendor` profile.

use std::fmt::Write as _;
use std::path::Path;

use accord_lint::{Profile, REGISTRY, lint_with_rules};
use accord_report::Diagnostic;

fn run(rule: &'static dyn accord_lint::Rule, file: &str, profile: &Profile) -> Vec<Diagnostic> {
    let contract = accord_spec::load(Path::new(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    lint_with_rules(&contract, profile, [rule])
}

fn render(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let _ = writeln!(
            out,
            "{}:{}:{} {} [{}] {}{}\n    pointer: {}\n    help: {}",
            d.location.file,
            d.location.line,
            d.location.column,
            d.level,
            d.rule,
            d.message,
            d.operation
                .as_deref()
                .map(|o| format!(" ({o})"))
                .unwrap_or_default(),
            d.location.pointer,
            d.help
        );
    }
    out
}

#[test]
fn every_rule_on_its_fixtures() {
    let enterprise = Profile::enterprise();
    let vendor = Profile::vendor();
    let mut failures = Vec::new();
    for entry in REGISTRY {
        let id = entry.meta().id;
        let dir = format!("tests/fixtures/{id}");
        let valid = format!("{dir}/valid.yaml");
        let invalid = format!("{dir}/invalid.yaml");
        if !Path::new(&valid).exists() || !Path::new(&invalid).exists() {
            failures.push(format!("{id}: fixtures missing in {dir}"));
            continue;
        }
        let clean = run(entry.rule, &valid, &enterprise);
        if !clean.is_empty() {
            failures.push(format!("{id}: valid.yaml produced:\n{}", render(&clean)));
        }
        let found = run(entry.rule, &invalid, &enterprise);
        if found.is_empty() {
            failures.push(format!("{id}: invalid.yaml produced nothing"));
        }
        if found.iter().any(|d| d.rule != id) {
            failures.push(format!("{id}: invalid.yaml produced other rules"));
        }
        let risks = run(entry.rule, &invalid, &vendor);
        let text = format!(
            "enterprise:\n{}\nvendor:\n{}",
            render(&found),
            render(&risks)
        );
        insta::assert_snapshot!(format!("fixture__{id}"), text);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
