//! `accord mock SPEC [--host H] [--port N] [--latency MS] [--error-rate P] [--rate-limit N]
//! [--seed S] [--state FILE] [--fault OP:k=v,...] [--header-timeout S] [--max-connections N]`:
//! serves a contract's operations from its examples and generated valid data, keeping
//! created resources per tenant, validates requests, and injects faults on request, until
//! Ctrl-C.

use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

use accord_conformance::mock::{self, MockOptions, OperationFault};

use crate::common;

#[derive(clap::Args)]
pub struct Args {
    pub spec: PathBuf,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: IpAddr,
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
    /// Seed of the injected faults and generated ids (same seed, same faults).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Load every tenant's resources from FILE at start (when it exists) and save them
    /// there on Ctrl-C.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
    /// Faults of one operation, `OPERATION:latency=MS,error-rate=P,drop=P,rate-limit=N`
    /// (OPERATION: an operationId or 'METHOD /path'); repeatable.
    #[arg(long = "fault", value_name = "OP:SETTINGS")]
    pub faults: Vec<String>,
    /// Seconds a client has to send a request's headers before its connection is closed.
    #[arg(long, default_value_t = 10)]
    pub header_timeout: u64,
    /// Most connections open at once (more wait for one to close).
    #[arg(long, default_value_t = 1024)]
    pub max_connections: usize,
    #[command(flatten)]
    pub overlay: common::OverlayArgs,
}

pub fn run(args: Args) -> i32 {
    let overlays = match args.overlay.load() {
        Ok(o) => o,
        Err(code) => return code,
    };
    let contract = match common::load_contract_overlaid(&args.spec, &overlays) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let mut faults = Vec::new();
    for text in &args.faults {
        match OperationFault::parse(text) {
            Ok(f) => faults.push(f),
            Err(e) => {
                eprintln!("error: {e}");
                return common::EXIT_INPUT;
            }
        }
    }
    let options = MockOptions {
        host: args.host,
        port: args.port,
        latency: Duration::from_millis(args.latency),
        error_rate: args.error_rate,
        rate_limit: args.rate_limit,
        seed: args.seed,
        state_file: args.state,
        faults,
        header_read_timeout: Duration::from_secs(args.header_timeout.max(1)),
        max_connections: args.max_connections.max(1),
        ..MockOptions::default()
    };
    match mock::run_blocking(contract, options) {
        Ok(()) => common::EXIT_OK,
        // Every way of failing to start is an input error: not OpenAPI, a bad option, a
        // port in use.
        Err(e) => {
            eprintln!("error: {e}");
            common::EXIT_INPUT
        }
    }
}
