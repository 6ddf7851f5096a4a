//! `cargo xtask scale-repo --out DIR [--count N] [--corpus DIR]`: builds a governed-contract
//! repository of N contracts (default 300) from the real vendor documents of the shared
//! corpus, for benchmarking `accord check` at the scale of a large integration team.
//!
//! Every corpus document is a source: the single documents of `openapi/*/` and
//! `asyncapi/*/`, and the version pairs of `pairs/` and `asyncapi/pairs/` (the new file
//! gated against the old one as its `baseline`, as an upgrade under review would be).
//! Contracts are dealt round-robin over the sources, so N = 300 repeats each of the ~50
//! sources about six times; every fifth contract is of kind `ours` (linted with the
//! enterprise profile) and the rest `vendor`; HTTP contracts get conformance against the
//! mock. No mappings and no generated clients: those stages are skipped, as they would be
//! for contracts nobody has integrated yet. Files are hard-linked where the file system
//! allows (the corpus is large), copied otherwise. The output is deterministic.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::workspace_root;

/// One corpus document, or an old/new pair of one.
struct Source {
    /// Folder-safe name, e.g. `stripe-spec3`.
    name: String,
    /// The document governed (the new one for a pair).
    document: PathBuf,
    /// The previous version, for a pair.
    baseline: Option<PathBuf>,
    asyncapi: bool,
}

pub fn run(args: &[String]) -> i32 {
    let mut out: Option<PathBuf> = None;
    let mut count = 300usize;
    let mut corpus = workspace_root().join("../shared/corpus");
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next();
        match (flag.as_str(), value) {
            ("--out", Some(v)) => out = Some(PathBuf::from(v)),
            ("--count", Some(v)) => match v.parse() {
                Ok(n) if n > 0 => count = n,
                _ => return usage(&format!("--count takes a positive number, not `{v}`")),
            },
            ("--corpus", Some(v)) => corpus = PathBuf::from(v),
            _ => return usage(&format!("unexpected argument `{flag}`")),
        }
    }
    let Some(out) = out else {
        return usage("--out DIR is required");
    };
    if out.join("accord.toml").exists() {
        eprintln!(
            "scale-repo: {} already holds an accord.toml; choose an empty folder",
            out.display()
        );
        return 2;
    }
    let sources = sources(&corpus);
    if sources.is_empty() {
        eprintln!("scale-repo: no documents under {}", corpus.display());
        return 2;
    }
    match write_repository(&out, &sources, count) {
        Ok(pairs) => {
            println!(
                "wrote {} with {count} contracts from {} corpus sources ({pairs} with a baseline)",
                out.join("accord.toml").display(),
                sources.len()
            );
            0
        }
        Err(e) => {
            eprintln!("scale-repo: {e}");
            2
        }
    }
}

fn usage(problem: &str) -> i32 {
    eprintln!(
        "scale-repo: {problem}\nusage: cargo xtask scale-repo --out DIR [--count N] [--corpus DIR]"
    );
    2
}

