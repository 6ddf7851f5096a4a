//! The contract conventions are coded once, in `accord_spec::conventions` (issue 14): no
//! other source file under `crates/` spells the names they recognise. Each needle below is
//! the tell-tale of a copy that existed once (a header-name literal, a format alias table, a
//! parameter style compared as text, a hand-written "is this JSON" check); a match outside
//! the conventions module is a defect. `accord-runtime` is exempt: it is the runtime of
//! generated clients, which depend on nothing of Accord's. Unit tests (`#[cfg(test)]`
//! onwards) are exempt: they may name what they check.

use std::path::{Path, PathBuf};

/// Lower-case needles; matched case-insensitively.
const COPIES: [&str; 10] = [
    "\"idn-email\"",
    "\"x-correlation-id\"",
    "\"x-request-id\"",
    "\"idempotency-key\"",
    "\"deepobject\"",
    "\"spacedelimited\"",
    "\"pipedelimited\"",
    "\"clientcredentials\"",
    "\"authorizationcode\"",
    "ends_with(\"+json\")",
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("crates/ is readable")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn exempt(path: &Path) -> bool {
    let shown = path.to_string_lossy().replace('\\', "/");
    shown.contains("accord-spec/src/conventions/")
        || shown.contains("/accord-runtime/")
        || !shown.contains("/src/")
}

#[test]
fn conventions_are_coded_once() {
    let crates = accord_testkit::workspace_root().join("crates");
    let mut files = Vec::new();
    sources(&crates, &mut files);
    files.sort();
    assert!(
        files.len() > 100,
        "only {} sources under crates/",
        files.len()
    );
    let mut copies = Vec::new();
    for file in files.iter().filter(|f| !exempt(f)) {
        let text = std::fs::read_to_string(file).expect("a source file is UTF-8");
        let production = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (index, line) in production.lines().enumerate() {
            let lower = line.to_ascii_lowercase();
            if lower.trim_start().starts_with("//") {
                continue;
            }
            for needle in COPIES.iter().filter(|n| lower.contains(*n)) {
                copies.push(format!("{}:{}: {needle}", file.display(), index + 1));
            }
        }
    }
    assert!(
        copies.is_empty(),
        "conventions coded outside accord_spec::conventions:\n{}",
        copies.join("\n")
    );
}
