//! `accord mock SPEC [--port N] ...`: a mock server of a contract.

use std::path::PathBuf;

use crate::common;

#[derive(clap::Args)]
pub struct Args {
    pub spec: PathBuf,
    #[arg(long, default_value_t = 4010)]
    pub port: u16,
    /// Added latency per response, in milliseconds.
    #[arg(long, default_value_t = 0)]
    pub latency: u64,
    /// Fraction of requests answered with a 5xx fault (0.0 to 1.0).
    #[arg(long, default_value_t = 0.0)]
    pub error_rate: f64,
    /// Requests per second before answering 429 with Retry-After.
    #[arg(long)]
    pub rate_limit: Option<f64>,
}

pub fn run(_args: Args) -> i32 {
    common::not_yet("mock")
}
