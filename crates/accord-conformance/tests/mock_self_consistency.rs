//! The mock's invariant (issue 18, item 3): for every bundled OpenAPI contract and every
//! OpenAPI document of the shared corpus, the conformance runner (`accord test`, every
//! check) against `accord mock` of the same contract, with two tenants and mutations
//! allowed, finds nothing and exercises every operation.
//!
//! Examples per operation are bounded (the contract's own examples plus one generated
//! case) so that Stripe's 500 operations stay within CI's budget. Set
//! `ACCORD_SELF_CONSISTENCY=name` to run only the contracts whose path contains `name`, and
//! `ACCORD_SELF_CONSISTENCY_CURL=1` to see each failure's reproduction.
//! `ACCORD_SELF_CONSISTENCY_DIR=DIR` runs every `.yaml`/`.json` document of DIR instead
//! (a public collection such as APIs-guru's openapi-directory, flattened into one folder);
//! there a document that does not load is listed, not a panic.

#[path = "mock_support.rs"]
mod mock_support;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use accord_conformance::mock::{self, MockOptions};
use accord_conformance::{RunConfig, Tenant};
use accord_spec::Contract;
use mock_support::*;

/// Contracts not yet self-consistent, with the most failures they may show (a ratchet:
/// lower these as the mock or the runner improves; a contract not listed must pass). Empty
/// since the mock reads a form text as any type a union allows and the runner judges a form
/// body as sent (Stripe's form bodies).
const KNOWN_GAPS: [(&str, usize); 0] = [];

/// Contracts whose run does not yet exercise every operation, with the fewest operations
/// it must exercise (a ratchet: raise these as the runner grounds more; a contract not
/// listed must exercise all of its operations). An operation counts when some check judged
/// an answer to a request sent for it, never for being planned. Empty since the runner
/// makes up a path ID when the server issued none (issue 17).
const COVERAGE_FLOORS: [(&str, u64); 0] = [];

const BUNDLED: [&str; 6] = [
    "contracts/internal/customer-hub/v1.yaml",
    "contracts/vendors/helpwise-support/v1.yaml",
    "contracts/vendors/ledgerline-erp/v1.yaml",
    "contracts/vendors/meterly-billing/v1.yaml",
    "contracts/vendors/relay-crm/v1.yaml",
    "contracts/vendors/relay-crm/v2.yaml",
];

/// Contracts of shapes the bundled ones do not have.
const FIXTURES: [&str; 4] = [
    // Actions selected by a header named in the path key's fragment (AWS JSON-RPC, as
    // APIs-guru writes 206 of its contracts) and a sub-resource selected by the query.
    "crates/accord-conformance/tests/fixtures/json-rpc-actions.yaml",
    // The credential goes in the query (`apiKey`, `in: query`).
    "crates/accord-conformance/tests/fixtures/query-api-key.yaml",
    // A paged list whose items are a map keyed by scope (Google's `aggregated` lists).
    "crates/accord-conformance/tests/fixtures/aggregated-list.yaml",
    // Answers wrap the resource in an envelope, the list holds bare items (Apideck).
    "crates/accord-conformance/tests/fixtures/data-envelope.yaml",
];

/// Two tenants, told apart by their credential (the carrier every contract has).
fn tenants(contract: &Contract) -> Vec<Tenant> {
    ["alpha", "beta"]
        .iter()
        .map(|name| Tenant {
            name: name.to_string(),
            header: mock::tenant_credential(contract, name),
        })
        .collect()
}

/// What one run against the mock found.
struct Outcome {
    /// The failures, one line each.
    failures: Vec<String>,
    /// Operations some check judged (requests sent and answered).
    exercised: u64,
    /// Operations in scope (every one but `TRACE`, which the runner never sends).
    total: u64,
    /// The operations no check judged, each with its first reason and statuses.
    unexercised: Vec<String>,
    /// Operations never answered `2xx` (exercised on refusals only: a made-up path ID's
    /// `404`, data the mock refused), a measure of how deep the run got.
    never_accepted: usize,
}

