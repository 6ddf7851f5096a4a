//! `docs/checks/` is generated from the check registry and checked like a golden: one page
//! per check (its doc comment, which is also what `accord explain ID` prints, plus what its
//! fixture pair actually reports) and an index. This test fails when the pages are stale, and
//! rewrites them with `ACCORD_UPDATE_DOCS=1`. It also holds every page's metadata line
//! (`Level: … Taxonomy: … Since …`) to the registry, so the docs cannot drift from the code.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use accord_diff::{CHECKS, Check, DOCS, DiffOptions};

fn docs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/checks")
}

fn fixture_dir(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(id)
}

/// `MediaType` → `mediatype`: how the pages spell a taxonomy term.
fn term(debug: impl std::fmt::Debug) -> String {
    format!("{debug:?}").to_ascii_lowercase()
}

/// The metadata line every check's doc comment carries under its title.
fn metadata_line(c: &Check) -> String {
    let t = c.taxonomy;
    format!(
        "Level: **{}**. Taxonomy: {} / {} / {}. Since {}.",
        c.level,
        term(t.direction),
        term(t.area),
        term(t.action),
        c.since
    )
}

/// The first sentence of the page's "What it checks" section, for the index.
fn summary(doc: &str) -> String {
    let section = doc
        .split("## What it checks")
        .nth(1)
        .unwrap_or_default()
        .trim_start();
    let paragraph: Vec<&str> = section
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect();
    let paragraph = paragraph.join(" ");
    match paragraph.find(". ") {
        Some(end) => paragraph[..=end].to_string(),
        None => paragraph,
    }
}

/// What the check's fixture pair is and reports: the YAML diff of base → revision and the
/// changes `accord diff` prints for it (judged on a fixed date, so sunsets are stable).
fn fixture_section(id: &str) -> String {
    let dir = fixture_dir(id);
    let (Ok(base), Ok(revision)) = (
        std::fs::read_to_string(dir.join("base.yaml")),
        std::fs::read_to_string(dir.join("revision.yaml")),
    ) else {
        return "## From its fixture\n\nThis check has no fixture pair: no structural change \
                triggers it (it comes from the exception list of `accord.toml`).\n"
            .to_string();
    };
    let old = accord_spec::load(&dir.join("base.yaml")).expect("fixture base loads");
    let new = accord_spec::load(&dir.join("revision.yaml")).expect("fixture revision loads");
    let options = DiffOptions {
        today: Some("2025-09-01".into()),
        snippets: false,
        ..DiffOptions::default()
    };
    let report = accord_diff::diff(&old, &new, &options);
    let yaml_diff = similar::TextDiff::from_lines(&base, &revision)
        .unified_diff()
        .context_radius(4)
        .header("base.yaml", "revision.yaml")
        .to_string();
    let mut out = format!(
        "## From its fixture\n\n`crates/accord-diff/tests/fixtures/{id}/` changes the contract \
         like this:\n\n```diff\n{}\n```\n\nand `accord diff` reports:\n\n```text\n",
        yaml_diff.trim_end()
    );
    for c in report.sorted() {
        let _ = writeln!(out, "{} [{}] {}: {}", c.level, c.id, c.subject(), c.message);
    }
    out.push_str("```\n");
    out
}

fn page(c: &Check, doc: &str) -> String {
    format!(
        "{}\n\n{}\n<!-- Generated from crates/accord-diff/src/checks (do not edit: run \
         `ACCORD_UPDATE_DOCS=1 cargo test -p accord-diff --test docs`). -->\n",
        doc.trim_end(),
        fixture_section(c.id)
    )
}

fn index_page() -> String {
    let mut by_area: BTreeMap<String, Vec<(&Check, &str)>> = BTreeMap::new();
    for (c, doc) in CHECKS.iter().zip(DOCS) {
        by_area
            .entry(term(c.taxonomy.area))
            .or_default()
            .push((c, doc));
    }
    let mut out = String::from(
        "# Breaking checks\n\nGenerated from the check registry of `accord-diff` (do not edit: \
         run `ACCORD_UPDATE_DOCS=1 cargo test -p accord-diff --test docs`). `accord explain ID` \
         shows the same pages. Direction is the side of the exchange a check judges: `request` \
         is what a client sends, `response` what it receives (for events and webhooks, what \
         the consumer receives).\n",
    );
    let _ = writeln!(
        out,
        "\n{} checks: {} breaking, {} warning, {} info by default.",
        CHECKS.len(),
        CHECKS
            .iter()
            .filter(|c| c.level.as_str() == "breaking")
            .count(),
        CHECKS
            .iter()
            .filter(|c| c.level.as_str() == "warning")
            .count(),
        CHECKS.iter().filter(|c| c.level.as_str() == "info").count(),
    );
    for (area, checks) in by_area {
        let _ = write!(
            out,
            "\n## {area}\n\n| check | level | direction | action | summary |\n|---|---|---|---|---|\n"
        );
        for (c, doc) in checks {
            let _ = writeln!(
                out,
                "| [`{id}`]({id}.md) | {} | {} | {} | {} |",
                c.level,
                term(c.taxonomy.direction),
                term(c.taxonomy.action),
                summary(doc).replace('|', "\\|"),
                id = c.id
            );
        }
    }
    out
}

#[test]
fn every_page_states_the_registry_metadata() {
    for (c, doc) in CHECKS.iter().zip(DOCS) {
        let line = metadata_line(c);
        assert!(
            doc.lines().nth(2) == Some(line.as_str()),
            "{}: the doc comment's third line should be `{line}`",
            c.id
        );
        assert!(!summary(doc).is_empty(), "{}: no summary", c.id);
    }
}

#[test]
fn check_docs_are_up_to_date() {
    let dir = docs_dir();
    let mut expected: Vec<(String, String)> = CHECKS
        .iter()
        .zip(DOCS)
        .map(|(c, doc)| (format!("{}.md", c.id), page(c, doc)))
        .collect();
    expected.push(("README.md".to_string(), index_page()));
    for (name, text) in &expected {
        assert!(
            !text.contains(env!("CARGO_MANIFEST_DIR")),
            "{name} contains an absolute path"
        );
    }
    if std::env::var_os("ACCORD_UPDATE_DOCS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        // Pages of checks that no longer exist would mislead: remove them.
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
    let stale: Vec<&str> = expected
        .iter()
        .filter(|(name, text)| {
            std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str())
        })
        .map(|(name, _)| name.as_str())
        .collect();
    assert!(
        stale.is_empty(),
        "docs/checks is stale ({}); run `ACCORD_UPDATE_DOCS=1 cargo test -p accord-diff --test docs`",
        stale.join(", ")
    );
}