/// Every source of the corpus, in a fixed order.
fn sources(corpus: &Path) -> Vec<Source> {
    let mut found = Vec::new();
    for (folder, asyncapi) in [("openapi", false), ("asyncapi", true)] {
        for vendor in sorted_entries(&corpus.join(folder)) {
            if vendor.file_name().is_some_and(|n| n == "pairs") || !vendor.is_dir() {
                continue;
            }
            for document in sorted_entries(&vendor) {
                if !is_document(&document) {
                    continue;
                }
                let stem = document
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let vendor_name = vendor.file_name().unwrap_or_default().to_string_lossy();
                found.push(Source {
                    // The version after `@` stays: slack-rtm 2.6.0 and 3.0.0 are two sources.
                    name: slug(&format!("{vendor_name}-{stem}")),
                    document,
                    baseline: None,
                    asyncapi,
                });
            }
        }
    }
    for (folder, asyncapi) in [("pairs", false), ("asyncapi/pairs", true)] {
        for pair in sorted_entries(&corpus.join(folder)) {
            let files = sorted_entries(&pair);
            let find = |stem: &str| {
                files
                    .iter()
                    .find(|f| is_document(f) && f.file_stem().is_some_and(|s| s == stem))
                    .cloned()
            };
            if let (Some(old), Some(new)) = (find("old"), find("new")) {
                found.push(Source {
                    // `-upgrade`: the pair's new file may also be a single document above.
                    name: format!(
                        "{}-upgrade",
                        slug(&pair.file_name().unwrap_or_default().to_string_lossy())
                    ),
                    document: new,
                    baseline: Some(old),
                    asyncapi,
                });
            }
        }
    }
    found
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

fn is_document(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
}

fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Writes `accord.toml` and `contracts/`; returns how many contracts have a baseline.
fn write_repository(out: &Path, sources: &[Source], count: usize) -> Result<usize, String> {
    let mut toml = String::from(
        "# Generated by `cargo xtask scale-repo`: real corpus documents, repeated, for benchmarking\n\
         # `accord check` at scale. Do not edit; regenerate.\n\
         version = \"v1\"\n\n\
         [lint]\nprofile = \"enterprise\"\nvendor_profile = \"vendor\"\nfail_on = \"error\"\n\n\
         [diff]\nfail_on = \"breaking\"\n\n\
         [conformance]\nmax_examples = 5\nseed = 1\n",
    );
    let mut with_baseline = 0;
    for index in 0..count {
        let source = &sources[index % sources.len()];
        let copy_number = index / sources.len() + 1;
        let name = format!("{}-{copy_number:02}", source.name);
        let folder = PathBuf::from("contracts/vendors").join(&name);
        let document = place(out, &folder, &source.document)?;
        let kind = if index % 5 == 4 { "ours" } else { "vendor" };
        let _ = write!(
            toml,
            "\n[[contracts]]\nname = \"{name}\"\npath = \"{document}\"\nkind = \"{kind}\"\n"
        );
        if let Some(old) = &source.baseline {
            let previous = folder.join("previous");
            let baseline = place(out, &previous, old)?;
            let _ = writeln!(toml, "baseline = {{ file = \"{baseline}\" }}");
            with_baseline += 1;
        }
        if !source.asyncapi {
            toml.push_str("conformance = { target = \"mock\" }\n");
        }
    }
    std::fs::write(out.join("accord.toml"), toml)
        .map_err(|e| format!("cannot write {}: {e}", out.join("accord.toml").display()))?;
    Ok(with_baseline)
}

/// Puts `source` into `out/folder/` (hard link, else copy); returns its repository-relative
/// path with forward slashes.
fn place(out: &Path, folder: &Path, source: &Path) -> Result<String, String> {
    let target_dir = out.join(folder);
    std::fs::create_dir_all(&target_dir)
        .map_err(|e| format!("cannot create {}: {e}", target_dir.display()))?;
    let file_name = source.file_name().unwrap_or_default();
    let target = target_dir.join(file_name);
    if std::fs::hard_link(source, &target).is_err() {
        std::fs::copy(source, &target)
            .map_err(|e| format!("cannot copy {}: {e}", source.display()))?;
    }
    Ok(folder.join(file_name).to_string_lossy().replace('\\', "/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> PathBuf {
        workspace_root().join("../shared/corpus")
    }

    #[test]
    fn every_corpus_source_has_its_own_name() {
        let sources = sources(&corpus());
        assert!(sources.len() >= 30, "only {} sources", sources.len());
        let mut names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before, "duplicate source names");
        assert!(sources.iter().any(|s| s.baseline.is_some() && s.asyncapi));
        assert!(sources.iter().any(|s| s.baseline.is_some() && !s.asyncapi));
    }

    #[test]
    fn the_repository_names_every_contract_once_and_links_real_files() {
        let out =
            std::env::temp_dir().join(format!("accord-scale-repo-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let sources = sources(&corpus());
        let count = sources.len() * 2 + 3;
        let with_baseline = write_repository(&out, &sources, count).unwrap();
        let toml = std::fs::read_to_string(out.join("accord.toml")).unwrap();
        let mut names: Vec<&str> = toml
            .lines()
            .filter_map(|l| l.strip_prefix("name = \""))
            .collect();
        assert_eq!(names.len(), count);
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "a contract name repeats");
        let paths: Vec<&str> = toml
            .lines()
            .filter_map(|l| l.strip_prefix("path = \"")?.strip_suffix('"'))
            .collect();
        assert!(paths.iter().all(|p| out.join(p).is_file()));
        assert_eq!(toml.matches("baseline = { file = ").count(), with_baseline);
        assert_eq!(toml.matches("kind = \"ours\"").count(), count / 5);
        std::fs::remove_dir_all(&out).unwrap();
    }
}
