//! `cargo xtask`: project automation.
//!
//! Subcommands:
//! - `codegen [--check]`: regenerates files derived from code (`docs/accord.schema.json`,
//!   the JSON Schema of `accord.toml`); `--check` fails when one is stale.
//! - `corpus-clients [--only SUBSTRING] [--debug] [--no-check]`: generates a client
//!   crate for every OpenAPI document of `../shared/corpus/openapi` and `cargo check`s
//!   each, reporting how many compile and how many with zero warnings.
//! - `scale-repo --out DIR [--count N] [--corpus DIR]`: a governed-contract repository of N
//!   contracts (default 300) built from the corpus, for benchmarking `accord check`.

mod codegen;
mod corpus_clients;
mod scale_repo;

use std::path::{Path, PathBuf};

const USAGE: &str = "usage: cargo xtask codegen [--check]
       cargo xtask corpus-clients [--only SUBSTRING] [--debug] [--no-check]
       cargo xtask scale-repo --out DIR [--count N] [--corpus DIR]";

/// The workspace root (xtask lives one level below it).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.first().map(String::as_str) {
        Some("codegen") => codegen::run(&args[1..]),
        Some("corpus-clients") => corpus_clients::run(&args[1..]),
        Some("scale-repo") => scale_repo::run(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            2
        }
    };
    std::process::exit(code);
}
