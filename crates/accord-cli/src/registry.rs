//! Accord's one registry of finding kinds: every ID any command reports (lint rules,
//! breaking checks, conformance checks, event checks, mapping rules, loader findings), each
//! described by the analyser that owns it as an [`accord_report::registry::FindingDoc`].
//! `accord explain` answers from it, the docs pages under `docs/` are generated from it, and
//! the registry's invariant tests (unique IDs across kinds, every ID documented) run over it.

use accord_report::registry::{FindingDoc, FindingKind, normalize_id};

/// Every ID of every kind, grouped by kind in [`FindingKind::ALL`] order, sorted by ID
/// within a kind.
pub fn all() -> Vec<FindingDoc> {
    let mut out = loader_docs();
    out.extend(accord_lint::finding_docs());
    out.extend(accord_diff::finding_docs());
    out.extend(accord_conformance::checks::finding_docs());
    out.extend(accord_conformance::events::checks::finding_docs());
    out.extend(accord_mapping::docs::finding_docs());
    out.sort_by(|a, b| (a.kind, a.id).cmp(&(b.kind, b.id)));
    out
}

/// The entry for `id`, in kebab-case or snake_case spelling, any case.
pub fn find(id: &str) -> Option<FindingDoc> {
    let wanted = normalize_id(id);
    all().into_iter().find(|d| d.normalized_id() == wanted)
}

/// The IDs closest to a misspelt `id`, nearest first (at most `max`).
pub fn nearest(id: &str, max: usize) -> Vec<&'static str> {
    let wanted = normalize_id(id);
    let mut scored: Vec<(f64, &'static str)> = all()
        .iter()
        .map(|d| {
            let candidate = d.normalized_id();
            let mut score = strsim::jaro_winkler(&wanted, &candidate);
            // A fragment of an ID (`server-error`) points at the IDs containing it.
            if candidate.contains(&wanted) && wanted.len() >= 4 {
                score = score.max(0.9);
            }
            (score, d.id)
        })
        .filter(|(score, _)| *score >= 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(max).map(|(_, id)| id).collect()
}

/// The generated pages of the kinds whose crates do not write their own (`docs/rules/` and
/// `docs/checks/` are written by accord-lint's and accord-diff's docs tests), plus
/// `docs/README.md`, the index of every kind: path relative to `docs/` → content. Written
/// by the `the_generated_docs_pages_are_current` test (`cargo xtask codegen`).
#[cfg(test)]
fn docs_pages() -> std::collections::BTreeMap<String, String> {
    let docs = all();
    let mut pages = std::collections::BTreeMap::new();
    let mut index = String::from(
        "# Every ID Accord reports\n\nGenerated from Accord's one registry (do not edit: run \
         `cargo xtask codegen`). `accord explain ID` prints any page, in kebab-case or \
         snake_case spelling.\n",
    );
    for kind in FindingKind::ALL {
        let of_kind: Vec<&FindingDoc> = docs.iter().filter(|d| d.kind == kind).collect();
        let folder = kind.docs_folder();
        index.push_str(&format!(
            "\n## {} ({} in `docs/{folder}/`)\n\n| ID | default level | summary |\n|---|---|---|\n",
            kind_title(kind),
            of_kind.len()
        ));
        for doc in of_kind {
            let summary = doc.summary.replace('|', "\\|").replace('\n', " ");
            index.push_str(&format!(
                "| [`{id}`]({folder}/{id}.md) | {} | {summary} |\n",
                doc.level,
                id = doc.id
            ));
            if !matches!(kind, FindingKind::Lint | FindingKind::Breaking) {
                pages.insert(format!("{folder}/{}.md", doc.id), doc.page.clone());
            }
        }
    }
    pages.insert("README.md".to_string(), index);
    pages
}

#[cfg(test)]
fn kind_title(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Loader => "Loader findings (`accord validate`)",
        FindingKind::Lint => "Lint rules (`accord lint`)",
        FindingKind::Breaking => "Breaking checks (`accord diff`)",
        FindingKind::Conformance => "Conformance checks (`accord test`, `accord check`)",
        FindingKind::Event => "Event checks (`accord test-events`)",
        FindingKind::Mapping => "Mapping rules (`accord mapping`, `accord check`)",
    }
}

