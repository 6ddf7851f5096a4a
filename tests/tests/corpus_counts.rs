//! The whole corpus loads, and what the loader finds matches the counts in
//! `shared/corpus/PROVENANCE.md`, which were computed independently with another parser
//! (PyYAML / Python json): paths, operations, webhooks, channels, event operations,
//! messages and schemas of every OpenAPI and AsyncAPI document and version pair.
//!
//! Documents that are genuinely invalid still load; their defects are findings. The ones
//! known to be defective are listed in `KNOWN_DEFECTS` with the reason, and the test
//! checks that exactly those carry error findings.

use std::collections::BTreeMap;
use std::path::PathBuf;

fn corpus() -> PathBuf {
    accord_testkit::corpus().expect("the corpus counts need the corpus")
}

/// Every table row of PROVENANCE.md that names a document, as column name → cell.
fn provenance_rows() -> Vec<(PathBuf, BTreeMap<String, String>)> {
    let text =
        std::fs::read_to_string(corpus().join("PROVENANCE.md")).expect("PROVENANCE.md is readable");
    let mut header: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    for line in text.lines() {
        if !line.starts_with('|') {
            header.clear();
            continue;
        }
        let cells: Vec<String> = line
            .trim_matches('|')
            .split('|')
            .map(|c| c.trim().to_string())
            .collect();
        if header.is_empty() {
            header = cells;
            continue;
        }
        if cells
            .iter()
            .all(|c| c.starts_with("---") || c.starts_with(":--") || c.ends_with("--:"))
        {
            continue;
        }
        let map: BTreeMap<String, String> = header.iter().cloned().zip(cells).collect();
        let Some(first) = map.get("file").or_else(|| map.get("pair")) else {
            continue;
        };
        let name = first.trim_matches('`');
        if !header.iter().any(|h| h == "schemas") || !name.contains('/') {
            continue;
        }
        let path = if header.iter().any(|h| h == "pair") {
            // A pair row: the file is `<pair>/<role>.<ext>`.
            let role = map.get("role").cloned().unwrap_or_default();
            let dir = corpus().join(name);
            let found = std::fs::read_dir(&dir)
                .expect("pair folder exists")
                .flatten()
                .map(|e| e.path())
                .find(|p| p.file_stem().and_then(|s| s.to_str()) == Some(role.as_str()));
            found.expect("pair file exists")
        } else {
            corpus().join(name)
        };
        rows.push((path, map));
    }
    rows
}

fn number(cell: Option<&String>) -> Option<usize> {
    let cell = cell?;
    let digits: String = cell
        .split_whitespace()
        .next()?
        .chars()
        .filter(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

/// Corpus documents with genuine defects, and the finding codes they must produce.
///
/// Square's releases also contain 30-60 `"$ref": "https://...squarecdn.com/..."` keys, but
/// every one sits inside `example` data (an example object that happens to have a `$ref`
/// key), so it is data, not a reference, and correctly produces no `remote-ref` finding.
/// Remote references in schema positions are covered by the hostile-input suite.
const KNOWN_DEFECTS: &[(&str, &str, &str)] = &[
    (
        "openapi/square/api@2025-08-20.json",
        "dangling-ref",
        "references #/components/schemas/CatalogModifierToggleOverrideType, which the document does not define",
    ),
    (
        "pairs/square-api/new.json",
        "dangling-ref",
        "same undefined CatalogModifierToggleOverrideType as the 2025-08-20 release",
    ),
];

#[test]
fn every_corpus_document_loads_with_the_provenance_counts() {
    let rows = provenance_rows();
    assert!(rows.len() >= 40, "PROVENANCE.md rows found: {}", rows.len());
    let mut mismatches = Vec::new();
    for (path, row) in &rows {
        let rel = path
            .strip_prefix(corpus())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let contract = match accord_spec::load(path) {
            Ok(c) => c,
            Err(e) => {
                mismatches.push(format!("{rel}: does not load: {e}"));
                continue;
            }
        };
        let mut check = |what: &str, expected: Option<usize>, found: usize| {
            if let Some(expected) = expected
                && expected != found
            {
                mismatches.push(format!(
                    "{rel}: {what}: PROVENANCE says {expected}, loader found {found}"
                ));
            }
        };
        let decls = |kind: &str| contract.component_decls.get(kind).map_or(0, |m| m.len());
        if contract.kind.is_openapi() {
            check("paths", number(row.get("paths")), contract.paths.len());
            check(
                "operations",
                number(row.get("ops")),
                contract.operations.len(),
            );
            check(
                "webhooks",
                number(row.get("webhooks")),
                contract
                    .webhooks
                    .iter()
                    .map(|w| &w.path)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len(),
            );
            check("schemas", number(row.get("schemas")), decls("schemas"));
        } else {
            check(
                "channels",
                number(row.get("channels")),
                contract.channels.len(),
            );
            check(
                "operations",
                number(row.get("ops")),
                contract.event_operations.len(),
            );
            check("messages", number(row.get("messages")), decls("messages"));
            check("schemas", number(row.get("schemas")), decls("schemas"));
        }
        let codes: std::collections::BTreeSet<&str> = contract
            .findings
            .iter()
            .filter(|f| f.severity == accord_spec::Severity::Error)
            .map(|f| f.code)
            .collect();
        let expected: std::collections::BTreeSet<&str> = KNOWN_DEFECTS
            .iter()
            .filter(|(file, _, _)| *file == rel)
            .map(|(_, code, _)| *code)
            .collect();
        if codes != expected {
            mismatches.push(format!(
                "{rel}: error findings {codes:?}, expected {expected:?}"
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
