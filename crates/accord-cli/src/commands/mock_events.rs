//! `accord mock-events SPEC [--count N] [--seed S]`: valid example events.

use std::path::PathBuf;

use crate::common;

#[derive(clap::Args)]
pub struct Args {
    pub spec: PathBuf,
    #[arg(long, default_value_t = 1)]
    pub count: u32,
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
}

pub fn run(_args: Args) -> i32 {
    common::not_yet("mock-events")
}
