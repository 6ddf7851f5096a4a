//! `accord generate client|mapping`: crates generated from contracts.

use std::path::PathBuf;

use crate::common;

#[derive(clap::Subcommand)]
pub enum Generate {
    /// A typed async Rust client crate (OpenAPI), or typed event models (AsyncAPI).
    Client(ClientArgs),
    /// A canonical-mapping crate from a mapping spec.
    Mapping(MappingArgs),
}

#[derive(clap::Args)]
pub struct ClientArgs {
    /// The contract.
    pub spec: PathBuf,
    /// Where to write the crate.
    #[arg(long)]
    pub out: PathBuf,
    /// The crate's name (default: from the contract's title).
    #[arg(long)]
    pub crate_name: Option<String>,
    /// Exit 1 if DIR is not what generation would write (stale), without writing.
    #[arg(long)]
    pub check: bool,
}

#[derive(clap::Args)]
pub struct MappingArgs {
    /// The mapping spec (contracts/mappings/*.yaml).
    pub mapping: PathBuf,
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long)]
    pub check: bool,
}

pub fn run(cmd: Generate) -> i32 {
    match cmd {
        Generate::Client(_) => common::not_yet("generate client"),
        Generate::Mapping(_) => common::not_yet("generate mapping"),
    }
}
