//! Every mapping rule on its fixture: `tests/fixtures/rules/<rule-id>/acme.widget-to-item.yaml`
//! is the clean mapping of `tests/fixtures/rules/_contracts/` changed in one place, and must
//! report its rule and nothing else (the diagnostics are snapshotted as users see them); the
//! clean mapping reports nothing. A rule without a fixture folder fails the test.

use std::path::{Path, PathBuf};

use accord_mapping::{Contracts, RULES, load_mapping, validate};
use accord_report::Diagnostic;

/// The one mapping file of every fixture folder (its name must equal its mapping id).
const MAPPING: &str = "acme.widget-to-item.yaml";

fn rules_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

fn validate_file(file: &Path) -> Vec<Diagnostic> {
    let spec = load_mapping(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    validate(&spec, &Contracts::new())
}

/// What users see, with the fixture folder's absolute path cut from messages.
fn render(diagnostics: &[Diagnostic]) -> String {
    let root = format!("{}/", rules_dir().display());
    diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}:{}:{} {} [{}] {}\n    pointer: {}\n    help: {}\n",
                MAPPING,
                d.location.line,
                d.location.column,
                d.level,
                d.rule,
                d.message.replace(&root, ""),
                d.location.pointer,
                d.help
            )
        })
        .collect()
}

#[test]
fn the_clean_counterpart_reports_nothing() {
    let found = validate_file(&rules_dir().join("_contracts").join(MAPPING));
    assert!(found.is_empty(), "{}", render(&found));
}

#[test]
fn every_rule_fires_alone_on_its_fixture() {
    let mut failures = Vec::new();
    for (id, _) in RULES {
        let file = rules_dir().join(id).join(MAPPING);
        if !file.exists() {
            failures.push(format!("{id}: no fixture {}", file.display()));
            continue;
        }
        let found = validate_file(&file);
        if found.is_empty() {
            failures.push(format!("{id}: its fixture reports nothing"));
        } else if found.iter().any(|d| d.rule != *id) {
            failures.push(format!("{id}: its fixture reports\n{}", render(&found)));
        }
        insta::assert_snapshot!(format!("rule__{id}"), render(&found));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_folder_is_a_rule() {
    for entry in std::fs::read_dir(rules_dir())
        .expect("fixture folder")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().to_string();
        assert!(
            name == "_contracts" || RULES.iter().any(|(id, _)| *id == name),
            "tests/fixtures/rules/{name} names no mapping rule"
        );
    }
}
