//! Precision as a test: contracts written to the enterprise standard in another sound
//! convention (tenant in the path, in another header or bound to the credential; dotted and
//! Google URL scopes; event envelopes in snake_case, kebab-case, a metadata object,
//! CloudEvents structured and binary) draw no error, only the warnings that name the
//! convention; and each violation added to one of them draws exactly its rule.
//!
//! `tests/conventions/sound/<base>.yaml` are the sound contracts;
//! `tests/conventions/violations/<base>--<rule>.yaml` is `<base>` with one violation of
//! `<rule>`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use accord_lint::{Profile, lint};
use accord_report::{Diagnostic, LintLevel};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/conventions");

fn yaml_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(Path::new(DIR).join(dir))
        .expect("conventions folder exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string()
}

fn lint_file(path: &Path) -> Vec<Diagnostic> {
    let contract = accord_spec::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    lint(&contract, &Profile::enterprise())
}

fn counts(diagnostics: &[Diagnostic]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for d in diagnostics {
        *out.entry(d.rule.clone()).or_default() += 1;
    }
    out
}

fn render(out: &mut String, name: &str, diagnostics: &[Diagnostic]) {
    let _ = writeln!(out, "{name}:");
    for d in diagnostics {
        let _ = writeln!(
            out,
            "  {}:{} {} [{}] {}",
            d.location.line, d.location.column, d.level, d.rule, d.message
        );
    }
}

#[test]
fn sound_conventions_draw_no_error() {
    let files = yaml_files("sound");
    assert!(files.len() >= 10, "the sound set is there");
    let mut report = String::new();
    let mut errors = Vec::new();
    for file in &files {
        let found = lint_file(file);
        for d in found.iter().filter(|d| d.level == LintLevel::Error) {
            errors.push(format!("{}: [{}] {}", stem(file), d.rule, d.message));
        }
        render(&mut report, &stem(file), &found);
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // What remains are the warnings that name the convention (`tenant-consistent`,
    // `property-case`, `oauth-scope-naming`): snapshotted, as users see them.
    insta::assert_snapshot!("sound_conventions", report);
}

#[test]
fn each_violation_draws_exactly_its_rule() {
    let files = yaml_files("violations");
    assert!(files.len() >= 10, "the violation set is there");
    let mut report = String::new();
    let mut failures = Vec::new();
    for file in &files {
        let name = stem(file);
        let Some((base, rule)) = name.split_once("--") else {
            failures.push(format!("{name}: name it `<base>--<rule>.yaml`"));
            continue;
        };
        assert!(
            accord_lint::find(rule).is_some(),
            "{name}: no rule `{rule}`"
        );
        let before = counts(&lint_file(
            &Path::new(DIR).join("sound").join(format!("{base}.yaml")),
        ));
        let found = lint_file(file);
        let after = counts(&found);
        let grew: BTreeSet<&str> = after
            .iter()
            .filter(|(r, n)| before.get(*r).copied().unwrap_or(0) < **n)
            .map(|(r, _)| r.as_str())
            .collect();
        if grew != BTreeSet::from([rule]) {
            failures.push(format!("{name}: drew {grew:?}, expected only `{rule}`"));
        }
        let own: Vec<Diagnostic> = found.into_iter().filter(|d| d.rule == rule).collect();
        render(&mut report, &name, &own);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    insta::assert_snapshot!("violations", report);
}