/// The loader's findings: accord-spec keeps one file per code, whose `//!` documentation is
/// its page; it depends on no report crate, so its entries are described here.
fn loader_docs() -> Vec<FindingDoc> {
    accord_spec::FINDING_PAGES
        .iter()
        .zip(accord_spec::FINDING_CODES)
        .map(|((code, severity, source), (_, summary))| {
            let level = match severity {
                accord_spec::Severity::Error => "error",
                accord_spec::Severity::Warning => "warning",
                accord_spec::Severity::Info => "info",
            };
            let mut doc =
                FindingDoc::from_module_doc(code, FindingKind::Loader, level, "0.1.0", source);
            doc.summary = summary.to_string();
            doc
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn every_id_is_unique_across_kinds_in_any_spelling() {
        let mut seen: BTreeMap<String, FindingKind> = BTreeMap::new();
        for doc in all() {
            if let Some(kind) = seen.insert(doc.normalized_id(), doc.kind) {
                panic!("`{}` is both a {kind} and a {}", doc.id, doc.kind);
            }
        }
        for kind in FindingKind::ALL {
            assert!(seen.values().any(|k| *k == kind), "no {kind} registered");
        }
    }

    #[test]
    fn every_id_is_documented() {
        for doc in all() {
            assert!(!doc.summary.trim().is_empty(), "{} has no summary", doc.id);
            assert!(
                doc.page.starts_with('#') && doc.page.len() > doc.summary.len() + 40,
                "{} has no page",
                doc.id
            );
            assert!(
                doc.page.contains("What it checks")
                    || doc.kind == FindingKind::Lint
                    || doc.kind == FindingKind::Breaking,
                "{}'s page does not say what it checks",
                doc.id
            );
        }
    }

    /// Where each kind keeps one fixture folder per ID, relative to the workspace root. The
    /// crate's own fixture test proves each fixture fires exactly its ID; this test proves
    /// no ID lacks one.
    fn fixture_root(kind: FindingKind) -> &'static str {
        match kind {
            FindingKind::Loader => "crates/accord-spec/tests/fixtures/findings",
            FindingKind::Lint => "crates/accord-lint/tests/fixtures",
            FindingKind::Breaking => "crates/accord-diff/tests/fixtures",
            FindingKind::Conformance => {
                "crates/accord-conformance/tests/fixtures/conformance-checks"
            }
            FindingKind::Event => "crates/accord-conformance/tests/fixtures/event-checks",
            FindingKind::Mapping => "crates/accord-mapping/tests/fixtures/rules",
        }
    }

    /// IDs no input document can trigger, and the test that fires them instead.
    const NO_FIXTURE: &[(&str, &str)] = &[(
        "unjudged-change",
        "the diff's catch-all: accord-diff's tests/ownership.rs proves no delta reaches it \
         and fires it on a synthetic delta",
    )];

    #[test]
    fn every_id_is_exercised_by_a_fixture_folder() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let docs = all();
        let missing: Vec<String> = docs
            .iter()
            .filter(|d| !NO_FIXTURE.iter().any(|(id, _)| *id == d.id))
            .filter(|d| !root.join(fixture_root(d.kind)).join(d.id).is_dir())
            .map(|d| format!("{} {} (in {})", d.kind, d.id, fixture_root(d.kind)))
            .collect();
        assert!(
            missing.is_empty(),
            "IDs without a fixture folder:\n{}",
            missing.join("\n")
        );
        for (id, _) in NO_FIXTURE {
            assert!(
                docs.iter().any(|d| d.id == *id),
                "`{id}` is exempt from fixtures but not in the registry"
            );
        }
    }

    /// `docs/` pages generated from the registry are current; `ACCORD_UPDATE_DOCS=1` (what
    /// `cargo xtask codegen` sets) rewrites them.
    #[test]
    fn the_generated_docs_pages_are_current() {
        let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs");
        let update = std::env::var_os("ACCORD_UPDATE_DOCS").is_some();
        let mut stale = Vec::new();
        let pages = docs_pages();
        for (path, content) in &pages {
            let file = docs.join(path);
            if std::fs::read_to_string(&file).ok().as_deref() != Some(content.as_str()) {
                if update {
                    std::fs::create_dir_all(file.parent().expect("a folder")).expect("mkdir");
                    std::fs::write(&file, content).expect("write page");
                } else {
                    stale.push(path.clone());
                }
            }
        }
        // A page whose ID left the registry is stale too.
        for kind in [
            FindingKind::Loader,
            FindingKind::Conformance,
            FindingKind::Event,
            FindingKind::Mapping,
        ] {
            let folder = docs.join(kind.docs_folder());
            for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
                let rel = format!(
                    "{}/{}",
                    kind.docs_folder(),
                    entry.file_name().to_string_lossy()
                );
                if !pages.contains_key(&rel) {
                    if update {
                        std::fs::remove_file(entry.path()).expect("remove page");
                    } else {
                        stale.push(rel);
                    }
                }
            }
        }
        assert!(
            stale.is_empty(),
            "docs/ is stale ({}); run `cargo xtask codegen`",
            stale.join(", ")
        );
    }

    #[test]
    fn explain_finds_both_spellings_and_suggests_for_typos() {
        assert_eq!(
            find("not_a_server_error").map(|d| d.kind),
            Some(FindingKind::Conformance)
        );
        assert_eq!(
            find("not-a-server-error").map(|d| d.id),
            Some("not_a_server_error")
        );
        assert_eq!(
            find("dangling_ref").map(|d| d.kind),
            Some(FindingKind::Loader)
        );
        assert_eq!(
            find("mapping-array-mismatch").map(|d| d.kind),
            Some(FindingKind::Mapping)
        );
        assert_eq!(
            find("missing-tenant").map(|d| d.kind),
            Some(FindingKind::Event)
        );
        assert!(find("no-such-id").is_none());
        assert_eq!(
            nearest("not_a_sever_error", 3).first(),
            Some(&"not_a_server_error")
        );
        assert!(nearest("tennant_isolation", 3).contains(&"tenant_isolation"));
    }
}
