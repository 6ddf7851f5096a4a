//! Embeds the sources of `accord-runtime` so that `--runtime vendor` can copy
//! them into a generated crate: writes `$OUT_DIR/runtime_files.rs`.

use std::path::{Path, PathBuf};

fn walk(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, base, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path
                .strip_prefix(base)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, path));
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let runtime = manifest.join("../accord-runtime");
    let mut files = Vec::new();
    walk(&runtime.join("src"), &runtime, &mut files);
    for extra in ["README.md", "Cargo.toml"] {
        let p = runtime.join(extra);
        if p.exists() {
            files.push((extra.to_string(), p));
        }
    }
    files.sort();
    let mut code = String::from(
        "/// `accord-runtime` files: path in the crate, contents.\npub const RUNTIME_FILES: &[(&str, &str)] = &[\n",
    );
    for (rel, path) in &files {
        code.push_str(&format!(
            "    ({rel:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    let root = manifest.join("../../Cargo.toml");
    code.push_str(&format!(
        "/// The workspace manifest (for `workspace = true` dependencies).\npub const WORKSPACE_MANIFEST: &str = include_str!({:?});\n",
        root.display().to_string()
    ));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("runtime_files.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed={}", runtime.join("src").display());
    println!(
        "cargo:rerun-if-changed={}",
        runtime.join("Cargo.toml").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        runtime.join("README.md").display()
    );
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed=build.rs");
}
