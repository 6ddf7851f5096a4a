//! Per-check fixture pairs: `tests/fixtures/<check-id>/{base.yaml,revision.yaml}` must
//! report exactly the set of check IDs in `expected.txt` (one per line), or exactly
//! `<check-id>` when there is no such file. Also: every check has a fixture (except those
//! that no delta can trigger), every reported delta is judged by exactly one check, and the
//! registry holds unique, documented IDs.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use accord_diff::{CHECKS, DOCS, DiffOptions, structural_diff};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn options() -> DiffOptions {
    DiffOptions {
        today: Some("2025-09-01".into()),
        ..DiffOptions::default()
    }
}

#[test]
fn every_fixture_reports_exactly_its_ids() {
    let mut failures = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty());
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let old =
            accord_spec::load(&dir.join("base.yaml")).unwrap_or_else(|e| panic!("{name}: {e}"));
        let new =
            accord_spec::load(&dir.join("revision.yaml")).unwrap_or_else(|e| panic!("{name}: {e}"));
        let expected: BTreeSet<String> = match std::fs::read_to_string(dir.join("expected.txt")) {
            Ok(text) => text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string)
                .collect(),
            Err(_) => BTreeSet::from([name.clone()]),
        };
        let report = accord_diff::diff(&old, &new, &options());
        let got: BTreeSet<String> = report.changes.iter().map(|c| c.id.clone()).collect();
        if got != expected {
            failures.push(format!(
                "{name}: expected {expected:?}, got {:?}",
                report
                    .changes
                    .iter()
                    .map(|c| format!("{} ({})", c.id, c.message))
                    .collect::<Vec<_>>()
            ));
        }
        // every delta is judged by exactly one check
        for d in structural_diff(&old, &new) {
            let n = CHECKS.iter().filter(|c| (c.matches)(&d)).count();
            if n > 1 {
                failures.push(format!("{name}: {n} checks judge {d:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_check_has_a_fixture() {
    // Checks that are not reached from a structural delta.
    let no_fixture = ["exception-expired", "unjudged-change"];
    let missing: Vec<&str> = CHECKS
        .iter()
        .map(|c| c.id)
        .filter(|id| !no_fixture.contains(id) && !fixtures().join(id).join("base.yaml").exists())
        .collect();
    assert!(missing.is_empty(), "checks without fixtures: {missing:?}");
}

#[test]
fn registry_ids_are_unique_kebab_case_and_documented() {
    let mut seen = BTreeSet::new();
    for (c, doc) in CHECKS.iter().zip(DOCS) {
        assert!(seen.insert(c.id), "duplicate id {}", c.id);
        assert!(
            c.id.chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'),
            "{} is not kebab-case",
            c.id
        );
        for heading in [
            "## What it checks",
            "## Why it matters",
            "## Example",
            "## Use instead",
        ] {
            assert!(doc.contains(heading), "{} lacks `{heading}`", c.id);
        }
        assert!(
            doc.starts_with(&format!("# {}", c.id)),
            "{} page title",
            c.id
        );
        assert!(!c.message.is_empty() && !c.since.is_empty());
        assert!(accord_diff::explain(c.id).is_some());
    }
    let sorted: Vec<&str> = CHECKS.iter().map(|c| c.id).collect();
    let mut s2 = sorted.clone();
    s2.sort();
    assert_eq!(sorted, s2, "registry is sorted by id");
}
