//! `accord lint PATH... [--profile NAME] [--format F]`: governance diagnostics.

use std::path::PathBuf;

use crate::common::{self, FormatArg};

#[derive(clap::Args)]
pub struct Args {
    /// Contract files or folders.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Lint profile: `enterprise` (our APIs) or `vendor` (someone else's: an integration-risk report).
    #[arg(long)]
    pub profile: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
}

pub fn run(_args: Args) -> i32 {
    common::not_yet("lint")
}
