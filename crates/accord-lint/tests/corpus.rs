//! Sweeps every OpenAPI and AsyncAPI document of the shared corpus with the `vendor`
//! profile and every rule: nothing panics (a rule failure would surface as a diagnostic
//! saying so), and the findings per rule are snapshotted. The findings of the rules whose
//! verdict depends on recognising a convention (tenant carriers, event envelopes, write
//! scopes, page envelopes) are snapshotted one by one, so a false kind shows in review.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use accord_lint::{Profile, lint};

/// Rules whose verdict depends on recognising a convention.
const CONVENTION_RULES: &[&str] = &[
    "tenant-required",
    "tenant-consistent",
    "event-id-present",
    "event-occurred-at",
    "event-tenant",
    "event-schema-version",
    "least-privilege-scopes",
    "page-envelope-consistent",
    "list-paginated",
];

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus");

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

#[test]
fn corpus_lints_under_the_vendor_profile() {
    let root = Path::new(CORPUS);
    if !root.exists() {
        eprintln!("corpus not present at {CORPUS}; skipping");
        return;
    }
    let mut files = Vec::new();
    documents(root, &mut files);
    files.sort();
    let profile = Profile::vendor();
    let mut per_rule: BTreeMap<String, usize> = BTreeMap::new();
    let mut report = String::new();
    let mut linted = 0;
    let mut convention_findings = String::new();
    for file in &files {
        let name = file
            .strip_prefix(root)
            .unwrap_or(file)
            .display()
            .to_string();
        let contract = match accord_spec::load(file) {
            Ok(c) => c,
            Err(e) => {
                let _ = writeln!(report, "not loaded: {name}: {:?}", e.kind);
                continue;
            }
        };
        linted += 1;
        let diagnostics = lint(&contract, &profile);
        for d in &diagnostics {
            assert!(
                !d.message.contains("an Accord defect"),
                "{name}: {}",
                d.message
            );
            *per_rule.entry(d.rule.clone()).or_default() += 1;
            // `pairs/` repeats documents of `openapi/` at other versions.
            if CONVENTION_RULES.contains(&d.rule.as_str()) && !name.starts_with("pairs/") {
                let _ = writeln!(
                    convention_findings,
                    "{name}:{} [{}] {}",
                    d.location.line, d.rule, d.message
                );
            }
        }
        let _ = writeln!(report, "{name}: {}", diagnostics.len());
    }
    let _ = writeln!(report, "\n{linted} document(s) linted\n\nper rule:");
    for (rule, n) in &per_rule {
        let _ = writeln!(report, "{n:>7} {rule}");
    }
    insta::assert_snapshot!("corpus_vendor_counts", report);
    insta::assert_snapshot!("corpus_vendor_convention_findings", convention_findings);
}
