//! `accord mock --record URL` and `--replay DIR` as a user runs them: the binary in front of
//! a fake vendor on 127.0.0.1, stopped with Ctrl-C (SIGINT), writing its report, drift
//! overlay and cassettes; then the binary replaying the cassettes with the vendor gone.

#![cfg(unix)]

mod common;

use common::{interrupt, serve};

use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const CONTRACT: &str = r##"openapi: 3.0.3
info: {title: Vendor CRM, version: "1"}
servers: [{url: "https://api.vendor.example/v1"}]
security: [{bearer: []}]
paths:
  /contacts:
    get:
      operationId: listContacts
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: array
                items:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string}
                    status: {type: string, enum: [active, inactive]}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
"##;

const TOKEN: &str = "tok_live_cli_7e6d5c4b3a";
const COOKIE: &str = "sess_cli_0f1e2d3c4b5a";

async fn list(client: &reqwest::Client, base: &str) -> (u16, Value) {
    let response = client
        .get(format!("{base}/v1/contacts"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .expect("an answer");
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn record_with_the_cli_then_replay_offline() {
    let vendor = MockServer::start().await;
    let body = json!([{"id": "c_1", "status": "archived", "region": "emea"}]);
    Mock::given(method("GET"))
        .and(path("/v1/contacts"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Set-Cookie", format!("session={COOKIE}").as_str())
                .set_body_json(body.clone()),
        )
        .mount(&vendor)
        .await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("crm.yaml"), CONTRACT).unwrap();
    let upstream = format!("{}/v1", vendor.uri());
    let (child, url) = serve(
        dir.path(),
        &[
            "mock",
            "crm.yaml",
            "--port",
            "0",
            "--record",
            &upstream,
            "--cassettes",
            "cassettes",
            "--drift",
            "drift.yaml",
            "--format",
            "json",
            "--output",
            "report.json",
        ],
    );
    let client = reqwest::Client::new();
    assert_eq!(list(&client, &url).await, (200, body.clone()));
    let out = interrupt(child);
    let (code, stderr) = (out.status.code(), common::stderr(&out));
    assert_eq!(
        code,
        Some(1),
        "a non-conforming exchange fails the run: {stderr}"
    );
    assert!(
        stderr.contains("GET /contacts: response_schema_conformance"),
        "{stderr}"
    );

    let report: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("report.json")).unwrap())
            .unwrap();
    assert_eq!(report["format"], "accord.test/v1");
    let checks: Vec<&str> = report["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["check"].as_str().unwrap())
        .collect();
    assert_eq!(checks, ["response_schema_conformance"], "{report}");
    let drift = std::fs::read_to_string(dir.path().join("drift.yaml")).unwrap();
    assert!(drift.starts_with("overlay: 1.0.0"), "{drift}");
    assert!(
        drift.contains("region") && drift.contains("archived"),
        "{drift}"
    );
    let cassette = std::fs::read_to_string(dir.path().join("cassettes/listContacts.json")).unwrap();
    for secret in [TOKEN, COOKIE] {
        assert!(
            !cassette.contains(secret) && !drift.contains(secret),
            "{cassette}"
        );
    }

    drop(vendor);
    let (child, url) = serve(
        dir.path(),
        &["mock", "crm.yaml", "--port", "0", "--replay", "cassettes"],
    );
    assert_eq!(list(&client, &url).await, (200, body));
    let out = interrupt(child);
    let (code, stderr) = (out.status.code(), common::stderr(&out));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.contains("replaying 1 recorded request from cassettes"),
        "{stderr}"
    );
}
