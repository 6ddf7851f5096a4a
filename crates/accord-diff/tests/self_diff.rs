//! Nothing invented: every document of the shared corpus (single OpenAPI and AsyncAPI
//! documents and both sides of every version pair) diffed against itself reports no change
//! at all. A diff that reports changes between identical contracts blocks commits that
//! changed nothing (`accord breaking --against HEAD`). Skipped when the corpus is not next
//! to the workspace.

use std::path::{Path, PathBuf};

use accord_diff::{DiffOptions, structural_diff};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

fn documents(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            documents(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "json")
        ) {
            out.push(path);
        }
    }
}

#[test]
fn every_corpus_document_against_itself_is_unchanged() {
    let mut docs = Vec::new();
    documents(&corpus(), &mut docs);
    docs.sort();
    if docs.is_empty() {
        eprintln!("corpus not found; skipped");
        return;
    }
    let options = DiffOptions {
        today: Some("2025-09-01".into()),
        snippets: false,
        ..DiffOptions::default()
    };
    let mut failures = Vec::new();
    let mut diffed = 0;
    for path in &docs {
        let Ok(contract) = accord_spec::load(path) else {
            // Not a contract (a README-like JSON); the loader's own tests cover errors.
            continue;
        };
        diffed += 1;
        let deltas = structural_diff(&contract, &contract);
        let report = accord_diff::diff(&contract, &contract, &options);
        if !deltas.is_empty() || !report.is_empty() {
            let shown: Vec<String> = report
                .changes
                .iter()
                .take(5)
                .map(|c| format!("    {} [{}] {}", c.level, c.id, c.message))
                .collect();
            failures.push(format!(
                "{}: {} deltas, {} changes\n{}",
                path.display(),
                deltas.len(),
                report.changes.len(),
                shown.join("\n")
            ));
        }
    }
    assert!(diffed >= 40, "only {diffed} corpus documents loaded");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
