//! Every conformance check on its fixture: `tests/fixtures/conformance-checks/<check_id>/`
//! holds a minimal contract (`openapi.yaml`) and a canned misbehaving server
//! (`server.yaml`: the run's settings and the answers a wiremock server on 127.0.0.1 gives).
//! Run with only that check selected (as lint fixtures run only their rule), the check
//! fails and nothing else does; the failures are snapshotted as users see them. The clean
//! counterpart `_clean/` passes every check. A check without a fixture folder fails.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use accord_conformance::{RunConfig, Tenant, checks, parse_header};
use accord_report::TestReport;
use serde::Deserialize;
use wiremock::matchers::{header, method, path, path_regex, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// `server.yaml`: how the run is configured and what the server answers.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Fixture {
    /// Send POST, PUT, PATCH and DELETE.
    #[serde(default)]
    allow_mutations: bool,
    /// `K: V` headers sent with every request.
    #[serde(default)]
    headers: Vec<String>,
    /// `NAME=K: V` tenants.
    #[serde(default)]
    tenants: Vec<String>,
    /// The canned answers, first match wins (wiremock priorities follow list order).
    answers: Vec<Answer>,
}

/// One canned answer and the requests it matches.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Answer {
    method: String,
    /// An exact path, or with `regex: true` a regular expression.
    path: String,
    #[serde(default)]
    regex: bool,
    /// Query parameters the request must carry.
    #[serde(default)]
    query: BTreeMap<String, String>,
    /// Headers the request must carry.
    #[serde(default)]
    when_header: BTreeMap<String, String>,
    /// Answer this many matching requests only.
    #[serde(default)]
    times: Option<u64>,
    status: u16,
    #[serde(default)]
    headers: BTreeMap<String, String>,
    /// A JSON body (sent as `application/json` unless `headers` says otherwise).
    #[serde(default)]
    json: Option<serde_json::Value>,
    /// A raw text body.
    #[serde(default)]
    text: Option<String>,
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conformance-checks")
}

async fn serve(fixture: &Fixture) -> MockServer {
    let server = MockServer::start().await;
    for (i, a) in fixture.answers.iter().enumerate() {
        let mut response = ResponseTemplate::new(a.status);
        if let Some(json) = &a.json {
            response = response.set_body_json(json);
        }
        if let Some(text) = &a.text {
            response = response.set_body_raw(text.clone(), "text/plain");
        }
        for (k, v) in &a.headers {
            response = response.insert_header(k.as_str(), v.as_str());
        }
        let mut mock = if a.regex {
            Mock::given(method(a.method.as_str())).and(path_regex(a.path.as_str()))
        } else {
            Mock::given(method(a.method.as_str())).and(path(a.path.as_str()))
        };
        for (k, v) in &a.query {
            mock = mock.and(query_param(k.as_str(), v.as_str()));
        }
        for (k, v) in &a.when_header {
            mock = mock.and(header(k.as_str(), v.as_str()));
        }
        let mut mock = mock
            .respond_with(response)
            .with_priority(u8::try_from(i + 1).unwrap_or(u8::MAX));
        if let Some(n) = a.times {
            mock = mock.up_to_n_times(n);
        }
        mock.mount(&server).await;
    }
    server
}

/// Runs the fixture in `folder` with `only` selected (every check when empty).
async fn run(folder: &str, only: &[&str]) -> TestReport {
    let dir = fixtures().join(folder);
    let text = std::fs::read_to_string(dir.join("server.yaml"))
        .unwrap_or_else(|e| panic!("{folder}/server.yaml: {e}"));
    let fixture: Fixture =
        serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{folder}/server.yaml: {e}"));
    let contract = accord_spec::load(&dir.join("openapi.yaml"))
        .unwrap_or_else(|e| panic!("{folder}/openapi.yaml: {e}"));
    let server = serve(&fixture).await;
    let config = RunConfig {
        base_url: server.uri(),
        headers: fixture
            .headers
            .iter()
            .map(|h| parse_header(h).expect("header"))
            .collect(),
        tenants: fixture
            .tenants
            .iter()
            .map(|t| Tenant::parse(t).expect("tenant"))
            .collect(),
        allow_mutations: fixture.allow_mutations,
        max_examples: 3,
        seed: 1,
        checks: only.iter().map(|c| c.to_string()).collect(),
        max_requests: 300,
        max_duration: Duration::from_secs(30),
        max_retry_wait: Duration::from_secs(1),
        ..RunConfig::default()
    };
    accord_conformance::run(&contract, &config)
        .await
        .unwrap_or_else(|e| panic!("{folder}: {e}"))
}

/// What users see of the failures, without the port of the test server.
fn render(report: &TestReport) -> String {
    let mut lines: Vec<String> = report
        .failures
        .iter()
        .map(|f| format!("[{}] {}: {}", f.check, f.operation, f.message))
        .collect();
    lines.sort();
    lines.dedup();
    let mut out = lines.join("\n");
    out.push('\n');
    let port = regex::Regex::new(r"127\.0\.0\.1:\d+").expect("regex");
    port.replace_all(&out, "127.0.0.1:PORT").into_owned()
}

#[tokio::test]
async fn the_clean_counterpart_passes_every_check() {
    let report = run("_clean", &[]).await;
    assert!(report.failures.is_empty(), "{}", render(&report));
}

#[tokio::test]
async fn every_check_fails_on_its_fixture() {
    let mut failures = Vec::new();
    for id in checks::ids() {
        if !fixtures().join(id).join("server.yaml").exists() {
            failures.push(format!("{id}: no fixture"));
            continue;
        }
        let report = run(id, &[id]).await;
        let fired: Vec<&str> = report.failures.iter().map(|f| f.check.as_str()).collect();
        if fired.is_empty() || fired.iter().any(|c| *c != id) {
            failures.push(format!(
                "{id}: its fixture fails {fired:?} ({:?})",
                report.coverage.operations
            ));
        }
        insta::assert_snapshot!(format!("check__{id}"), render(&report));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_fixture_folder_is_a_check() {
    let ids = checks::ids();
    for entry in std::fs::read_dir(fixtures()).expect("fixtures").flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        assert!(
            name == "_clean" || ids.contains(&name.as_str()),
            "tests/fixtures/conformance-checks/{name} names no conformance check"
        );
    }
}
