//! Which transient failures are retried, and for which calls: 500 and connection
//! resets on idempotent methods, POST only with an idempotency key, and the policy
//! set per client and per call.

use accord_runtime::{CallOptions, Client, RetryPolicy, StatusCode};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{builder, client, fast_retry, request_count};

async fn fail_then_ok(server: &MockServer, m: &str, status: u16, times: u64) {
    Mock::given(method(m))
        .and(path("/things"))
        .respond_with(ResponseTemplate::new(status))
        .up_to_n_times(times)
        .mount(server)
        .await;
    Mock::given(method(m))
        .and(path("/things"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(server)
        .await;
}

#[tokio::test]
async fn a_500_on_get_is_retried() {
    let server = MockServer::start().await;
    fail_then_ok(&server, "GET", 500, 2).await;
    let response = client(&server)
        .get("/things")
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(response.body(), &json!({"ok": true}));
    assert_eq!(response.attempts(), 3);
}

#[tokio::test]
async fn every_transient_status_is_retried_by_default() {
    for status in [429, 500, 502, 503, 504] {
        let server = MockServer::start().await;
        fail_then_ok(&server, "GET", status, 1).await;
        let response = client(&server).get("/things").send::<Value>().await;
        assert!(response.is_ok(), "{status}: {response:?}");
        assert_eq!(request_count(&server).await, 2, "{status}");
    }
}

#[tokio::test]
async fn post_is_retried_only_with_an_idempotency_key() {
    let server = MockServer::start().await;
    fail_then_ok(&server, "POST", 500, 1).await;
    let err = client(&server)
        .post("/things")
        .json(&json!({"name": "x"}))
        .send::<Value>()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(request_count(&server).await, 1);

    let server = MockServer::start().await;
    fail_then_ok(&server, "POST", 500, 1).await;
    let response = client(&server)
        .post("/things")
        .json(&json!({"name": "x"}))
        .options(CallOptions::new().idempotency_key("key-1"))
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(response.attempts(), 2);
    let keys: Vec<_> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.headers.get("Idempotency-Key").cloned())
        .collect();
    assert_eq!(keys.len(), 2);
    assert!(
        keys.iter()
            .all(|k| k.as_ref().is_some_and(|v| v == "key-1")),
        "{keys:?}"
    );
}

#[tokio::test]
async fn the_policy_is_set_per_client_and_per_call() {
    let server = MockServer::start().await;
    fail_then_ok(&server, "GET", 503, 10).await;
    // Per client: no retries at all.
    let no_retries = builder(&server)
        .retry(RetryPolicy::none())
        .build_client()
        .unwrap();
    let err = no_retries.get("/things").send::<Value>().await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(request_count(&server).await, 1);
    // Per call: more attempts than the client's policy...
    let response = no_retries
        .get("/things")
        .options(CallOptions::new().retry(fast_retry().max_attempts(20)))
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(response.attempts(), 10);
    // ...or a policy that retries 500 only.
    let server = MockServer::start().await;
    fail_then_ok(&server, "GET", 503, 1).await;
    let err = client(&server)
        .get("/things")
        .options(CallOptions::new().retry(fast_retry().retry_statuses([500])))
        .send::<Value>()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(request_count(&server).await, 1);
}

/// A server whose first `resets` connections are closed as soon as the request
/// arrives (the client sees the connection closed before the response), and
/// whose later connections get `200 {}`. Returns its base URL.
async fn resetting_server(resets: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let mut served = 0;
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let mut buf = [0u8; 4096];
            let _ = socket.read(&mut buf).await;
            if served < resets {
                served += 1;
                drop(socket);
                continue;
            }
            let _ = socket
                .write_all(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}",
                )
                .await;
        }
    });
    url
}

#[tokio::test]
async fn a_connection_reset_is_retried_on_get() {
    let url = resetting_server(2).await;
    let c = Client::builder(url)
        .retry(fast_retry())
        .build_client()
        .unwrap();
    let response = c.get("/x").send::<Value>().await.unwrap();
    assert_eq!(response.attempts(), 3);
}

#[tokio::test]
async fn a_connection_reset_on_post_without_a_key_is_not_retried() {
    let url = resetting_server(1).await;
    let c = Client::builder(url)
        .retry(fast_retry())
        .build_client()
        .unwrap();
    let err = c
        .post("/x")
        .json(&json!({}))
        .send::<Value>()
        .await
        .unwrap_err();
    assert!(
        matches!(err, accord_runtime::Error::Transport(_)),
        "{err:?}"
    );
}
