//! `accord test-events SPEC --messages FILE|-`: validate captured events.

use std::path::PathBuf;

use crate::common::{self, FormatArg};

#[derive(clap::Args)]
pub struct Args {
    pub spec: PathBuf,
    /// JSON Lines, one event a line; `-` for stdin.
    #[arg(long)]
    pub messages: PathBuf,
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
}

pub fn run(_args: Args) -> i32 {
    common::not_yet("test-events")
}
