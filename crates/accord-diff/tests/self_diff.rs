//! Nothing invented: every document of the shared corpus (single OpenAPI and AsyncAPI
//! documents and both sides of every version pair) diffed against itself reports no change
//! at all. A diff that reports changes between identical contracts blocks commits that
//! changed nothing (`accord breaking --against HEAD`). Fails when the corpus is missing
//! (see `accord_testkit`) or a document of it does not load.

use accord_diff::{DiffOptions, structural_diff};

#[test]
fn every_corpus_document_against_itself_is_unchanged() {
    let docs = accord_testkit::corpus_documents(&[]);
    let options = DiffOptions {
        today: Some("2025-09-01".into()),
        snippets: false,
        ..DiffOptions::default()
    };
    let mut failures = Vec::new();
    let mut diffed = 0;
    for path in &docs {
        let contract = match accord_spec::load(path) {
            Ok(contract) => contract,
            // Not a contract (a README-like JSON beside the documents).
            Err(e) if e.kind == accord_spec::LoadErrorKind::NotAContract => continue,
            Err(e) => panic!("a corpus document does not load: {e}"),
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
