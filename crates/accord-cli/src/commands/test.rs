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
ACCORD_TEST_HEADERS (one 'K: V' per line) and ACCORD_TEST_TENANTS (one NAME=K: V per line) are read. \
A K the contract names as an API key taken in the query or a cookie (`apiKey`, `in: query`) is sent there; \
a reproduction names it with curl's --url-query and an environment variable.\n\
Exit codes: 0 no failures and every operation exercised, 1 failures or an incomplete run (budget spent, \
throttled, base URL or credentials wrong; --min-coverage accepts partial runs), 2 usage error, unloadable \
contract or unreachable server, 130 interrupted (the report of what ran is still written).\n\
Contract findings: an example of the contract that fails its own schema (judged as the API reads it once \
sent: a parameter or form field is text) is never sent as valid data; it is reported as `invalid-example` in \
the report's contract section, apart from the API's failures, and does not change the exit code.\n\
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
    /// Accept a run that exercised at least this share of its operations, as a percentage
    /// (`80`) or a fraction (`0.8`); without it an incomplete run fails.
    #[arg(long, value_parser = parse_coverage)]
    pub min_coverage: Option<f64>,
    /// Largest response body read, in bytes (`8M`, `512K`; after decompression); a bigger
    /// one is a failure.
    #[arg(long, default_value = "8M", value_parser = parse_size)]
    pub max_response_size: usize,
    /// Longest `Retry-After` honoured, in seconds; a longer one stops the run as throttled.
    #[arg(long, default_value_t = 30)]
    pub max_retry_wait: u64,
    /// Requests in flight at once, all behind the one pacer (`--rate-limit`, `Retry-After`).
    /// Reads go concurrently, and so do creates; any other write to a resource waits for
    /// what came before it. The same `--seed` gives the same cases and the same report
    /// order whatever the number (a server whose answers depend on which concurrent create
    /// arrived first may word a failure differently: `--workers 1` then for byte-identical
    /// reports).
    #[arg(long, default_value_t = accord_conformance::config::DEFAULT_WORKERS)]
    pub workers: usize,
    #[command(flatten)]
    pub overlay: common::OverlayArgs,
    /// Write what the live API did beyond its contract (undocumented properties, enum
    /// values, statuses, headers, deprecations) to FILE as an OpenAPI Overlay 1.0 document.
    #[arg(long, value_name = "FILE")]
    pub drift: Option<PathBuf>,
}

fn parse_coverage(text: &str) -> Result<f64, String> {
    let t = text.trim().trim_end_matches('%');
    let v: f64 = t
        .parse()
        .map_err(|_| format!("`{text}` is not a percentage"))?;
    let v = if v > 1.0 || text.trim().ends_with('%') {
        v / 100.0
    } else {
        v
    };
    if !(0.0..=1.0).contains(&v) {
        return Err(format!("`{text}` is not between 0 and 100%"));
    }
    Ok(v)
}

fn parse_size(text: &str) -> Result<usize, String> {
    let t = text.trim();
    let (num, mult) = match t.char_indices().last() {
        Some((i, 'k' | 'K')) => (&t[..i], 1usize << 10),
        Some((i, 'm' | 'M')) => (&t[..i], 1 << 20),
        Some((i, 'g' | 'G')) => (&t[..i], 1 << 30),
        _ => (t, 1),
    };
    num.trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .filter(|n| *n > 0)
        .ok_or_else(|| format!("`{text}` is not a size (bytes, or with K, M or G)"))
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
        max_response_bytes: args.max_response_size,
        max_retry_wait: Duration::from_secs(args.max_retry_wait),
        workers: args.workers.max(1),
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
    // Ctrl-C stops the run; the runner finishes the report of what ran.
    let (interrupt, rx) = tokio::sync::watch::channel(false);
    config.interrupt = Some(rx);
    let result = runtime.block_on(async {
        let watcher = tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                let _ = interrupt.send(true);
            }
        });
        let out = accord_conformance::run(&contract, &config).await;
        watcher.abort();
        out
    });
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return common::EXIT_INPUT;
        }
    };
    let operations = common::operation_locations(&contract, &args.spec.to_string_lossy());
    let options = accord_report::RenderOptions {
        operations: Some(&operations),
        ..common::render_options()
    };
    let text = accord_report::render(&report, args.format.into(), &options);
    if let Err(code) = common::write_output(&text, args.output.as_deref()) {
        return code;
    }
    if let (Some(drift), Some(path)) = (&drift, &args.drift)
        && let Err(code) = common::write_drift(drift, &contract, &args.spec, path)
    {
        return code;
    }
    if report.coverage.stopped_by == Some(accord_report::StopReason::Interrupted) {
        eprintln!("interrupted: the report covers what ran before");
        return EXIT_INTERRUPTED;
    }
    if args.min_coverage.is_some()
        && !report.coverage.complete()
        && !report.under_tested(args.min_coverage)
    {
        eprintln!(
            "note: incomplete run accepted by --min-coverage ({:.0}% of operations exercised)",
            report.coverage.ratio() * 100.0
        );
    }
    report.exit_code_with(args.min_coverage)
}

/// Exit code of an interrupted run (128 + SIGINT, what shells report).
pub const EXIT_INTERRUPTED: i32 = 130;
