//! Shared helpers of the mock tests: loading bundled contracts, starting a mock in-process,
//! and building a valid request for any operation from the contract alone.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use accord_conformance::RunConfig;
use accord_conformance::mock::{self, MockHandle, MockOptions};
use accord_schema::Direction;
use accord_schema::sample as valid_sample;
use accord_spec::{Contract, Method, Operation, ParamIn};
use serde_json::Value;

pub fn repo_path(rel: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(rel)
}

pub fn load(rel: &str) -> Arc<Contract> {
    let path = repo_path(rel);
    Arc::new(accord_spec::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

pub async fn start(contract: Arc<Contract>, options: MockOptions) -> MockHandle {
    mock::start(contract, options).await.expect("mock starts")
}

/// The runner's configuration against a mock of `contract` at `uri`: the mock's placeholder
/// credentials, mutations allowed, a fixed seed, `max_examples` cases an operation, and no
/// shrinking (a failure's first reproduction is enough here).
pub fn run_config(contract: &Contract, uri: String, max_examples: u32) -> RunConfig {
    RunConfig {
        base_url: uri,
        headers: mock::placeholder_credentials(contract),
        allow_mutations: true,
        max_examples,
        seed: 7,
        max_shrink_steps: 0,
        ..RunConfig::default()
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client")
}

/// A value as parameter text.
pub fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join(","),
        other => other.to_string(),
    }
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The value a valid request sends for a parameter.
pub fn param_value(contract: &Contract, op: &Operation, location: ParamIn, name: &str) -> String {
    let Some(p) = op.parameter(location, name) else {
        return "1".into();
    };
    if let Some(e) = p.examples.first() {
        return text(&e.value);
    }
    match p.schema {
        Some(s) => text(&valid_sample(contract, s, Direction::Request)),
        None => "1".into(),
    }
}

/// A valid request for `op`: path filled, required query and header parameters set, a
/// body from the example or a sample (`accord_schema::sample`, with patterned strings
/// regenerated from their pattern: see `accord_schema::generate`).
pub fn request(
    client: &reqwest::Client,
    base: &str,
    contract: &Contract,
    op: &Operation,
) -> reqwest::RequestBuilder {
    let mut path = op.path.clone();
    for p in op.parameters.iter().filter(|p| p.location == ParamIn::Path) {
        let v = param_value(contract, op, ParamIn::Path, &p.name);
        path = path.replace(&format!("{{{}}}", p.name), &encode(&v));
    }
    let query: Vec<String> = op
        .parameters
        .iter()
        .filter(|p| p.location == ParamIn::Query && p.required)
        .map(|p| {
            format!(
                "{}={}",
                encode(&p.name),
                encode(&param_value(contract, op, ParamIn::Query, &p.name))
            )
        })
        .collect();
    let mut url = format!("{base}{path}");
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query.join("&"));
    }
    let method = reqwest::Method::from_bytes(op.method.upper().as_bytes()).expect("method");
    let mut builder = client
        .request(method, url)
        .header("Authorization", "Bearer test-token");
    for p in op
        .parameters
        .iter()
        .filter(|p| p.location == ParamIn::Header && p.required)
    {
        builder = builder.header(&p.name, param_value(contract, op, ParamIn::Header, &p.name));
    }
    let cookies: Vec<String> = op
        .parameters
        .iter()
        .filter(|p| p.location == ParamIn::Cookie && p.required)
        .map(|p| {
            format!(
                "{}={}",
                p.name,
                param_value(contract, op, ParamIn::Cookie, &p.name)
            )
        })
        .collect();
    if !cookies.is_empty() {
        builder = builder.header("Cookie", cookies.join("; "));
    }
    if let Some(body) = &op.request_body
        && let Some(media) = body
            .content
            .iter()
            .find(|m| m.name.is_json())
            .or(body.content.first())
    {
        let value = media
            .examples
            .first()
            .map(|e| e.value.clone())
            .or_else(|| {
                media
                    .schema
                    .map(|s| valid_sample(contract, s, Direction::Request))
            })
            .unwrap_or(Value::Null);
        let bytes = if media.name.is_json() {
            serde_json::to_vec(&value).expect("json")
        } else {
            text(&value).into_bytes()
        };
        builder = builder
            .header("Content-Type", media.name.as_str())
            .body(bytes);
    }
    builder
}

/// The status a mock answers `op` with by default.
pub fn expected_status(op: &Operation) -> u16 {
    if op.method == Method::Post && op.response("201").is_some() {
        return 201;
    }
    op.success_responses()
        .next()
        .map(|r| r.status.representative().unwrap_or(200))
        .unwrap_or(200)
}

/// Resident memory of this process, in KiB (Linux).
pub fn rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
