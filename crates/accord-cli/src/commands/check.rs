//! `accord check [--config accord.toml] [--report DIR]`: the whole gate, buf-style: one
//! config, one command. Every contract of `accord.toml` goes through every stage that
//! applies to it (lint, diff against its baseline, mappings against it, generated client
//! currency, conformance against a mock or sandbox), contracts in parallel, with progress on
//! stderr (a bar on a terminal, plain lines in CI); the run ends with a contract × stage
//! table on stdout and the exit code of the worst result.

use std::path::PathBuf;
use std::time::Instant;

use crate::check::progress::Progress;
use crate::check::{self, Selection};
use crate::common::{EXIT_INPUT, use_color};
use crate::config;

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value = "accord.toml")]
    pub config: PathBuf,
    /// Write the review report into DIR: index.html, summary.md, junit.xml, results.sarif, report.json.
    #[arg(long)]
    pub report: Option<PathBuf>,
    /// Only these stages (comma-separated: lint,diff,mapping,generate,conformance).
    #[arg(long, value_delimiter = ',', value_enum)]
    pub only: Vec<check::Stage>,
    /// Only this contract (repeatable).
    #[arg(long)]
    pub contract: Vec<String>,
    /// Run shard I of N (`I/N`, 1-based), for a CI matrix: contracts are dealt round-robin,
    /// so each runs in exactly one shard.
    #[arg(long)]
    pub shard: Option<String>,
}

pub fn run(args: Args) -> i32 {
    let loaded = match config::load(&args.config) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_INPUT;
        }
    };
    let selection = match Selection::new(&args.only, &args.contract, args.shard.as_deref(), &loaded)
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_INPUT;
        }
    };
    let progress = Progress::for_this_process(selection.contracts.len() * selection.stages.len());
    let started = Instant::now();
    let outcome = check::run(&loaded, &selection, &progress);
    progress.finish(&outcome, started.elapsed());
    if std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true") {
        // Workflow annotations put findings on the pull request's files.
        print!("{}", check::summary::github_annotations(&outcome));
    }
    print!("{}", check::summary::table(&outcome, use_color()));
    print!("{}", check::summary::details(&outcome));
    if let Some(dir) = &args.report {
        if let Err(e) = check::review::write(dir, &outcome) {
            eprintln!(
                "error: cannot write the review report to {}: {e}",
                dir.display()
            );
            return EXIT_INPUT;
        }
        println!("review report written to {}", dir.display());
    }
    outcome.exit_code()
}
