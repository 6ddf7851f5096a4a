//! Conformance of a contract against an in-process mock of itself, the way `accord check`'s
//! conformance stage runs it (stateless mock, no request validation, the six checks a mock
//! can answer, 5 examples per operation, seed 1), with its cost:
//!
//! `cargo run --release -p accord-conformance --example mock_conformance -- FILE [--failures]`
//!
//! Prints wall time, requests, operations, failures by check (every failure with
//! `--failures`), the mock's notes, and the process's peak RSS (`VmHWM`).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use accord_conformance::RunConfig;
use accord_conformance::mock::{self, MockOptions};
use accord_spec::{Contract, ParamIn, SecuritySchemeKind};

/// The checks `accord check` runs against a mock (accord-cli `check/conformance.rs`).
const MOCK_CHECKS: [&str; 6] = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "correlation_id_propagation",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(file) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: mock_conformance FILE [--failures]");
        std::process::exit(2);
    };
    let list_failures = args.iter().any(|a| a == "--failures");
    let contract = match accord_spec::load(std::path::Path::new(file)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{file}: {e}");
            std::process::exit(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start a runtime: {e}");
            std::process::exit(2);
        }
    };
    let started = Instant::now();
    let outcome = runtime.block_on(run(contract));
    let wall = started.elapsed();
    let (report, notes) = match outcome {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{file}: {e}");
            std::process::exit(1);
        }
    };
    let mut by_check: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &report.failures {
        *by_check.entry(f.check.as_str()).or_default() += 1;
    }
    println!("file: {file}");
    println!("wall: {:.1} s", wall.as_secs_f64());
    println!(
        "requests: {}, operations: {}",
        report.requests, report.operations
    );
    println!("failures: {}", report.failures.len());
    for (check, n) in &by_check {
        println!("  {check}: {n}");
    }
    if list_failures {
        for f in report.sorted() {
            println!("  [{}] {}: {}", f.check, f.operation, f.message);
        }
    }
    println!("mock notes: {}", notes.len());
    if list_failures {
        for note in &notes {
            println!("  {note}");
        }
    }
    match peak_rss_kib() {
        Some(kib) => println!("peak RSS: {:.0} MiB", kib as f64 / 1024.0),
        None => println!("peak RSS: unknown (no /proc/self/status)"),
    }
}

async fn run(contract: Contract) -> Result<(accord_report::TestReport, Vec<String>), String> {
    let contract = Arc::new(contract);
    let config = RunConfig {
        max_examples: 5,
        seed: 1,
        max_duration: Duration::from_secs(120),
        headers: mock_credentials(&contract),
        allow_mutations: true,
        checks: MOCK_CHECKS.iter().map(|c| c.to_string()).collect(),
        ..RunConfig::default()
    };
    let options = MockOptions {
        seed: config.seed,
        validate_requests: false,
        ..MockOptions::default()
    };
    let handle = mock::start(contract.clone(), options)
        .await
        .map_err(|e| e.to_string())?;
    let config = RunConfig {
        base_url: handle.uri(),
        ..config
    };
    let report = accord_conformance::run(&contract, &config)
        .await
        .map_err(|e| e.to_string())?;
    let notes = handle.engine().notes();
    handle.shutdown().await;
    Ok((report, notes))
}

/// Placeholder credentials of the kinds the contract's security schemes ask for (the mock
/// checks presence only), as `accord check` sends them.
fn mock_credentials(contract: &Contract) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for scheme in contract.security_schemes.values() {
        let header = match &scheme.kind {
            SecuritySchemeKind::Http { scheme, .. } if scheme == "basic" => (
                "Authorization".to_string(),
                "Basic YWNjb3JkOm1vY2s=".to_string(),
            ),
            SecuritySchemeKind::Http { .. }
            | SecuritySchemeKind::OAuth2 { .. }
            | SecuritySchemeKind::OpenIdConnect { .. } => (
                "Authorization".to_string(),
                "Bearer accord-mock-token".to_string(),
            ),
            SecuritySchemeKind::ApiKey {
                location: ParamIn::Header,
                name,
            } => (name.clone(), "accord-mock-key".to_string()),
            _ => continue,
        };
        if !headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case(&header.0))
        {
            headers.push(header);
        }
    }
    headers
}

/// The process's peak resident set (`VmHWM`), in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}
