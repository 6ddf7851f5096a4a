//! `accord mock` in-process: every operation of the bundled contracts answers with a body
//! valid against its documented schema; invalid requests get problem+json naming the
//! field; latency, error rate and rate limit behave; memory does not grow under load.

#[path = "mock_support.rs"]
mod mock_support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use accord_conformance::mock::{MockEngine, MockOptions, MockRequest, MockResponder};
use accord_schema::{Direction, Validator};
use accord_spec::Contract;
use mock_support::*;
use serde_json::{Value, json};

const CUSTOMER_HUB: &str = "contracts/internal/customer-hub/v1.yaml";
const RELAY_CRM: &str = "contracts/vendors/relay-crm/v2.yaml";

async fn check_every_operation(contract: Arc<Contract>) {
    let mock = start(contract.clone(), MockOptions::default()).await;
    let client = client();
    assert!(!contract.operations.is_empty());
    for op in &contract.operations {
        let response = request(&client, &mock.uri(), &contract, op)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", op.key()));
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let correlation = response.headers().get("x-correlation-id").cloned();
        let body = response.bytes().await.expect("body");
        // The mock keeps state: an item nobody created is not found, as the contract says.
        let unknown_item = status == 404
            && op.path.ends_with('}')
            && op.response("404").is_some()
            && String::from_utf8_lossy(&body).contains("has no item");
        if unknown_item {
            continue;
        }
        assert_eq!(
            status,
            expected_status(op),
            "{}: {}",
            op.key(),
            String::from_utf8_lossy(&body)
        );
        let documented = op.response(&status.to_string()).expect("documented status");
        if documented.header("X-Correlation-ID").is_some() {
            assert!(correlation.is_some(), "{}: no X-Correlation-ID", op.key());
        }
        let Some(media) = documented.content.first() else {
            assert!(body.is_empty(), "{}: body on an empty response", op.key());
            continue;
        };
        assert_eq!(
            content_type.as_deref(),
            Some(media.name.as_str()),
            "{}",
            op.key()
        );
        let value: Value = serde_json::from_slice(&body)
            .unwrap_or_else(|e| panic!("{}: not JSON ({e})", op.key()));
        let schema = media.schema.expect("schema");
        let issues = Validator::new(&contract, schema, Direction::Response).issues(&value);
        assert!(issues.is_empty(), "{}: {issues:?}\n{value:#}", op.key());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn customer_hub_every_operation_answers_valid_data() {
    check_every_operation(load(CUSTOMER_HUB)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relay_crm_every_operation_answers_valid_data() {
    check_every_operation(load(RELAY_CRM)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_base_path_is_optional() {
    let contract = load(RELAY_CRM);
    let mock = start(contract.clone(), MockOptions::default()).await;
    let client = client();
    let tenant = param_value(
        &contract,
        contract.operation("GET /contacts").expect("op"),
        accord_spec::ParamIn::Header,
        "X-Relay-Tenant",
    );
    for path in ["/v2/contacts", "/contacts"] {
        let r = client
            .get(format!("{}{path}", mock.uri()))
            .header("Authorization", "Bearer t")
            .header("X-Relay-Tenant", &tenant)
            .send()
            .await
            .expect("send");
        assert_eq!(
            r.status(),
            200,
            "{path}: {}",
            r.text().await.unwrap_or_default()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_requests_get_problem_json_naming_the_field() {
    let contract = load(CUSTOMER_HUB);
    let mock = start(contract.clone(), MockOptions::default()).await;
    let client = client();
    let op = contract.operation("POST /v1/customers").expect("op");

    // A wrong type in the body.
    let r = request(&client, &mock.uri(), &contract, op)
        .header("Content-Type", "application/json")
        .body(r#"{"type":"individual","displayName":"Jonas","email":42}"#)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 400);
    assert_eq!(r.headers()["content-type"], "application/problem+json");
    let problem: Value = r.json().await.expect("json");
    assert_eq!(problem["status"], 400);
    assert!(problem["title"].is_string() && problem["type"].is_string());
    let errors = problem["errors"].as_array().expect("errors");
    assert!(
        errors.iter().any(|e| e["pointer"] == "/body/email"),
        "{problem:#}"
    );

    // A missing required property, a missing required header, a bad query parameter.
    let r = client
        .post(format!("{}/v1/customers?limit=abc", mock.uri()))
        .header("Authorization", "Bearer t")
        .header("Idempotency-Key", "0b7e2d64-94c1-4f3e-8a5d-6c2f1e9b3a70")
        .json(&json!({"type": "individual"}))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 400);
    let problem: Value = r.json().await.expect("json");
    let pointers: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["pointer"].as_str())
        .collect();
    assert!(pointers.contains(&"/header/X-Tenant-ID"), "{problem:#}");
    assert!(
        problem.to_string().contains("displayName"),
        "names the missing property: {problem:#}"
    );

    let list = contract.operation("GET /v1/customers").expect("op");
    let r = request(&client, &mock.uri(), &contract, list)
        .query(&[("limit", "500")])
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 400);
    let problem: Value = r.json().await.expect("json");
    assert_eq!(
        problem["errors"][0]["pointer"], "/query/limit",
        "{problem:#}"
    );

    // Not JSON at all, and an undocumented media type.
    let tenant = "3d9c1b7e-2f4a-4c8d-9e6b-0a1f2c3d4e5f";
    for (content_type, body, status) in [
        ("application/json", "{not json", 400),
        // An undocumented media type is a 415, answered as the 400 the contract documents
        // (it documents no 415).
        ("text/csv", "a,b", 400),
    ] {
        let r = client
            .post(format!("{}/v1/customers", mock.uri()))
            .header("Authorization", "Bearer t")
            .header("X-Tenant-ID", tenant)
            .header("Idempotency-Key", "0b7e2d64-94c1-4f3e-8a5d-6c2f1e9b3a70")
            .header("Content-Type", content_type)
            .body(body)
            .send()
            .await
            .expect("send");
        assert_eq!(r.status(), status, "{content_type}");
    }

    // No credentials.
    let r = client
        .get(format!("{}/v1/customers", mock.uri()))
        .header("X-Tenant-ID", "3d9c1b7e-2f4a-4c8d-9e6b-0a1f2c3d4e5f")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 401);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn routes_prefer_and_headers() {
    let contract = load(CUSTOMER_HUB);
    let mock = start(contract.clone(), MockOptions::default()).await;
    let client = client();

    let r = client
        .get(format!("{}/v1/nothing-here", mock.uri()))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 404);
    assert_eq!(r.headers()["content-type"], "application/problem+json");

    let r = client
        .patch(format!("{}/v1/customers", mock.uri()))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 405);
    assert!(r.headers().contains_key("allow"));

    // `Prefer: code=404` answers the documented 404 (its example, problem+json).
    let get = contract
        .operation("GET /v1/customers/{customerId}")
        .expect("op");
    let r = request(&client, &mock.uri(), &contract, get)
        .header("Prefer", "code=404")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 404);
    assert_eq!(r.headers()["content-type"], "application/problem+json");

    // The correlation id is echoed; a created resource has a Location.
    let post = contract.operation("POST /v1/customers").expect("op");
    let r = request(&client, &mock.uri(), &contract, post)
        .header("X-Correlation-ID", "corr-12345678")
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 201);
    assert_eq!(r.headers()["x-correlation-id"], "corr-12345678");
    let location = r.headers()["location"].to_str().expect("text").to_string();
    let body: Value = r.json().await.expect("json");
    assert!(
        location.ends_with(&format!(
            "/v1/customers/{}",
            body["id"].as_str().expect("id")
        )),
        "{location}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn latency_is_added() {
    let contract = load(CUSTOMER_HUB);
    let options = MockOptions {
        latency: Duration::from_millis(250),
        ..MockOptions::default()
    };
    let mock = start(contract.clone(), options).await;
    let client = client();
    let op = contract.operation("GET /v1/customers").expect("op");
    let started = Instant::now();
    let r = request(&client, &mock.uri(), &contract, op)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 200);
    assert!(started.elapsed() >= Duration::from_millis(250));
}

async fn statuses(contract: &Arc<Contract>, options: MockOptions, n: usize) -> Vec<u16> {
    let mock = start(contract.clone(), options).await;
    let client = client();
    let op = contract.operation("GET /v1/customers").expect("op");
    let mut out = Vec::new();
    for _ in 0..n {
        let r = request(&client, &mock.uri(), contract, op)
            .send()
            .await
            .expect("send");
        out.push(r.status().as_u16());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_rate_is_deterministic_with_a_seed() {
    let contract = load(CUSTOMER_HUB);
    let options = MockOptions {
        error_rate: 0.5,
        seed: 42,
        ..MockOptions::default()
    };
    let a = statuses(&contract, options.clone(), 60).await;
    let b = statuses(&contract, options, 60).await;
    assert_eq!(a, b, "same seed, same faults");
    let faults = a.iter().filter(|s| **s >= 500).count();
    assert!((15..=45).contains(&faults), "{faults} of 60: {a:?}");
    assert!(a.iter().all(|s| matches!(s, 200 | 500 | 503)), "{a:?}");

    let all = statuses(
        &contract,
        MockOptions {
            error_rate: 1.0,
            ..MockOptions::default()
        },
        10,
    )
    .await;
    assert!(all.iter().all(|s| *s == 500 || *s == 503), "{all:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_answers_429_with_retry_after() {
    let contract = load(CUSTOMER_HUB);
    let mock = start(
        contract.clone(),
        MockOptions {
            rate_limit: Some(5.0),
            ..MockOptions::default()
        },
    )
    .await;
    let client = client();
    let op = contract.operation("GET /v1/customers").expect("op");
    let mut ok = 0;
    let mut limited = 0;
    for _ in 0..20 {
        let r = request(&client, &mock.uri(), &contract, op)
            .send()
            .await
            .expect("send");
        match r.status().as_u16() {
            200 => ok += 1,
            429 => {
                limited += 1;
                assert_eq!(r.headers()["retry-after"], "1");
                assert_eq!(r.headers()["content-type"], "application/problem+json");
                let body: Value = r.json().await.expect("json");
                assert_eq!(body["status"], 429);
            }
            other => panic!("unexpected {other}"),
        }
    }
    assert!((5..=7).contains(&ok), "{ok} allowed");
    assert!(limited >= 13, "{limited} limited");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let r = request(&client, &mock.uri(), &contract, op)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 200, "tokens refill");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn memory_does_not_grow_under_load() {
    let contract = load(CUSTOMER_HUB);
    let mock = start(contract.clone(), MockOptions::default()).await;
    let uri = mock.uri();
    let op_get = contract.operation("GET /v1/customers").expect("op").clone();
    let op_post = contract
        .operation("POST /v1/customers")
        .expect("op")
        .clone();
    let run = |n: usize| {
        let contract = contract.clone();
        let uri = uri.clone();
        let (op_get, op_post) = (op_get.clone(), op_post.clone());
        async move {
            let mut tasks = Vec::new();
            for worker in 0..8 {
                let contract = contract.clone();
                let uri = uri.clone();
                let (op_get, op_post) = (op_get.clone(), op_post.clone());
                tasks.push(tokio::spawn(async move {
                    let client = client();
                    for i in 0..n / 8 {
                        let op = if (i + worker) % 4 == 0 {
                            &op_post
                        } else {
                            &op_get
                        };
                        let r = request(&client, &uri, &contract, op)
                            .send()
                            .await
                            .expect("send");
                        assert!(r.status().is_success());
                        let _ = r.bytes().await;
                    }
                }));
            }
            for t in tasks {
                t.await.expect("worker");
            }
        }
    };
    // Warm up: lazily built validators and responses, allocator arenas, connections.
    run(4_000).await;
    let before = rss_kib().unwrap_or(0);
    run(40_000).await;
    let after = rss_kib().unwrap_or(0);
    // Recording 40,000 requests (~1 KiB each with headers and body) would add ~40 MiB.
    assert!(
        after.saturating_sub(before) < 8 * 1024,
        "RSS grew from {before} KiB to {after} KiB"
    );
}

#[test]
fn engine_answers_without_a_server() {
    let contract = load(CUSTOMER_HUB);
    let engine = MockEngine::new(contract, MockOptions::default());
    let headers = http::HeaderMap::new();
    let r = engine.handle(&MockRequest {
        method: &http::Method::GET,
        path: "/v1/customers",
        query: None,
        headers: &headers,
        body: b"",
    });
    assert_eq!(r.status, 401, "no credentials");
    let _ = MockResponder::new(Arc::new(engine));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wiremock_adapter_serves_the_contract() {
    use wiremock::matchers::any;
    let contract = load(CUSTOMER_HUB);
    let engine = Arc::new(MockEngine::new(contract.clone(), MockOptions::default()));
    let server = wiremock::MockServer::start().await;
    wiremock::Mock::given(any())
        .respond_with(MockResponder::new(engine))
        .mount(&server)
        .await;
    let op = contract.operation("GET /v1/customers").expect("op");
    let r = request(&client(), &server.uri(), &contract, op)
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/json");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn port_in_use_is_a_clear_error() {
    let contract = load(CUSTOMER_HUB);
    let first = start(contract.clone(), MockOptions::default()).await;
    let err = accord_conformance::mock::start(
        contract,
        MockOptions {
            port: first.address().port(),
            ..MockOptions::default()
        },
    )
    .await
    .err()
    .expect("second bind fails");
    assert!(err.to_string().contains("in use"), "{err}");
}

/// A request of an operation told apart by its `X-Amz-Target` selector reaches that
/// operation, and invalid input is refused with a client error the operation documents:
/// AWS contracts document their exceptions as `480`–`489` and no `400`.
#[test]
fn selected_actions_refuse_invalid_input_with_a_documented_status() {
    let contract = load("crates/accord-conformance/tests/fixtures/json-rpc-actions.yaml");
    let engine = MockEngine::new(contract, MockOptions::default());
    let mut headers = http::HeaderMap::new();
    headers.insert("authorization", http::HeaderValue::from_static("AWS4 key"));
    headers.insert(
        "content-type",
        http::HeaderValue::from_static("application/json"),
    );
    let call = |target: &'static str, body: &[u8]| {
        let mut headers = headers.clone();
        headers.insert("x-amz-target", http::HeaderValue::from_static(target));
        engine.handle(&MockRequest {
            method: &http::Method::POST,
            path: "/",
            query: None,
            headers: &headers,
            body,
        })
    };
    let valid = br#"{"CertificateArn": "arn:aws:acm:us-east-1:1:certificate/x"}"#;
    let described = call("CertificateManager.DescribeCertificate", valid);
    assert_eq!(described.status, 200);
    let body: serde_json::Value = serde_json::from_slice(&described.body).expect("JSON");
    assert!(body.get("Certificate").is_some(), "{body}");
    let listed = call("CertificateManager.ListCertificates", b"{}");
    assert_eq!(listed.status, 200);
    assert!(
        serde_json::from_slice::<serde_json::Value>(&listed.body).expect("JSON")
            ["CertificateSummaryList"]
            .is_array()
    );
    let refused = call(
        "CertificateManager.DescribeCertificate",
        br#"{"CertificateArn": 7}"#,
    );
    assert_eq!(refused.status, 480, "the documented client error, not 400");
}
