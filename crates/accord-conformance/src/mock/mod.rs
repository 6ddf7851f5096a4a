//! `accord mock`: a mock server of a contract.
//!
//! Every operation answers from the contract: the documented example of the chosen
//! response, else the schema's example, else a generated valid value
//! (`accord_schema::generate`: bounded, patterns honoured, checked by the validator). Requests are validated (path, query, header and
//! cookie parameters coerced to their schema types; JSON and form bodies against the
//! request schema) and rejected with `400 application/problem+json` naming each violation
//! (`errors: [{in, pointer, message}]`). A JSON example that violates its own schema is not
//! served: a generated valid sample takes its place, noted once per operation and status
//! ([`MockEngine::notes`]; `accord mock` prints them to stderr). `Prefer: code=404` and `Prefer: example=name`
//! choose another documented response, as with Prism. On request it injects faults for
//! resilience tests: a fixed latency, a deterministic error rate (500/503) and a token-bucket
//! rate limit (429 with `Retry-After`).
//!
//! It keeps state the way the vendor would, per tenant (the request's credentials, else the
//! contract's tenant header): a created resource is readable, listable, updatable and
//! deletable, and a deleted or unknown one answers the contract's 404/410; collections
//! are seeded from the contract's examples and bounded (oldest evicted first); lists page
//! in the declared style (cursor, page, offset, limit, has-more flags, totals, `Link`);
//! idempotency keys replay the first answer and refuse another body with the documented
//! conflict; every rejection takes the status and body shape the contract documents.
//! `--state FILE` loads and saves every tenant's resources. Faults can target one
//! operation (latency, errors, 429, dropped connections); a header-read timeout and a
//! connection cap keep idle half-open clients from starving it.
//!
//! Layout: [`MockEngine`] (`engine.rs`) turns one request into one response with no IO;
//! `router.rs` resolves paths (literal segments before templated ones, server base paths
//! optional); `params.rs` coerces parameter text; `prune.rs` drops what a generated sample
//! (accord-schema's one generator) still gets wrong;
//! `faults.rs` holds the rate limiter and error injector, `operation_faults.rs` the faults
//! of single operations; `stateful.rs` answers resource operations from `store.rs`, with
//! `resources.rs` (which operation plays which role), `pagination.rs`, `list_body.rs`,
//! `fit.rs` (state fitted into documented bodies) and `idempotency.rs`; `validators.rs`
//! compiles each schema's validator once for every operation;
//! `credentials.rs` gives tests placeholder and per-tenant credentials; `problem.rs` the problem+json
//! answers; `form.rs` reads form bodies (bracketed keys nest); `server.rs` serves the
//! engine over HTTP/1.1 with hyper; `wiremock_adapter.rs`
//! mounts the engine on a `wiremock::MockServer` for tests that already use one.
//!
//! Why the long-running server is hyper and not `wiremock::MockServer`: wiremock 0.6 keeps a
//! clone of every request a mounted mock matched (`MountedMock::matched_requests`), whether
//! or not request recording is disabled, so its memory grows with every request; it also
//! answers through one lock on a single-threaded runtime. The engine is the same either way.

mod credentials;
mod engine;
mod envelope;
mod faults;
mod fit;
mod form;
mod idempotency;
mod list_body;
mod operation_faults;
mod pagination;
mod params;
mod problem;
mod prune;
pub mod record;
mod resources;
mod router;
mod server;
mod stateful;
mod store;
mod validators;
mod wiremock_adapter;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use accord_spec::Contract;
use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue};
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use credentials::{placeholder_credentials, tenant_credential};
pub use engine::MockEngine;
pub(crate) use form::form_value;
pub use operation_faults::OperationFault;
pub(crate) use params::as_sent as parameter_as_sent;
pub use problem::{PROBLEM_JSON, Violation};
pub(crate) use prune::prune;
pub use record::Intercept;
pub use wiremock_adapter::MockResponder;

