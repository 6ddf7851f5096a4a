//! `accord breaking PATH --against GIT_REF`: diff a contract against itself at a git revision.

use std::path::PathBuf;

use crate::common::{self, FormatArg};

#[derive(clap::Args)]
pub struct Args {
    /// The contract in the working tree.
    pub path: PathBuf,
    /// The git revision to compare against (a branch, tag or commit).
    #[arg(long)]
    pub against: String,
    #[arg(long, default_value = "breaking", value_parser = ["breaking", "warning", "info"])]
    pub fail_on: String,
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
}

pub fn run(_args: Args) -> i32 {
    common::not_yet("breaking")
}
