//! Enforces the crate dependency direction of DESIGN.md over `cargo metadata`:
//! `accord-spec` ← `accord-schema` ← analysers ← `accord-cli`; `accord-report` is a leaf;
//! `accord-runtime` depends on no other accord crate; nothing depends on `accord-cli` or
//! `xtask`.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

fn accord_dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut graph = BTreeMap::new();
    for package in meta["packages"].as_array().unwrap() {
        let name = package["name"].as_str().unwrap().to_string();
        let deps = package["dependencies"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["kind"].is_null()) // normal dependencies only; tests may use anything
            .map(|d| d["name"].as_str().unwrap().to_string())
            .filter(|d| d.starts_with("accord-") || d == "xtask")
            .collect();
        graph.insert(name, deps);
    }
    graph
}

/// What each crate may depend on (normal dependencies).
fn allowed(name: &str) -> &'static [&'static str] {
    match name {
        "accord-spec" | "accord-report" | "accord-runtime" | "accord-testkit" | "xtask" => &[],
        "accord-schema" => &["accord-spec"],
        "accord-lint" | "accord-diff" | "accord-mapping" | "accord-conformance" => {
            &["accord-spec", "accord-schema", "accord-report"]
        }
        "accord-codegen" => &[
            "accord-spec",
            "accord-schema",
            "accord-report",
            "accord-mapping",
        ],
        "accord-cli" => &[
            "accord-spec",
            "accord-schema",
            "accord-report",
            "accord-lint",
            "accord-diff",
            "accord-mapping",
            "accord-codegen",
            "accord-conformance",
            "accord-runtime",
        ],
        "accord-e2e" => &[],
        // Generated crates checked in as goldens: clients and models link the runtime only;
        // mapping crates also link the client and canonical crates they map between.
        golden if golden.ends_with("-client") || golden == "accord-canonical" => {
            &["accord-runtime", "accord-canonical"]
        }
        golden if golden.ends_with("-mapping") => &["accord-runtime", "accord-canonical"],
        other => panic!(
            "crate `{other}` is not in the layering table: add it to tests/tests/layering.rs and ARCHITECTURE.md"
        ),
    }
}

#[test]
fn crates_depend_only_downwards() {
    let graph = accord_dependencies();
    assert!(graph.contains_key("accord-spec") && graph.contains_key("accord-cli"));
    let mut violations = Vec::new();
    for (name, deps) in &graph {
        for dep in deps {
            if !allowed(name).contains(&dep.as_str()) {
                violations.push(format!("{name} -> {dep}"));
            }
        }
    }
    assert!(
        violations.is_empty(),
        "dependencies against the layering of DESIGN.md: {violations:?}"
    );
}
