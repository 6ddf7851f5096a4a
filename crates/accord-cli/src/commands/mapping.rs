//! `accord mapping coverage [MAPPING...]`: which vendor supplies each canonical field.

use std::path::PathBuf;

use crate::common;

#[derive(clap::Subcommand)]
pub enum Mapping {
    /// Per canonical object, which vendor supplies each field.
    Coverage(CoverageArgs),
}

#[derive(clap::Args)]
pub struct CoverageArgs {
    /// Mapping specs or folders (default: contracts/mappings).
    pub mappings: Vec<PathBuf>,
}

pub fn run(cmd: Mapping) -> i32 {
    match cmd {
        Mapping::Coverage(_) => common::not_yet("mapping coverage"),
    }
}
