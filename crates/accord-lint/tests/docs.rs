//! `docs/rules/` is generated from the registry and checked like a golden: this test
//! fails when the pages are stale, and rewrites them with `ACCORD_UPDATE_DOCS=1`.

use std::path::PathBuf;

use accord_lint::{REGISTRY, index_page, page};

#[test]
fn rule_docs_are_up_to_date() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/rules"));
    let mut expected: Vec<(String, String)> = REGISTRY
        .iter()
        .map(|e| (format!("{}.md", e.meta().id), page(e)))
        .collect();
    expected.push(("README.md".to_string(), index_page()));
    if std::env::var_os("ACCORD_UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        // Pages of rules that no longer exist would mislead: remove them.
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().to_string();
            if name.ends_with(".md") && !expected.iter().any(|(n, _)| *n == name) {
                std::fs::remove_file(entry.path()).unwrap();
            }
        }
        for (name, text) in &expected {
            std::fs::write(dir.join(name), text).unwrap();
        }
        return;
    }
    let mut stale = Vec::new();
    for (name, text) in &expected {
        if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    assert!(
        stale.is_empty(),
        "docs/rules is stale ({}); run `ACCORD_UPDATE_DOCS=1 cargo test -p accord-lint --test docs`",
        stale.join(", ")
    );
}
