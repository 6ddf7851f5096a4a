//! Idempotency keys: generated once per call, reused across retries.

use accord_runtime::{CallOptions, StatusCode};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{client, header_values};

async fn flaky_post(server: &MockServer) {
    Mock::given(method("POST"))
        .and(path("/payments"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .mount(server)
        .await;
    Mock::given(method("POST"))
        .and(path("/payments"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"id": "p1"})))
        .mount(server)
        .await;
}

#[tokio::test]
async fn post_with_generated_key_is_retried_with_the_same_key() {
    let server = MockServer::start().await;
    flaky_post(&server).await;
    let resp = client(&server)
        .post("/payments")
        .idempotent()
        .json(&json!({"amount": 10}))
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::CREATED);
    assert_eq!(resp.attempts(), 3);
    let keys = header_values(&server, "Idempotency-Key").await;
    assert_eq!(keys.len(), 3);
    let first = keys[0].clone().expect("key sent");
    assert_eq!(first.len(), 36, "uuid v4: {first}");
    assert!(keys.iter().all(|k| k.as_deref() == Some(first.as_str())));
    assert_eq!(resp.idempotency_key().unwrap().as_str(), first);
}

#[tokio::test]
async fn each_logical_call_gets_its_own_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let c = client(&server);
    c.post("/payments").idempotent().send_empty().await.unwrap();
    c.post("/payments").idempotent().send_empty().await.unwrap();
    let keys = header_values(&server, "Idempotency-Key").await;
    assert_ne!(keys[0], keys[1]);
}

#[tokio::test]
async fn caller_key_and_operation_header_name() {
    let server = MockServer::start().await;
    flaky_post(&server).await;
    client(&server)
        .post("/payments")
        .idempotency_header("X-Idempotency-Token")
        .options(CallOptions::new().idempotency_key("caller-key-1"))
        .send_empty()
        .await
        .unwrap();
    let keys = header_values(&server, "X-Idempotency-Token").await;
    assert_eq!(keys.len(), 3);
    assert!(keys.iter().all(|k| k.as_deref() == Some("caller-key-1")));
    assert!(
        header_values(&server, "Idempotency-Key")
            .await
            .iter()
            .all(Option::is_none)
    );
}

#[tokio::test]
async fn caller_key_makes_a_plain_post_retryable() {
    let server = MockServer::start().await;
    flaky_post(&server).await;
    let resp = client(&server)
        .post("/payments")
        .idempotency_key("k-42")
        .send_empty()
        .await
        .unwrap();
    assert_eq!(resp.attempts(), 3);
    let keys = header_values(&server, "Idempotency-Key").await;
    assert!(keys.iter().all(|k| k.as_deref() == Some("k-42")));
}
