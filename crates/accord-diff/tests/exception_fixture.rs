//! The fixture of `exception-expired`, the one check no contract delta triggers:
//! `tests/fixtures/exception-expired/` diffs two equal contracts (so `tests/fixtures.rs`
//! expects nothing of it) with an exception list whose only entry expired before the
//! fixtures' today; applying it reports `exception-expired` and nothing else.

use std::path::Path;

use accord_diff::{DiffOptions, apply_exceptions, parse_exceptions};

#[test]
fn an_expired_exception_fires_exception_expired_alone() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exception-expired");
    let old = accord_spec::load(&dir.join("base.yaml")).expect("base loads");
    let new = accord_spec::load(&dir.join("revision.yaml")).expect("revision loads");
    let exceptions = parse_exceptions(
        &std::fs::read_to_string(dir.join("exceptions.toml")).expect("exceptions.toml"),
    )
    .expect("exceptions parse");
    let options = DiffOptions {
        today: Some("2025-09-01".into()),
        ..DiffOptions::default()
    };
    let mut report = accord_diff::diff(&old, &new, &options);
    assert!(report.changes.is_empty(), "{:?}", report.changes);
    apply_exceptions(&mut report, &exceptions, "2025-09-01");
    let found: Vec<(&str, &str)> = report
        .changes
        .iter()
        .map(|c| (c.id.as_str(), c.message.as_str()))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "exception-expired");
    assert!(
        found[0].1.contains("expired on 2025-01-31"),
        "{}",
        found[0].1
    );
}
