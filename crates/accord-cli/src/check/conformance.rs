//! The conformance stage of `accord check`: an HTTP contract is tested against an in-process
//! `accord mock` of itself by default (so the gate needs no network and no vendor), or
//! against a sandbox tenant when `accord.toml` names environment variables for its base URL
//! and credentials. An event contract gets the event round trip: generated examples of
//! every message validated against the contract.

use std::sync::Arc;
use std::time::Duration;

use accord_conformance::{RunConfig, mock};
use accord_spec::Contract;

use super::stages::Shared;
use super::{StageResult, Status};
use crate::config::{ConformanceTarget, ContractEntry};

pub fn run(shared: &Shared, entry: &ContractEntry, contract: &Contract) -> StageResult {
    if contract.kind.is_asyncapi() {
        return events(shared, entry, contract);
    }
    let Some(target) = &entry.conformance else {
        return StageResult::skip("conformance", "not configured");
    };
    if !contract.kind.is_openapi() || contract.operations.is_empty() {
        return StageResult::skip("conformance", "no operations");
    }
    let section = &shared.loaded.config.conformance;
    let mut config = RunConfig {
        max_examples: section.max_examples.unwrap_or(5),
        seed: section.seed.unwrap_or(1),
        max_duration: Duration::from_secs(120),
        ..RunConfig::default()
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => return StageResult::error("conformance", format!("cannot start a runtime: {e}")),
    };
    let live = target.target == ConformanceTarget::Live;
    let result = runtime.block_on(async {
        let mock = if live {
            let Some(var) = &target.base_url_env else {
                return Err("`live` conformance needs `base_url_env`".to_string());
            };
            config.base_url = std::env::var(var).map_err(|_| {
                format!("environment variable {var} (the sandbox base URL) is not set")
            })?;
            for var in &target.headers_env {
                let value = std::env::var(var).map_err(|_| {
                    format!("environment variable {var} (a credential header) is not set")
                })?;
                config
                    .headers
                    .push(accord_conformance::parse_header(&value).map_err(|e| e.to_string())?);
            }
            config.allow_mutations = target.allow_mutations;
            None
        } else {
            // The mock keeps state per tenant and validates requests the way the contract
            // says, so every check `accord test` runs applies to it (no hidden subset): a
            // failure is the contract contradicting itself, or the mock falling short.
            let options = mock::MockOptions {
                seed: config.seed,
                ..mock::MockOptions::default()
            };
            let handle = mock::start(Arc::new(contract.clone()), options)
                .await
                .map_err(|e| e.to_string())?;
            config.base_url = handle.uri();
            config.headers = mock::placeholder_credentials(contract);
            config.tenants = ["alpha", "beta"]
                .iter()
                .map(|name| accord_conformance::Tenant {
                    name: name.to_string(),
                    header: mock::tenant_credential(contract, name),
                })
                .collect();
            config.allow_mutations = true;
            Some(handle)
        };
        let report = accord_conformance::run(contract, &config)
            .await
            .map_err(|e| e.to_string())?;
        // What the mock served in place of the contract's own invalid examples: a finding
        // about the contract that the run itself, passing, would not show.
        let notes = mock.map(|m| m.engine().notes()).unwrap_or_default();
        Ok((report, notes))
    });
    let (report, mock_notes) = match result {
        Ok(r) => r,
        Err(e) => return StageResult::error("conformance", e),
    };
    let failures = report.failures.len();
    let status = if failures > 0 {
        Status::Fail
    } else {
        Status::Pass
    };
    let against = if live { "sandbox" } else { "mock" };
    let mut result = StageResult::new(
        "conformance",
        status,
        format!(
            "{failures} failure, {} requests, {} operations ({against})",
            report.requests, report.operations
        ),
    );
    for f in report.sorted().into_iter().take(20) {
        result
            .notes
            .push(format!("[{}] {}: {}", f.check, f.operation, f.message).into());
    }
    for note in mock_notes.iter().take(MOCK_NOTES_SHOWN) {
        result.notes.push(format!("mock: {note}").into());
    }
    if mock_notes.len() > MOCK_NOTES_SHOWN {
        result.notes.push(
            format!(
                "mock: … and {} more (`accord mock` prints them all)",
                mock_notes.len() - MOCK_NOTES_SHOWN
            )
            .into(),
        );
    }
    result.test = Some(report);
    result.operations = Some(crate::common::operation_locations(
        contract,
        &entry.path.to_string_lossy(),
    ));
    result
}

/// How many of the mock's notes the stage lists.
const MOCK_NOTES_SHOWN: usize = 10;

/// Every message of an event contract: generated examples validate against it.
fn events(shared: &Shared, entry: &ContractEntry, contract: &Contract) -> StageResult {
    let seed = shared.loaded.config.conformance.seed.unwrap_or(1);
    let generated = accord_conformance::events::mock_events(contract, 3, seed);
    if generated.is_empty() {
        return StageResult::skip("conformance", "no messages");
    }
    let lines = accord_conformance::events::to_json_lines(&generated);
    let options = accord_conformance::events::EventOptions::default();
    match accord_conformance::events::validate_events(
        contract,
        std::io::Cursor::new(lines),
        &options,
    ) {
        Ok(report) => {
            let failures = report.failures.len();
            let mut result = StageResult::new(
                "conformance",
                if failures > 0 {
                    Status::Fail
                } else {
                    Status::Pass
                },
                format!(
                    "{failures} failure, {} generated events validated",
                    report.events
                ),
            );
            for f in report.failures.iter().take(10) {
                result.notes.push(
                    format!("line {} [{}] {}: {}", f.line, f.check, f.channel, f.message).into(),
                );
            }
            result.events = Some(report);
            result.operations = Some(crate::common::operation_locations(
                contract,
                &entry.path.to_string_lossy(),
            ));
            result
        }
        Err(e) => StageResult::error("conformance", e.to_string()),
    }
}
