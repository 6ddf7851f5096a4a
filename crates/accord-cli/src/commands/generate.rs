//! `accord generate client|mapping`: crates generated from contracts.

use std::path::PathBuf;

use crate::common;

#[path = "generate_mapping.rs"]
mod generate_mapping;

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
    /// How the crate gets accord-runtime: `vendor` (a copy inside the crate, the
    /// default: builds anywhere), `path=<dir>` or `version=<v>`.
    #[arg(long, default_value = "vendor")]
    pub runtime: String,
    /// Put `#![deny(warnings)]` on the generated crate root.
    #[arg(long)]
    pub deny_warnings: bool,
    /// More JSON Schema documents (or folders) for a models-only crate.
    #[arg(long = "with", value_name = "SPEC")]
    pub more: Vec<PathBuf>,
    #[command(flatten)]
    pub overlay: common::OverlayArgs,
}

#[derive(clap::Args)]
pub struct MappingArgs {
    /// The mapping spec (contracts/mappings/*.yaml).
    pub mapping: PathBuf,
    /// Where to write the crate (its vendor client and accord-canonical are expected in
    /// sibling folders: `../<vendor client>`, `../accord-canonical`).
    #[arg(long)]
    pub out: PathBuf,
    /// The vendor client's crate name (default: the name `accord generate client` gives
    /// the vendor contract, from its title: `Relay CRM API` is `relay-crm-client`).
    #[arg(long, value_name = "NAME")]
    pub vendor_crate: Option<String>,
    /// Also write the vendor client cut down to what this mapping uses (its operations and
    /// schema, with a copy of the runtime) to DIR, and point the mapping crate's dependency
    /// at it: the mapping crate then builds without generating the whole vendor client.
    #[arg(long, value_name = "DIR")]
    pub vendor_client: Option<PathBuf>,
    /// Exit 1 if DIR (and the --vendor-client DIR) is not what generation would write
    /// (stale), without writing.
    #[arg(long)]
    pub check: bool,
    /// Put `#![deny(warnings)]` on the generated crate root.
    #[arg(long)]
    pub deny_warnings: bool,
    #[command(flatten)]
    pub overlay: common::OverlayArgs,
}

pub fn run(cmd: Generate) -> i32 {
    match cmd {
        Generate::Client(args) => super::generate_client::run(args),
        Generate::Mapping(args) => generate_mapping::run(args),
    }
}