/// Runs the whole suite against a fresh mock of `contract`.
async fn self_test(contract: Arc<Contract>) -> Outcome {
    let mock = start(contract.clone(), MockOptions::default()).await;
    let config = RunConfig {
        tenants: tenants(&contract),
        max_requests: 40_000,
        max_duration: Duration::from_secs(900),
        ..run_config(&contract, mock.uri(), 1)
    };
    let report = accord_conformance::run(&contract, &config)
        .await
        .expect("the run reaches the mock");
    mock.shutdown().await;
    let lines = report
        .sorted()
        .into_iter()
        .map(|f| {
            let mut line = format!("[{}] {}: {}", f.check, f.operation, f.message);
            if std::env::var_os("ACCORD_SELF_CONSISTENCY_CURL").is_some() {
                line.push_str(&format!("\n        {}", f.reproduction));
            }
            line
        })
        .collect();
    let unexercised = report
        .coverage
        .operations
        .iter()
        .filter(|op| op.exercised.is_empty())
        .map(|op| {
            let why = op
                .not_exercised
                .first()
                .map_or("no reason given", |n| n.reason.as_str());
            format!(
                "{}: {why} ({} requests, {})",
                op.operation,
                op.requests,
                op.statuses_text()
            )
        })
        .collect();
    let never_accepted = report
        .coverage
        .operations
        .iter()
        .filter(|op| !op.statuses.contains_key("2xx"))
        .count();
    Outcome {
        never_accepted,
        failures: lines,
        exercised: report.coverage.operations_exercised,
        total: report.coverage.operations_total,
        unexercised,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accord_test_passes_against_accord_mock_of_every_contract() {
    let sweep = std::env::var_os("ACCORD_SELF_CONSISTENCY_DIR").map(PathBuf::from);
    let paths: Vec<PathBuf> = match &sweep {
        Some(dir) => documents_in(dir),
        None => {
            let mut paths: Vec<PathBuf> = BUNDLED.iter().map(|p| repo_path(p)).collect();
            paths.extend(FIXTURES.iter().map(|p| repo_path(p)));
            // Every corpus document: a missing corpus fails the test (see `accord_testkit`).
            paths.extend(accord_testkit::corpus_documents(&["openapi"]));
            paths
        }
    };
    let only = std::env::var("ACCORD_SELF_CONSISTENCY").ok();
    let mut summary = Vec::new();
    let mut failing = 0;
    for path in &paths {
        let shown = path.display().to_string();
        if only.as_deref().is_some_and(|o| !shown.contains(o)) {
            continue;
        }
        let contract = match accord_spec::load(path) {
            Ok(contract) => contract,
            Err(e) if sweep.is_some() => {
                eprintln!("skipped {shown}: {e}");
                continue;
            }
            Err(e) => panic!("{shown} does not load: {e}"),
        };
        if !contract.kind.is_openapi() || contract.operations.is_empty() {
            continue;
        }
        let Outcome {
            failures,
            exercised,
            total,
            unexercised,
            never_accepted,
        } = self_test(Arc::new(contract)).await;
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        let budget = KNOWN_GAPS
            .iter()
            .find(|(n, _)| name.contains(n))
            .map_or(0, |(_, b)| *b);
        let floor = COVERAGE_FLOORS
            .iter()
            .find(|(n, _)| name.contains(n))
            .map_or(total, |(_, f)| *f);
        let ok = failures.len() <= budget && exercised >= floor;
        let shown_from = summary.len();
        if !ok {
            failing += 1;
        }
        summary.push(format!(
            "{} {name}: {} failures (at most {budget}), {exercised}/{total} operations \
             exercised (at least {floor}), {never_accepted} never answered 2xx",
            if ok { "ok" } else { "FAIL" },
            failures.len()
        ));
        for f in failures.iter().take(40) {
            summary.push(format!("    {f}"));
        }
        for op in &unexercised {
            summary.push(format!("    not exercised: {op}"));
        }
        // Each contract as it finishes: the whole run takes minutes.
        eprintln!("{}", summary[shown_from..].join("\n"));
    }
    assert_eq!(failing, 0, "{}", summary.join("\n"));
}

/// The `.yaml`, `.yml` and `.json` files directly in `dir`, sorted.
fn documents_in(dir: &std::path::Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
        })
        .collect();
    paths.sort();
    paths
}
