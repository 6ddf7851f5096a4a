//! The real version pairs of the shared corpus (OpenAPI and AsyncAPI), diffed end to end.
//! Each report is snapshotted as one line per change (`INSTA_UPDATE=always` to write,
//! review, then re-run without). Fails when the corpus is missing (see `accord_testkit`).
//! Also checked on every pair: no panic, every delta judged by exactly one check, the same
//! bytes twice (determinism), and no change for a contract against itself.

use std::path::PathBuf;

use accord_diff::{CHECKS, DiffOptions, structural_diff};

fn pairs() -> Vec<(String, PathBuf, PathBuf)> {
    let mut out = Vec::new();
    let Some(corpus) = accord_testkit::corpus() else {
        return out;
    };
    for base in ["pairs", "asyncapi/pairs"] {
        let entries = std::fs::read_dir(corpus.join(base))
            .unwrap_or_else(|e| panic!("corpus folder {base}: {e}"));
        for e in entries.flatten() {
            let dir = e.path();
            if !dir.is_dir() {
                continue;
            }
            let find = |stem: &str| {
                ["yaml", "yml", "json"]
                    .iter()
                    .map(|ext| dir.join(format!("{stem}.{ext}")))
                    .find(|p| p.exists())
            };
            if let (Some(old), Some(new)) = (find("old"), find("new")) {
                out.push((e.file_name().to_string_lossy().to_string(), old, new));
            }
        }
    }
    out.sort();
    out
}

pub fn summary(report: &accord_report::DiffReport) -> String {
    let s = report.summary();
    let mut out = format!(
        "breaking {}, warning {}, info {}\n",
        s.breaking, s.warning, s.info
    );
    for c in report.sorted() {
        out.push_str(&format!(
            "{} {} [{}] {}\n",
            c.level,
            c.subject(),
            c.id,
            c.message
        ));
    }
    out
}

#[test]
fn corpus_pairs_snapshot() {
    let pairs = pairs();
    let options = DiffOptions {
        today: Some("2025-09-01".into()),
        snippets: false,
        ..DiffOptions::default()
    };
    for (name, old, new) in pairs {
        let (a, b) = (
            accord_spec::load(&old).unwrap(),
            accord_spec::load(&new).unwrap(),
        );
        let report = accord_diff::diff(&a, &b, &options);
        for d in structural_diff(&a, &b) {
            let n = CHECKS.iter().filter(|c| (c.matches)(&d)).count();
            assert!(n <= 1, "{name}: {n} checks judge {d:?}");
        }
        let again = accord_diff::diff(&a, &b, &options);
        assert_eq!(report, again, "{name}: deterministic");
        assert!(
            accord_diff::diff(&a, &a, &options).is_empty(),
            "{name}: old against itself"
        );
        insta::assert_snapshot!(name.clone(), summary(&report));
    }
}
