//! `accord mock SPEC [--host H] [--port N] [--latency MS] [--error-rate P] [--rate-limit N]
//! [--seed S] [--state FILE] [--fault OP:k=v,...] [--header-timeout S] [--max-connections N]
//! [--record URL [--cassettes DIR] [--drift FILE] [--format F] [--output FILE] [--live-report]]
//! [--replay DIR]`: serves a contract's operations from its examples and generated valid
//! data, keeping created resources per tenant, validates requests, and injects faults on
//! request, until Ctrl-C. With `--record` it is a proxy to the live API that judges every
//! exchange against the contract and records cassettes; with `--replay` it answers from
//! those cassettes first.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock, Weak};
use std::time::Duration;

use accord_conformance::mock::record::{RecordOptions, Recorder, Replayer};
use accord_conformance::mock::{self, Intercept, MockOptions, OperationFault};
use accord_spec::Contract;

use crate::common::{self, FormatArg};

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
    /// Proxy every request to the live API at URL, judge each exchange against the
    /// contract (the checks of `accord test`) and report what does not conform on Ctrl-C.
    #[arg(long, value_name = "URL", conflicts_with = "replay")]
    pub record: Option<String>,
    /// With --record: write every exchange, secrets masked, to DIR/<operation>.json.
    #[arg(long, value_name = "DIR", requires = "record")]
    pub cassettes: Option<PathBuf>,
    /// With --record: write what the live API did beyond its contract to FILE as an
    /// OpenAPI Overlay 1.0 document (as `accord test --drift`).
    #[arg(long, value_name = "FILE", requires = "record")]
    pub drift: Option<PathBuf>,
    /// Answer requests recorded in DIR's cassettes as they were recorded; any other
    /// request gets the mock's own answer.
    #[arg(long, value_name = "DIR")]
    pub replay: Option<PathBuf>,
    /// Format of the --record report.
    #[arg(long, value_enum, default_value = "text", requires = "record")]
    pub format: FormatArg,
    /// Where the --record report goes on Ctrl-C (stdout without it).
    #[arg(long, value_name = "FILE", requires = "record")]
    pub output: Option<PathBuf>,
    /// With --record and --output: rewrite the report each time a new failure is found.
    #[arg(long, requires = "output")]
    pub live_report: bool,
    /// With --record: timeout of one forwarded request, in seconds.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
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
        state_file: args.state.clone(),
        faults,
        header_read_timeout: Duration::from_secs(args.header_timeout.max(1)),
        max_connections: args.max_connections.max(1),
        ..MockOptions::default()
    };
    if let Some(upstream) = &args.record {
        return record(&args, upstream, Arc::new(contract), options);
    }
    let intercept: Option<Arc<dyn Intercept>> = match &args.replay {
        Some(dir) => match Replayer::load(dir, &contract) {
            Ok(replayer) => {
                eprintln!(
                    "accord mock: replaying {} recorded request{} from {}",
                    replayer.len(),
                    if replayer.len() == 1 { "" } else { "s" },
                    dir.display()
                );
                Some(Arc::new(replayer))
            }
            Err(e) => {
                eprintln!("error: {e}");
                return common::EXIT_INPUT;
            }
        },
        None => None,
    };
    match mock::run_blocking_with(Arc::new(contract), options, intercept) {
        Ok(()) => common::EXIT_OK,
        // Every way of failing to start is an input error: not OpenAPI, a bad option, a
        // port in use.
        Err(e) => {
            eprintln!("error: {e}");
            common::EXIT_INPUT
        }
    }
}

/// `--record`: serves as a proxy until Ctrl-C, then writes the report and the drift overlay.
/// Exit code 1 when an exchange did not conform.
fn record(args: &Args, upstream: &str, contract: Arc<Contract>, options: MockOptions) -> i32 {
    let record_options = RecordOptions {
        cassettes: args.cassettes.clone(),
        drift: args.drift.is_some(),
        timeout: Duration::from_secs(args.timeout.max(1)),
        ..RecordOptions::new(upstream)
    };
    let this: Arc<OnceLock<Weak<Recorder>>> = Arc::new(OnceLock::new());
    let recorder = match Recorder::new(contract.clone(), record_options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return common::EXIT_INPUT;
        }
    };
    let live = args.live_report.then(|| (args.output.clone(), args.format));
    let me = this.clone();
    let recorder = Arc::new(recorder.on_failure(move |failure| {
        eprintln!(
            "accord mock: {}: {}: {}",
            failure.operation, failure.check, failure.message
        );
        if let (Some((Some(path), format)), Some(recorder)) =
            (&live, me.get().and_then(Weak::upgrade))
        {
            let text = accord_report::render(
                &recorder.report(),
                (*format).into(),
                &accord_report::RenderOptions {
                    color: false,
                    ..common::render_options()
                },
            );
            let _ = common::write_output(&text, Some(path));
        }
    }));
    let _ = this.set(Arc::downgrade(&recorder));
    eprintln!(
        "accord mock: recording: every request is forwarded to {} and judged against the contract",
        accord_conformance::curl::mask_userinfo(upstream)
    );
    let intercept: Arc<dyn Intercept> = recorder.clone();
    if let Err(e) = mock::run_blocking_with(contract.clone(), options, Some(intercept)) {
        eprintln!("error: {e}");
        return common::EXIT_INPUT;
    }
    let report = recorder.report();
    let text = accord_report::render(&report, args.format.into(), &common::render_options());
    if let Err(code) = common::write_output(&text, args.output.as_deref()) {
        return code;
    }
    if let (Some(drift), Some(path)) = (recorder.drift(), &args.drift)
        && let Err(code) = common::write_drift(drift, &contract, &args.spec, path)
    {
        return code;
    }
    if let Some(error) = recorder.cassette_error() {
        eprintln!("error: a cassette could not be written: {error}");
        return common::EXIT_INPUT;
    }
    i32::from(report.has_failures())
}
