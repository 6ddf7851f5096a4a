//! Test support shared by the tests of every crate: the one place that knows where the
//! corpus of real vendor contracts (`../shared/corpus`, beside the checkout) and oasdiff's
//! fixture pairs (`../shared/oasdiff`) are.
//!
//! A test that runs over the corpus must never pass silently because the corpus is not there:
//! [`corpus`] and [`corpus_documents`] panic when it is missing, unless
//! `ACCORD_ALLOW_MISSING_CORPUS=1` says the run knowingly goes without it (CI never sets it).

use std::path::{Path, PathBuf};

/// The variable that lets a run go without the corpus, knowingly.
pub const OPT_OUT: &str = "ACCORD_ALLOW_MISSING_CORPUS";

/// The workspace root (the folder of the root `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `../shared/corpus` beside the checkout. Panics when it is missing, unless [`OPT_OUT`] is
/// set, in which case `None`.
pub fn corpus() -> Option<PathBuf> {
    shared("corpus")
}

/// `../shared/oasdiff` beside the checkout, under the same rule as [`corpus`].
pub fn oasdiff() -> Option<PathBuf> {
    shared("oasdiff")
}

fn shared(name: &str) -> Option<PathBuf> {
    let dir = workspace_root().join("../shared").join(name);
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var_os(OPT_OUT).is_some_and(|v| v == "1") {
        eprintln!(
            "{} is missing; {OPT_OUT}=1, so corpus tests are skipped",
            dir.display()
        );
        return None;
    }
    panic!(
        "{} is missing: corpus tests cannot run without it (set {OPT_OUT}=1 to skip them knowingly)",
        dir.display()
    );
}

/// Every contract document (`.yaml`, `.yml`, `.json`) under the corpus folders `subfolders`
/// (all of the corpus when empty), sorted. Panics when the corpus is missing (see [`corpus`])
/// or when a named folder holds no document.
pub fn corpus_documents(subfolders: &[&str]) -> Vec<PathBuf> {
    let Some(corpus) = corpus() else {
        return Vec::new();
    };
    let roots: Vec<PathBuf> = if subfolders.is_empty() {
        vec![corpus.clone()]
    } else {
        subfolders.iter().map(|s| corpus.join(s)).collect()
    };
    let mut out = Vec::new();
    for root in &roots {
        let before = out.len();
        documents(root, &mut out);
        assert!(
            out.len() > before,
            "{} holds no contract document",
            root.display()
        );
    }
    out.sort();
    out
}

/// Every `.yaml`, `.yml` and `.json` file under `dir`, recursively, sorted (any folder).
pub fn documents_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    documents(dir, &mut out);
    out.sort();
    out
}

fn documents(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
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