/// How the mock behaves.
#[derive(Clone, Debug)]
pub struct MockOptions {
    /// Address to listen on (127.0.0.1 by default).
    pub host: IpAddr,
    /// Port to listen on; 0 picks a free one.
    pub port: u16,
    /// Added to every response.
    pub latency: Duration,
    /// Fraction (0.0 to 1.0) of requests answered with an injected 500 or 503.
    pub error_rate: f64,
    /// Requests per second across all clients before answering 429.
    pub rate_limit: Option<f64>,
    /// Seed of the error injector and of generated ids.
    pub seed: u64,
    /// Reject invalid requests with 400 (on by default).
    pub validate_requests: bool,
    /// Reject requests without the credentials the operation's security asks for with 401
    /// (presence only; on by default).
    pub check_security: bool,
    /// Largest request body read, in bytes (413 above).
    pub max_body_bytes: usize,
    /// Time a client has to send a request's headers before its connection is closed.
    pub header_read_timeout: Duration,
    /// Most connections open at once; more wait until one closes.
    pub max_connections: usize,
    /// Faults of single operations (`--fault`), on top of the global ones.
    pub faults: Vec<OperationFault>,
    /// Where the state is loaded from at start (when the file exists) and saved to on
    /// Ctrl-C (`--state FILE`).
    pub state_file: Option<std::path::PathBuf>,
}

impl Default for MockOptions {
    fn default() -> MockOptions {
        MockOptions {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            latency: Duration::ZERO,
            error_rate: 0.0,
            rate_limit: None,
            seed: 0,
            validate_requests: true,
            check_security: true,
            max_body_bytes: 10 * 1024 * 1024,
            header_read_timeout: Duration::from_secs(10),
            max_connections: 1024,
            faults: Vec::new(),
            state_file: None,
        }
    }
}

/// Why a mock could not start.
#[derive(Debug, thiserror::Error)]
pub enum MockError {
    #[error("`{0}` is not an OpenAPI document; `accord mock` serves OpenAPI 3.0 and 3.1")]
    NotOpenApi(String),
    #[error("invalid option: {0}")]
    InvalidOption(String),
    #[error("cannot listen on {address}: {source}{hint}", hint = bind_hint(source))]
    Bind {
        address: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot start the server runtime: {0}")]
    Runtime(std::io::Error),
    #[error("state file {path}: {message}")]
    State { path: String, message: String },
}

fn bind_hint(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => {
            " (the port is in use: stop the other server or pick another with --port)"
        }
        std::io::ErrorKind::PermissionDenied => " (use a port above 1023)",
        _ => "",
    }
}

/// One request, as the engine sees it.
pub struct MockRequest<'a> {
    pub method: &'a http::Method,
    /// The path as sent (percent-encoded).
    pub path: &'a str,
    /// The query string without `?`.
    pub query: Option<&'a str>,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
}

/// One response of the engine.
#[derive(Clone, Debug)]
pub struct MockResponse {
    pub status: u16,
    pub headers: Vec<(HeaderName, HeaderValue)>,
    pub body: Bytes,
    /// Wait this long before answering (`--latency`).
    pub delay: Option<Duration>,
    /// Close the connection instead of answering (an injected `drop` fault).
    pub drop_connection: bool,
}

impl MockResponse {
    /// The first header of this name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.as_str().eq_ignore_ascii_case(name))
            .and_then(|(_, v)| v.to_str().ok())
    }
}

/// A running mock. Dropping it stops the server.
pub struct MockHandle {
    address: SocketAddr,
    engine: Arc<MockEngine>,
    shutdown: watch::Sender<()>,
    task: Option<JoinHandle<()>>,
}

