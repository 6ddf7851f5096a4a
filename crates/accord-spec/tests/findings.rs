//! Every loader finding code on its fixture: `tests/fixtures/findings/<code>/openapi.yaml`
//! (with `overlay.yaml` applied when the folder has one) is the clean contract of
//! `tests/fixtures/findings/_clean/` changed in one place, and reports its code and nothing
//! else through what `accord validate` runs (the loader, [`accord_spec::validate`] and
//! accord-schema's example check); the findings are snapshotted as users see them. The
//! fixture folder is the contract repository (as with `--root`). A code without a fixture
//! folder fails the test.

use std::path::{Path, PathBuf};

use accord_spec::{FINDING_CODES, Limits, Overlay, RootedFsProvider, SpecFinding};

fn findings_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/findings")
}

/// What `accord validate --root DIR [--overlay DIR/overlay.yaml] DIR/openapi.yaml` reports.
fn validate(dir: &Path) -> Vec<SpecFinding> {
    let overlay = dir.join("overlay.yaml");
    let overlays: Vec<Overlay> = if overlay.exists() {
        vec![Overlay::load(&overlay).unwrap_or_else(|e| panic!("{}: {e}", overlay.display()))]
    } else {
        Vec::new()
    };
    let contract = accord_spec::load_overlaid(
        &dir.join("openapi.yaml"),
        &RootedFsProvider(dir.to_path_buf()),
        &Limits::default(),
        &overlays,
    )
    .unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut all = accord_spec::validate(&contract);
    all.extend(accord_schema::check_examples(&contract));
    all.sort();
    all.dedup();
    all
}

/// What users see, with the fixture folder's absolute path written `.`.
fn render(dir: &Path, findings: &[SpecFinding]) -> String {
    let prefix = format!("{}/", dir.display());
    let folder = dir.display().to_string();
    findings
        .iter()
        .map(|f| {
            format!(
                "{}:{}:{} {:?} [{}] {}\n    pointer: {}\n",
                f.loc.file.strip_prefix(&prefix).unwrap_or(&f.loc.file),
                f.loc.line,
                f.loc.column,
                f.severity,
                f.code,
                f.message.replace(&folder, "."),
                f.loc.pointer
            )
        })
        .collect()
}

#[test]
fn the_clean_counterpart_reports_nothing() {
    let dir = findings_dir().join("_clean");
    let found = validate(&dir);
    assert!(found.is_empty(), "{}", render(&dir, &found));
}

#[test]
fn every_code_fires_alone_on_its_fixture() {
    let mut failures = Vec::new();
    for (code, _) in FINDING_CODES {
        let dir = findings_dir().join(code);
        if !dir.join("openapi.yaml").exists() {
            failures.push(format!("{code}: no fixture {}/openapi.yaml", dir.display()));
            continue;
        }
        let found = validate(&dir);
        if found.is_empty() {
            failures.push(format!("{code}: its fixture reports nothing"));
        } else if found.iter().any(|f| f.code != *code) {
            failures.push(format!(
                "{code}: its fixture reports\n{}",
                render(&dir, &found)
            ));
        }
        insta::assert_snapshot!(format!("finding__{code}"), render(&dir, &found));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_folder_is_a_code() {
    for entry in std::fs::read_dir(findings_dir())
        .expect("fixture folder")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().to_string();
        assert!(
            name == "_clean" || FINDING_CODES.iter().any(|(code, _)| *code == name),
            "tests/fixtures/findings/{name} names no finding code"
        );
    }
}
