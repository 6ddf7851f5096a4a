//! `accord init [VENDOR_CONTRACT...]`: scaffold accord.toml and contracts/.

use std::path::PathBuf;

use crate::common;

#[derive(clap::Args)]
pub struct Args {
    pub contracts: Vec<PathBuf>,
}

pub fn run(_args: Args) -> i32 {
    common::not_yet("init")
}
