//! Request building: path encoding, query styles, headers and bodies.

use accord_runtime::{CallOptions, Multipart};
use serde_json::{Value, json};
use wiremock::matchers::{
    body_json, body_string, body_string_contains, header, method, path, query_param,
};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::client;

#[tokio::test]
async fn path_query_headers_and_json() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/users/a%2Fb/items"))
        .and(query_param("tag", "x"))
        .and(query_param("ids", "1,2,3"))
        .and(query_param("filter[status]", "open"))
        .and(header("X-Custom", "yes"))
        .and(header("X-Default", "d"))
        .and(header("X-Per-Call", "pc"))
        .and(body_json(json!({"name": "n"})))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"id": 7})))
        .expect(1)
        .mount(&server)
        .await;
    // Base URL with a path prefix and a trailing slash.
    let c2 = accord_runtime::Client::new(
        accord_runtime::ClientConfig::builder(format!("{}/v2/", server.uri()))
            .default_header("X-Default", "d")
            .build()
            .unwrap(),
    )
    .unwrap();
    let resp = c2
        .post("/users/{id}/items")
        .path_param("id", "a/b")
        .query_array("tag", ["x"], true)
        .query_array("ids", [1, 2, 3], false)
        .query_opt("absent", None::<u32>)
        .query_deep_object("filter", [("status", "open")])
        .header("X-Custom", "yes")
        .options(CallOptions::new().header("X-Per-Call", "pc"))
        .json(&json!({"name": "n"}))
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(resp.body()["id"], 7);
    let url = &server.received_requests().await.unwrap()[0].url;
    assert!(!url.query().unwrap().contains("absent"));
}

#[tokio::test]
async fn exploded_arrays_repeat_the_name() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    client(&server)
        .get("/x")
        .query_array("id", ["a b", "c"], true)
        .send_empty()
        .await
        .unwrap();
    let url = &server.received_requests().await.unwrap()[0].url;
    assert_eq!(url.query(), Some("id=a%20b&id=c"));
}

#[tokio::test]
async fn form_and_multipart_bodies() {
    let server = MockServer::start().await;
    Mock::given(path("/form"))
        .and(header("Content-Type", "application/x-www-form-urlencoded"))
        .and(body_string("a=1&b=x+y"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/upload"))
        .and(body_string_contains("name=\"title\""))
        .and(body_string_contains("filename=\"a.txt\""))
        .and(body_string_contains("hello file"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/upload"))
        .and(body_string_contains("hello file"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let c = client(&server);
    c.post("/form")
        .form(&[("a", "1"), ("b", "x y")])
        .send_empty()
        .await
        .unwrap();
    // Multipart bodies are rebuilt for the retry.
    let resp = c
        .put("/upload")
        .multipart(Multipart::new().text("title", "T").file(
            "file",
            "a.txt",
            Some("text/plain"),
            b"hello file".to_vec(),
        ))
        .send_empty()
        .await
        .unwrap();
    assert_eq!(resp.attempts(), 2);
}

#[tokio::test]
async fn invalid_input_is_reported_at_send() {
    let server = MockServer::start().await;
    let err = client(&server)
        .get("/users/{id}")
        .header("bad header", "x")
        .send::<Value>()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("bad header"), "{err}");
    let err = client(&server)
        .get("/users/{id}")
        .send::<Value>()
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("missing path parameter `id`"),
        "{err}"
    );
}
