//! Generates the rule registry: every `src/rules/<category>/<id>.rs` becomes a module and an
//! entry of `REGISTRY`, with its fixtures (`tests/fixtures/<id>/{invalid,valid}.yaml`)
//! embedded as the doc page's "Example" and "Use instead". Adding a rule therefore touches
//! one rule file plus its fixture folder, and nothing else.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let rules_dir = root.join("src/rules");
    let fixtures_dir = root.join("tests/fixtures");
    println!("cargo:rerun-if-changed={}", rules_dir.display());
    println!("cargo:rerun-if-changed={}", fixtures_dir.display());

    let mut categories: Vec<PathBuf> = read_sorted(&rules_dir)
        .into_iter()
        .filter(|p| p.is_dir())
        .collect();
    categories.sort();

    let mut modules = String::new();
    let mut entries = String::new();
    for category in &categories {
        println!("cargo:rerun-if-changed={}", category.display());
        let cat_name = file_stem(category);
        let cat_mod = cat_name.replace('-', "_");
        writeln!(modules, "pub mod {cat_mod} {{").unwrap();
        for file in read_sorted(category) {
            if file.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", file.display());
            let id = file_stem(&file);
            let module = id.replace('-', "_");
            writeln!(
                modules,
                "    #[path = {:?}]\n    pub mod {module};",
                file.display().to_string()
            )
            .unwrap();
            let fixture = |name: &str| {
                let path = fixtures_dir.join(&id).join(name);
                println!("cargo:rerun-if-changed={}", path.display());
                if path.exists() {
                    format!("Some(include_str!({:?}))", path.display().to_string())
                } else {
                    "None".to_string()
                }
            };
            writeln!(
                entries,
                "    RegistryEntry {{ file_id: {id:?}, category_dir: {cat_name:?}, rule: &rules::{cat_mod}::{module}::RULE, invalid: {}, valid: {} }},",
                fixture("invalid.yaml"),
                fixture("valid.yaml"),
            )
            .unwrap();
        }
        writeln!(modules, "}}").unwrap();
    }
    let generated = format!(
        "/// Every rule module, one per file under `src/rules/<category>/`.\n#[allow(missing_docs)]\npub mod rules {{\n{modules}}}\n\n/// Every rule with its fixtures, in category then ID order.\npub static REGISTRY: &[RegistryEntry] = &[\n{entries}];\n"
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this")).join("registry.rs");
    std::fs::write(out, generated).expect("OUT_DIR is writable");
}

fn read_sorted(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    out.sort();
    out
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string()
}
