//! The conformance stage of `accord check`: an HTTP contract is tested against an in-process
//! `accord mock` of itself by default (so the gate needs no network and no vendor), or
//! against a sandbox tenant when `accord.toml` names environment variables for its base URL
//! and credentials. An event contract gets the event round trip: generated examples of
//! every message validated against the contract.

use std::sync::Arc;
use std::time::Duration;

use accord_conformance::{RunConfig, mock};
use accord_spec::{Contract, SecuritySchemeKind};

use super::stages::Shared;
use super::{StageResult, Status};
use crate::config::{ConformanceTarget, ContractEntry};

/// The checks a stateless mock can answer truthfully.
const MOCK_CHECKS: [&str; 6] = [
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
    "correlation_id_propagation",
];

pub fn run(shared: &Shared, entry: &ContractEntry, contract: &Contract) -> StageResult {
    if contract.kind.is_asyncapi() {
        return events(shared, contract);
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
            // The mock answers from the contract's own examples and schemas, statelessly and
            // without judging requests: what it can prove is that the contract is coherent
            // (every answer it documents validates against what it documents). Checks that
            // need a real server's state or its validation are for `live` targets.
            let options = mock::MockOptions {
                seed: config.seed,
                validate_requests: false,
                ..mock::MockOptions::default()
            };
            let handle = mock::start(Arc::new(contract.clone()), options)
                .await
                .map_err(|e| e.to_string())?;
            config.base_url = handle.uri();
            config.headers = mock_credentials(contract);
            config.allow_mutations = true;
            config.checks = MOCK_CHECKS.iter().map(|c| c.to_string()).collect();
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
            .push(format!("[{}] {}: {}", f.check, f.operation, f.message));
    }
    for note in mock_notes.iter().take(MOCK_NOTES_SHOWN) {
        result.notes.push(format!("mock: {note}"));
    }
    if mock_notes.len() > MOCK_NOTES_SHOWN {
        result.notes.push(format!(
            "mock: … and {} more (`accord mock` prints them all)",
            mock_notes.len() - MOCK_NOTES_SHOWN
        ));
    }
    result.test = Some(report);
    result
}

/// How many of the mock's notes the stage lists.
const MOCK_NOTES_SHOWN: usize = 10;

/// Placeholder credentials of the kinds the contract's security schemes ask for: the mock
/// checks that credentials are present, not what they are.
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
                location: accord_spec::ParamIn::Header,
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

/// Every message of an event contract: generated examples validate against it.
fn events(shared: &Shared, contract: &Contract) -> StageResult {
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
                result.notes.push(format!(
                    "line {} [{}] {}: {}",
                    f.line, f.check, f.channel, f.message
                ));
            }
            result.events = Some(report);
            result
        }
        Err(e) => StageResult::error("conformance", e.to_string()),
    }
}
