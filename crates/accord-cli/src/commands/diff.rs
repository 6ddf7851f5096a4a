//! `accord diff OLD NEW [--fail-on LEVEL] [--format F]`: classified changes between two versions.

use std::path::PathBuf;

use crate::common::{self, FormatArg};

#[derive(clap::Args)]
pub struct Args {
    /// The older contract.
    pub old: PathBuf,
    /// The newer contract.
    pub new: PathBuf,
    /// Exit 1 when a change at or above this level is found.
    #[arg(long, default_value = "breaking", value_parser = ["breaking", "warning", "info"])]
    pub fail_on: String,
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
}

pub fn run(_args: Args) -> i32 {
    common::not_yet("diff")
}