impl MockHandle {
    /// `http://127.0.0.1:PORT`.
    pub fn uri(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn engine(&self) -> &Arc<MockEngine> {
        &self.engine
    }

    /// Stops accepting, lets open connections finish their current request, and waits for
    /// the accept loop to end.
    pub async fn shutdown(mut self) {
        let _ = self.shutdown.send(());
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for MockHandle {
    fn drop(&mut self) {
        let _ = self.shutdown.send(());
    }
}

fn check_options(contract: &Contract, options: &MockOptions) -> Result<(), MockError> {
    if !contract.kind.is_openapi() {
        return Err(MockError::NotOpenApi(contract.file().to_string()));
    }
    if !(0.0..=1.0).contains(&options.error_rate) {
        return Err(MockError::InvalidOption(format!(
            "--error-rate must be between 0.0 and 1.0, not {}",
            options.error_rate
        )));
    }
    if let Some(r) = options.rate_limit
        && !(r.is_finite() && r > 0.0)
    {
        return Err(MockError::InvalidOption(format!(
            "--rate-limit must be a positive number of requests per second, not {r}"
        )));
    }
    operation_faults::resolve(contract, &options.faults, options.seed)?;
    Ok(())
}

/// Starts a mock of `contract` on the current tokio runtime. What it serves other than the
/// contract documents (an invalid example replaced by a generated sample) is in
/// [`MockEngine::notes`].
pub async fn start(contract: Arc<Contract>, options: MockOptions) -> Result<MockHandle, MockError> {
    start_engine(contract, options, false, None).await
}

/// [`start`], with `intercept` answering requests before the engine (`--record`,
/// `--replay`; see [`record`]).
pub async fn start_with(
    contract: Arc<Contract>,
    options: MockOptions,
    intercept: Arc<dyn Intercept>,
) -> Result<MockHandle, MockError> {
    start_engine(contract, options, false, Some(intercept)).await
}

async fn start_engine(
    contract: Arc<Contract>,
    options: MockOptions,
    print_notes: bool,
    intercept: Option<Arc<dyn Intercept>>,
) -> Result<MockHandle, MockError> {
    check_options(&contract, &options)?;
    let address = SocketAddr::new(options.host, options.port);
    let listener = std::net::TcpListener::bind(address)
        .map_err(|source| MockError::Bind { address, source })?;
    let address = listener
        .local_addr()
        .map_err(|source| MockError::Bind { address, source })?;
    listener
        .set_nonblocking(true)
        .map_err(|source| MockError::Bind { address, source })?;
    let listener = tokio::net::TcpListener::from_std(listener)
        .map_err(|source| MockError::Bind { address, source })?;
    let state_file = options.state_file.clone();
    let engine = MockEngine::new(contract, options);
    if let Some(path) = &state_file {
        engine.load_state_file(path)?;
    }
    let engine = Arc::new(if print_notes {
        engine.printing_notes()
    } else {
        engine
    });
    let (shutdown, receiver) = watch::channel(());
    let task = tokio::spawn(server::serve(listener, engine.clone(), intercept, receiver));
    Ok(MockHandle {
        address,
        engine,
        shutdown,
        task: Some(task),
    })
}

/// Serves `contract` until Ctrl-C, printing
/// `accord mock: serving <title> (<N> operations) on http://HOST:PORT` once listening, and
/// each note (an invalid example replaced) to stderr the first time it applies.
pub fn run_blocking(contract: Contract, options: MockOptions) -> Result<(), MockError> {
    run_blocking_with(Arc::new(contract), options, None)
}

/// [`run_blocking`], with `intercept` answering requests before the engine (`--record`,
/// `--replay`). Returns once the server has stopped and every open request is answered.
pub fn run_blocking_with(
    contract: Arc<Contract>,
    options: MockOptions,
    intercept: Option<Arc<dyn Intercept>>,
) -> Result<(), MockError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(MockError::Runtime)?;
    runtime.block_on(async move {
        let title = if contract.info.title.is_empty() {
            contract.file().to_string()
        } else {
            contract.info.title.clone()
        };
        let operations = contract.operations.len();
        let handle = start_engine(contract, options, true, intercept).await?;
        {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            let _ = writeln!(
                out,
                "accord mock: serving {title} ({operations} operation{}) on {}",
                if operations == 1 { "" } else { "s" },
                handle.uri()
            );
            let _ = out.flush();
        }
        let _ = tokio::signal::ctrl_c().await;
        let engine = handle.engine().clone();
        handle.shutdown().await;
        if let Some(path) = &engine.options().state_file {
            engine.save_state_file(path)?;
            eprintln!("accord mock: state saved to {}", path.display());
        }
        Ok(())
    })
}
