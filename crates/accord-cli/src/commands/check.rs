//! `accord check [--config accord.toml] [--report DIR]`: the whole gate.

use std::path::PathBuf;

use crate::common;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value = "accord.toml")]
    pub config: PathBuf,
    /// Write the review report (HTML, summary.md, JUnit, SARIF) into DIR.
    #[arg(long)]
    pub report: Option<PathBuf>,
    /// Only these stages (comma-separated: lint,diff,generate,mapping,conformance).
    #[arg(long, value_delimiter = ',')]
    pub only: Vec<String>,
    /// Only this contract.
    #[arg(long)]
    pub contract: Option<String>,
    /// Run shard I of N (`I/N`), for a CI matrix.
    #[arg(long)]
    pub shard: Option<String>,
}

pub fn run(_args: Args) -> i32 {
    common::not_yet("check")
}
