//! `cargo xtask codegen [--check]`: regenerates every checked-in file derived from code, in
//! one command: the JSON Schema of `accord.toml` (`docs/accord.schema.json`), the docs pages
//! of every registered ID (`docs/README.md`, `docs/rules/`, `docs/checks/`,
//! `docs/conformance/`, `docs/events/`, `docs/mapping/`, `docs/loader/`), and the generated
//! golden crates (`tests/goldens/`).
//!
//! Each derived file is owned by the test that compares it with what the code generates (the
//! rust-analyzer "sourcegen" pattern): run plainly, as every `cargo test` does, the test fails
//! when the file is stale; run with the `ACCORD_UPDATE_*` variables set, it rewrites the
//! file. This command runs exactly those tests, with the variables (`--check`: without).

use std::process::Command;

use crate::workspace_root;

/// The tests that own derived files: package, then the target and filter arguments.
const OWNERS: &[(&str, &[&str])] = &[
    (
        "accord-cli",
        &[
            "--bin",
            "accord",
            "--",
            "config::tests::the_checked_in_schema_is_current",
            "registry::tests::the_generated_docs_pages_are_current",
        ],
    ),
    ("accord-lint", &["--test", "docs"]),
    ("accord-diff", &["--test", "docs"]),
    (
        "accord-codegen",
        &[
            "--test",
            "goldens",
            "--test",
            "mapping_goldens",
            "--test",
            "event_goldens",
        ],
    ),
];

/// Every variable a derived-file test reads to rewrite its file.
const UPDATE_VARIABLES: &[&str] = &[
    "ACCORD_UPDATE_SCHEMA",
    "ACCORD_UPDATE_DOCS",
    "ACCORD_UPDATE_GOLDENS",
];

pub fn run(args: &[String]) -> i32 {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => {
            eprintln!("usage: cargo xtask codegen [--check]");
            return 2;
        }
    };
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut stale = Vec::new();
    for (package, target) in OWNERS {
        let mut command = Command::new(&cargo);
        command
            .current_dir(workspace_root())
            .args(["test", "-q", "-p", package])
            .args(*target);
        for variable in UPDATE_VARIABLES {
            if check {
                command.env_remove(variable);
            } else {
                command.env(variable, "1");
            }
        }
        match command.status() {
            Ok(status) if status.success() => {}
            Ok(_) => stale.push(*package),
            Err(e) => {
                eprintln!("codegen: cannot run cargo: {e}");
                return 2;
            }
        }
    }
    if stale.is_empty() {
        println!(
            "derived files {}",
            if check { "are current" } else { "regenerated" }
        );
        0
    } else {
        eprintln!(
            "codegen: derived files of {} are stale (run `cargo xtask codegen`)",
            stale.join(", ")
        );
        1
    }
}
