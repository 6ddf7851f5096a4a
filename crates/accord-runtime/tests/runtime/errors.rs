//! Typed errors: RFC 9457 problems, truncated bodies, deserialization
//! snippets, correlation and request ids.

use accord_runtime::{Error, StatusCode};
use serde::Deserialize;
use serde_json::{Value, json};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{builder, client};

#[tokio::test]
async fn problem_json_is_parsed_into_the_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(403)
                .insert_header("X-Request-ID", "req-77")
                .insert_header("X-Correlation-ID", "corr-echo")
                .set_body_raw(
                    json!({
                        "type": "https://example.com/probs/out-of-credit",
                        "title": "You do not have enough credit.",
                        "status": 403,
                        "detail": "Your current balance is 30, but that costs 50.",
                        "instance": "/account/12345/msgs/abc",
                        "balance": 30,
                    })
                    .to_string(),
                    "application/problem+json",
                ),
        )
        .mount(&server)
        .await;
    let err = client(&server)
        .get("/account/{id}")
        .path_param("id", 12345)
        .operation_id("getAccount")
        .send::<Value>()
        .await
        .unwrap_err();
    let problem = err.problem().expect("problem parsed");
    assert_eq!(
        problem.type_uri(),
        "https://example.com/probs/out-of-credit"
    );
    assert_eq!(
        problem.title.as_deref(),
        Some("You do not have enough credit.")
    );
    assert_eq!(problem.status, Some(403));
    assert_eq!(problem.instance.as_deref(), Some("/account/12345/msgs/abc"));
    assert_eq!(problem.extension::<u32>("balance"), Some(30));
    assert_eq!(err.status(), Some(StatusCode::FORBIDDEN));
    assert_eq!(err.request_id(), Some("req-77"));
    assert_eq!(err.correlation_id(), Some("corr-echo"));
    let msg = err.to_string();
    assert!(msg.contains("You do not have enough credit"), "{msg}");
    assert!(
        msg.contains("req-77") && msg.contains("getAccount"),
        "{msg}"
    );
}

#[tokio::test]
async fn plain_error_body_is_kept_truncated() {
    let server = MockServer::start().await;
    let long = "x".repeat(50_000);
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(500).set_body_string(long))
        .mount(&server)
        .await;
    let c = builder(&server)
        .max_error_body_bytes(1024)
        .build_client()
        .unwrap();
    let err = c.get("/boom").send::<Value>().await.unwrap_err();
    let Error::Status(s) = &err else {
        panic!("expected status error, got {err:?}")
    };
    assert!(s.problem.is_none());
    assert!(s.body_truncated);
    assert_eq!(s.body.as_ref().unwrap().len(), 1024);
    assert!(err.to_string().len() < 600);
}

#[tokio::test]
async fn typed_error_body_can_be_read() {
    #[derive(Deserialize)]
    struct VendorError {
        code: String,
    }
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(422).set_body_json(json!({"code": "E42"})))
        .mount(&server)
        .await;
    let err = client(&server).get("/x").send::<Value>().await.unwrap_err();
    let Error::Status(s) = err else { panic!() };
    assert_eq!(s.json::<VendorError>().unwrap().code, "E42");
}

#[tokio::test]
async fn deserialize_error_has_a_snippet() {
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct User {
        id: u64,
        name: String,
    }
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw(r#"{"id": 1, "name": 42}"#, "application/json"),
        )
        .mount(&server)
        .await;
    let err = client(&server).get("/u").send::<User>().await.unwrap_err();
    let Error::Deserialize(d) = &err else {
        panic!("expected deserialize error, got {err:?}")
    };
    assert!(d.snippet.contains("\"name\": 42"), "{}", d.snippet);
    assert_eq!(d.status, StatusCode::OK);
    assert!(err.to_string().contains("invalid type"), "{err}");
}

#[tokio::test]
async fn empty_bodies_decode_as_unit_or_none() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let c = client(&server);
    c.delete("/x").send::<()>().await.unwrap();
    let none = c.delete("/x").send::<Option<Value>>().await.unwrap();
    assert!(none.body().is_none());
}
