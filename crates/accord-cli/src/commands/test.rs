//! `accord test SPEC --base-url URL ...`: conformance of a live API to its contract.
//!
//! Credentials come from `--header` / `--tenant`, or from the environment when those are
//! absent: `ACCORD_TEST_HEADERS` (one `K: V` per line) and `ACCORD_TEST_TENANTS` (one
//! `NAME=K: V` per line). They are never printed: every reproduction is masked.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use accord_conformance::drift::Drift;
use accord_conformance::{RunConfig, RunError, Tenant, parse_header};

use crate::common::{self, FormatArg};

#[derive(clap::Args)]
#[command(
    after_help = "Credentials: --header and --tenant values are never printed. When neither is given, \
ACCORD_TEST_HEADERS (one 'K: V' per line) and ACCORD_TEST_TENANTS (one NAME=K: V per line) are read.\n\
Exit codes: 0 no failures, 1 failures, 2 usage error, unloadable contract or unreachable server.\n\
Checks: not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance, \
response_headers_conformance, negative_data_rejection, positive_data_acceptance, ignored_auth, use_after_free, \
ensure_resource_availability, idempotency_replay, tenant_isolation, pagination_consistency, rate_limit_conformance, \
correlation_id_propagation, deprecation_conformance."
)]
pub struct Args {
    pub spec: PathBuf,
    #[arg(long)]
    pub base_url: String,
    /// A header sent with every request, `'K: V'` (never printed; env: ACCORD_TEST_HEADERS).
    #[arg(long = "header", short = 'H')]
    pub headers: Vec<String>,
    /// A tenant and the header that authenticates it, `NAME='K: V'`; two or more check isolation
    /// (env: ACCORD_TEST_TENANTS).
    #[arg(long = "tenant")]
    pub tenants: Vec<String>,
    /// Also send POST, PUT, PATCH and DELETE (read-only otherwise).
    #[arg(long)]
    pub allow_mutations: bool,
    /// Generated cases per operation (contract examples first).
    #[arg(long, default_value_t = 50)]
    pub max_examples: u32,
    /// Seed of every random choice (the same seed replays the same run).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Requests per second at most.
    #[arg(long)]
    pub rate_limit: Option<f64>,
    /// Comma-separated check IDs to run (default: all).
    #[arg(long, value_delimiter = ',')]
    pub checks: Vec<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Most requests sent in the whole run.
    #[arg(long, default_value_t = 20_000)]
    pub max_requests: u64,
    /// Longest run, in seconds.
    #[arg(long, default_value_t = 600)]
    pub max_duration: u64,
    /// Timeout of one request, in seconds.
    #[arg(long, default_value_t = 10)]
    pub timeout: u64,
    #[command(flatten)]
    pub overlay: common::OverlayArgs,
    /// Write what the live API did beyond its contract (undocumented properties, enum
    /// values, statuses, headers, deprecations) to FILE as an OpenAPI Overlay 1.0 document.
    #[arg(long, value_name = "FILE")]
    pub drift: Option<PathBuf>,
}

fn env_lines(name: &str) -> Vec<String> {
    std::env::var(name)
        .map(|v| {
            v.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn config(args: &Args) -> Result<RunConfig, RunError> {
    let header_args = if args.headers.is_empty() && args.tenants.is_empty() {
        env_lines("ACCORD_TEST_HEADERS")
    } else {
        args.headers.clone()
    };
    let tenant_args = if args.tenants.is_empty() && args.headers.is_empty() {
        env_lines("ACCORD_TEST_TENANTS")
    } else {
        args.tenants.clone()
    };
    Ok(RunConfig {
        base_url: args.base_url.clone(),
        headers: header_args
            .iter()
            .map(|h| parse_header(h))
            .collect::<Result<_, _>>()?,
        tenants: tenant_args
            .iter()
            .map(|t| Tenant::parse(t))
            .collect::<Result<_, _>>()?,
        allow_mutations: args.allow_mutations,
        max_examples: args.max_examples.max(1),
        seed: args.seed.unwrap_or(0),
        rate_limit: args.rate_limit,
        checks: args
            .checks
            .iter()
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect(),
        max_requests: args.max_requests,
        max_duration: Duration::from_secs(args.max_duration.max(1)),
        request_timeout: Duration::from_secs(args.timeout.max(1)),
        progress: std::io::stderr().is_terminal() && std::env::var_os("CI").is_none(),
        ..RunConfig::default()
    })
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
    let mut config = match config(&args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return common::EXIT_INPUT;
        }
    };
    let drift = args
        .drift
        .as_ref()
        .map(|_| std::sync::Arc::new(Drift::new()));
    config.drift = drift.clone();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return common::EXIT_INPUT;
        }
    };
    let report = match runtime.block_on(accord_conformance::run(&contract, &config)) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return common::EXIT_INPUT;
        }
    };
    let text = accord_report::render(&report, args.format.into(), &common::render_options());
    if let Err(code) = common::write_output(&text, args.output.as_deref()) {
        return code;
    }
    if let (Some(drift), Some(path)) = (&drift, &args.drift)
        && let Err(code) = common::write_drift(drift, &contract, &args.spec, path)
    {
        return code;
    }
    report.exit_code()
}
