//! `cargo xtask codegen [--check]`: regenerates the checked-in files that are derived from
//! code. Today that is `docs/accord.schema.json`, the JSON Schema of `accord.toml` derived
//! from the config types in `crates/accord-cli/src/config.rs` (schemars, doc comments as
//! descriptions).
//!
//! The schema lives next to the types in a binary crate that nothing may depend on, so the
//! generator is accord-cli's own staleness test (`the_checked_in_schema_is_current`), the
//! rust-analyzer "sourcegen" pattern: run with `ACCORD_UPDATE_SCHEMA=1` it rewrites the
//! file; run plainly (`--check`, and in every `cargo test`) it fails when the file is stale.

use std::process::Command;

use crate::workspace_root;

/// The accord-cli test that compares (or, with the variable set, rewrites) the schema.
const SCHEMA_TEST: &str = "config::tests::the_checked_in_schema_is_current";

pub fn run(args: &[String]) -> i32 {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => {
            eprintln!("usage: cargo xtask codegen [--check]");
            return 2;
        }
    };
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .current_dir(workspace_root())
        .args(["test", "-q", "-p", "accord-cli", "--bin", "accord", "--"])
        .args([SCHEMA_TEST, "--exact"]);
    if !check {
        command.env("ACCORD_UPDATE_SCHEMA", "1");
    }
    match command.status() {
        Ok(status) if status.success() => {
            println!(
                "docs/accord.schema.json {}",
                if check { "is current" } else { "regenerated" }
            );
            0
        }
        Ok(_) => {
            eprintln!("codegen: docs/accord.schema.json is stale (run `cargo xtask codegen`)");
            1
        }
        Err(e) => {
            eprintln!("codegen: cannot run cargo: {e}");
            2
        }
    }
}
