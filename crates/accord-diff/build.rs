//! Discovers the breaking checks: every `src/checks/<area>/<id>.rs` becomes a module of the
//! generated registry, and its `//!` module documentation becomes the check's page (what
//! `accord explain <id>` prints and `docs/checks/<id>.md` holds). Adding a check therefore
//! touches one file plus its fixture folder.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let checks = root.join("src").join("checks");
    println!("cargo:rerun-if-changed={}", checks.display());
    let mut files = Vec::new();
    collect(&checks, &mut files);
    files.sort();
    let mut mods = String::new();
    let mut list = String::from(
        "/// Every breaking check, sorted by id.\npub static CHECKS: &[&Check] = &[\n",
    );
    let mut docs = String::from(
        "/// The documentation page of every check, in the order of [`CHECKS`].\npub static DOCS: &[&str] = &[\n",
    );
    let mut entries: Vec<(String, String, String)> = Vec::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let Some(stem) = file.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        let module = format!("check_{}", stem.replace('-', "_"));
        let text = std::fs::read_to_string(file).unwrap_or_default();
        let doc: String = text
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| {
                let rest = &l[3..];
                let rest = rest.strip_prefix(' ').unwrap_or(rest);
                format!("{rest}\n")
            })
            .collect();
        let _ = writeln!(
            mods,
            "#[path = {:?}]\nmod {module};",
            file.display().to_string()
        );
        entries.push((stem.to_string(), module, doc));
    }
    entries.sort();
    for (_, module, doc) in &entries {
        let _ = writeln!(list, "    &{module}::CHECK,");
        let _ = writeln!(docs, "    {:?},", doc.trim_end());
    }
    list.push_str("];\n");
    docs.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("registry.rs");
    let _ = std::fs::write(out, format!("{mods}\n{list}\n{docs}"));
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().and_then(|e| e.to_str()) == Some("rs")
            && path.file_name().and_then(|n| n.to_str()) != Some("mod.rs")
        {
            out.push(path);
        }
    }
}
