//! Property-based conformance testing of live APIs and the contract mock server.
//!
//! [`run`] tests a live API against its contract (`accord test`): proptest strategies
//! generate valid and targeted invalid requests from the contract's schemas
//! ([`strategy`]), [`plan`] infers stateful sequences (links, `Location`, REST
//! conventions) and keeps the pools of server-issued IDs and cursors, [`runner`] sends and
//! paces requests within a budget, and every check ([`checks`], one file per ID) judges
//! the exchanges or drives a scenario; [`validation`] validates values against schemas,
//! bounded in memory. Failures carry a runnable curl command ([`curl`])
//! with every credential masked.
//!
//! Safety: read-only unless [`RunConfig::allow_mutations`]; bounded in requests and time;
//! `429` + `Retry-After` obeyed; credentials never printed.
pub mod mock;

#[allow(clippy::collapsible_if)] // let-chains need Rust 1.88; the MSRV is 1.85
pub mod checks;
#[allow(clippy::collapsible_if)] // let-chains need Rust 1.88; the MSRV is 1.85
pub mod config;
#[allow(clippy::collapsible_if)] // let-chains need Rust 1.88; the MSRV is 1.85
pub mod coverage;
#[allow(clippy::collapsible_if)] // let-chains need Rust 1.88; the MSRV is 1.85
pub mod curl;
/// What a live API did beyond its contract, as an Overlay 1.0 document (`accord test --drift`).
pub mod drift;
pub mod events;
pub mod pace;
pub mod page_fields;
#[allow(clippy::collapsible_if)] // let-chains need Rust 1.88; the MSRV is 1.85
pub mod plan;
#[allow(clippy::collapsible_if)] // let-chains need Rust 1.88; the MSRV is 1.85
pub mod request;
#[allow(clippy::collapsible_if)] // let-chains need Rust 1.88; the MSRV is 1.85
pub mod runner;
#[allow(clippy::collapsible_if)] // let-chains need Rust 1.88; the MSRV is 1.85
pub mod strategy;
#[allow(clippy::collapsible_if)] // let-chains need Rust 1.88; the MSRV is 1.85
pub mod transport;
pub mod validation;

use accord_report::TestReport;
use accord_spec::Contract;

pub use config::{RunConfig, RunError, Tenant, parse_header};

/// Tests the API at `config.base_url` against `contract`.
///
/// `Err` only when the run could not happen at all (an unreachable server, a bad
/// argument); every finding is a failure in the report.
pub async fn run(contract: &Contract, config: &RunConfig) -> Result<TestReport, RunError> {
    let runner = runner::Runner::new(contract, config)?;
    runner.execute().await
}
