//! The `accord` binary: parses the command line and hands each subcommand to its module
//! under `commands/`. Exit codes everywhere: 0 nothing at or above the fail level, 1
//! findings at or above it, 2 usage errors, unloadable documents, unreachable servers.

mod check;
mod commands;
mod common;
mod config;
mod registry;

use clap::{Parser, Subcommand};

/// Loading a large contract allocates millions of small nodes; mimalloc makes that,
/// and freeing them, markedly cheaper than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Accord governs vendor API contracts: lint them against your standards, diff versions for
/// breaking changes, generate resilient typed Rust clients and canonical mappings, test live
/// APIs and mock them, and run the whole gate in CI with `accord check`.
#[derive(Parser)]
#[command(
    name = "accord",
    version,
    propagate_version = true,
    max_term_width = 100
)]
struct Cli {
    /// The contract repository: no `$ref` may leave DIR (default: the folder holding
    /// accord.toml, else the git work tree, else the document's own folder).
    #[arg(long, global = true, value_name = "DIR")]
    root: Option<std::path::PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load contracts and report structural errors (refs, operationIds, path parameters, examples).
    Validate(commands::validate::Args),
    /// Check contracts against the enterprise API standards (governance diagnostics).
    Lint(commands::lint::Args),
    /// Compare two versions of a contract and classify every change.
    Diff(commands::diff::Args),
    /// Compare a contract with the same file at a git revision, like `buf breaking --against`.
    Breaking(commands::breaking::Args),
    /// Generate a typed client crate or a canonical-mapping crate.
    #[command(subcommand)]
    Generate(commands::generate::Generate),
    /// Test a live API against its contract with property-based and stateful requests.
    Test(commands::test::Args),
    /// Serve a mock of a contract: examples or generated data, request validation, fault injection.
    Mock(commands::mock::Args),
    /// Validate captured events (JSON Lines) against an AsyncAPI contract.
    TestEvents(commands::test_events::Args),
    /// Write valid example events for every message of an AsyncAPI contract.
    MockEvents(commands::mock_events::Args),
    /// Inspect vendor-to-canonical mappings.
    #[command(subcommand)]
    Mapping(commands::mapping::Mapping),
    /// Run the whole gate for the contracts governed by accord.toml.
    Check(commands::check::Args),
    /// Scaffold accord.toml and a contracts/ folder for a new repository.
    Init(commands::init::Args),
    /// Show the documentation page of any rule, check or finding ID (every kind).
    Explain(commands::explain::Args),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(commands::completions::Args),
}

fn main() {
    let cli = Cli::parse();
    if let Some(root) = cli.root {
        if !root.is_dir() {
            eprintln!("error: --root {}: not a folder", root.display());
            std::process::exit(common::EXIT_INPUT);
        }
        common::set_repository_root(root);
    }
    let code = match cli.command {
        Command::Validate(args) => commands::validate::run(args),
        Command::Lint(args) => commands::lint::run(args),
        Command::Diff(args) => commands::diff::run(args),
        Command::Breaking(args) => commands::breaking::run(args),
        Command::Generate(cmd) => commands::generate::run(cmd),
        Command::Test(args) => commands::test::run(args),
        Command::Mock(args) => commands::mock::run(args),
        Command::TestEvents(args) => commands::test_events::run(args),
        Command::MockEvents(args) => commands::mock_events::run(args),
        Command::Mapping(cmd) => commands::mapping::run(cmd),
        Command::Check(args) => commands::check::run(args),
        Command::Init(args) => commands::init::run(args),
        Command::Explain(args) => commands::explain::run(args),
        Command::Completions(args) => commands::completions::run::<Cli>(args),
    };
    std::process::exit(code);
}
