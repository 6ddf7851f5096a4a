//! Correlation ids: caller-supplied, task-local or generated; identical on
//! every attempt; the response's value is exposed.

use accord_runtime::{CallOptions, Client, with_correlation_id};
use serde_json::Value;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{builder, client, fast_retry, header_values};

async fn flaky_get(server: &MockServer, echo: Option<&str>) {
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(server)
        .await;
    let mut ok = ResponseTemplate::new(200).set_body_json(serde_json::json!({}));
    if let Some(e) = echo {
        ok = ok
            .insert_header("X-Correlation-ID", e)
            .insert_header("X-Request-ID", "req-9");
    }
    Mock::given(method("GET"))
        .respond_with(ok)
        .mount(server)
        .await;
}

#[tokio::test]
async fn caller_id_is_sent_on_every_attempt() {
    let server = MockServer::start().await;
    flaky_get(&server, Some("from-server")).await;
    let resp = client(&server)
        .get("/x")
        .options(CallOptions::new().correlation_id("corr-123"))
        .send::<Value>()
        .await
        .unwrap();
    let ids = header_values(&server, "X-Correlation-ID").await;
    assert_eq!(ids, vec![Some("corr-123".to_owned()); 2]);
    assert_eq!(resp.sent_correlation_id(), Some("corr-123"));
    assert_eq!(resp.correlation_id(), Some("from-server"));
    assert_eq!(resp.request_id(), Some("req-9"));
}

#[tokio::test]
async fn generated_id_is_stable_across_retries() {
    let server = MockServer::start().await;
    flaky_get(&server, None).await;
    let resp = client(&server).get("/x").send::<Value>().await.unwrap();
    let ids = header_values(&server, "X-Correlation-ID").await;
    assert_eq!(ids.len(), 2);
    assert!(ids[0].is_some());
    assert_eq!(ids[0], ids[1]);
    // Without an echo, the sent id is exposed.
    assert_eq!(resp.correlation_id(), ids[0].as_deref());
}

#[tokio::test]
async fn task_local_id_and_custom_header() {
    let server = MockServer::start().await;
    flaky_get(&server, None).await;
    let c: Client = builder(&server)
        .correlation_header("X-Trace")
        .retry(fast_retry())
        .build_client()
        .unwrap();
    with_correlation_id("task-7", async {
        c.get("/x").send::<Value>().await.unwrap();
    })
    .await;
    assert_eq!(
        header_values(&server, "X-Trace").await,
        vec![Some("task-7".to_owned()); 2]
    );
    assert!(
        header_values(&server, "X-Correlation-ID")
            .await
            .iter()
            .all(Option::is_none)
    );
}

#[tokio::test]
async fn generation_can_be_disabled() {
    let server = MockServer::start().await;
    flaky_get(&server, None).await;
    let c = builder(&server)
        .generate_correlation_id(false)
        .build_client()
        .unwrap();
    c.get("/x").send::<Value>().await.unwrap();
    assert!(
        header_values(&server, "X-Correlation-ID")
            .await
            .iter()
            .all(Option::is_none)
    );
}
