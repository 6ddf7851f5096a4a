//! `accord mock --record` and `--replay` (issue 18 item 5, issue 21 item 3): a fake vendor
//! on 127.0.0.1 answers some requests as its contract says and some not, with secrets in
//! headers and bodies; the recording proxy in front of it reports exactly the exchanges
//! that do not conform, writes the drift overlay and cassettes holding no secret in any
//! encoding, the same bytes for the same traffic; replaying the cassettes with the vendor
//! gone serves the recorded answers and falls back to the mock for anything else.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use accord_conformance::mock::record::{RecordOptions, Recorder, Replayer};
use accord_conformance::mock::{self, MockOptions};
use accord_spec::Contract;
use base64::Engine as _;
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
      parameters:
        - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Contact'}}
    post:
      operationId: createContact
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewContact'}
      responses:
        "201":
          description: created
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Contact'}
        "400":
          description: invalid
  /contacts/{id}:
    get:
      operationId: getContact
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Contact'}
        "404":
          description: not found
  /sessions:
    post:
      operationId: createSession
      security: [{vendorKey: []}]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [user, password]
              properties:
                user: {type: string}
                password: {type: string}
      responses:
        "200":
          description: a session
          content:
            application/json:
              schema:
                type: object
                required: [token]
                properties:
                  token: {type: string}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    vendorKey: {type: apiKey, in: header, name: X-Vendor-Key}
  schemas:
    NewContact:
      type: object
      required: [name]
      properties:
        name: {type: string}
    Contact:
      type: object
      required: [id, name]
      properties:
        id: {type: string}
        name: {type: string}
        status: {type: string, enum: [active, inactive]}
"##;

/// Every secret of the traffic: what the client sends and what the vendor answers.
const BEARER: &str = "tok_live_4f9a8b7c6d5e";
const VENDOR_KEY: &str = "vk_9d8c7b6a5f4e3d2c";
const QUERY_KEY: &str = "qk/1234+5678";
const PASSWORD: &str = "pa\"ss/word+1";
const COOKIE: &str = "sess_c0ffee1234abcd";
const SESSION_TOKEN: &str = "stk_0a1b2c3d4e5f6a7b";

fn contract() -> Arc<Contract> {
    Arc::new(accord_spec::load_str("vendor-crm.yaml", CONTRACT).expect("the contract loads"))
}

/// The vendor: `GET /contacts` and `POST /sessions` conform; `GET /contacts/c_1` answers
/// an enum value and a property the contract does not know (and echoes the bearer token
/// in a note); `GET /contacts/c_9` fails with 500; `POST /contacts` accepts anything.
async fn vendor() -> MockServer {
    let server = MockServer::start().await;
    let ann = json!({"id": "c_1", "name": "Ann", "status": "active"});
    Mock::given(method("GET"))
        .and(path("/v1/contacts"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Set-Cookie", format!("session={COOKIE}; HttpOnly").as_str())
                .set_body_json(json!([ann])),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/contacts/c_1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "id": "c_1",
            "name": "Ann",
            "status": "archived",
            "region": "emea",
            "note": format!("last read with Bearer {BEARER}"),
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/contacts/c_9"))
        .respond_with(ResponseTemplate::new(500).set_body_string("upstream exploded"))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/contacts"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"id": "c_2", "name": "?"})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/sessions"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"token": SESSION_TOKEN, "expires": 3600})),
        )
        .mount(&server)
        .await;
    server
}

/// One answer as a test reads it.
#[derive(Debug, PartialEq)]
struct Answer {
    status: u16,
    body: Value,
}

/// The traffic of one session, in a fixed order; the answers it got.
async fn traffic(base: &str) -> Vec<Answer> {
    let client = reqwest::Client::new();
    let requests = vec![
        client
            .get(format!(
                "{base}/v1/contacts?limit=2&api_key={}",
                enc(QUERY_KEY)
            ))
            .bearer_auth(BEARER),
        client
            .get(format!("{base}/v1/contacts/c_1"))
            .bearer_auth(BEARER),
        client
            .get(format!("{base}/v1/contacts/c_9"))
            .bearer_auth(BEARER),
        // Invalid (no `name`), and the vendor accepts it.
        client
            .post(format!("{base}/v1/contacts"))
            .bearer_auth(BEARER)
            .json(&json!({"nickname": "Bo"})),
        client
            .post(format!("{base}/v1/sessions"))
            .header("X-Vendor-Key", VENDOR_KEY)
            .json(&json!({"user": "ann", "password": PASSWORD})),
    ];
    let mut answers = Vec::new();
    for request in requests {
        let response = request.send().await.expect("the proxy answers");
        let status = response.status().as_u16();
        let text = response.text().await.expect("a body");
        let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
        answers.push(Answer { status, body });
    }
    answers
}

fn enc(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// Records one session into `dir`; the recorder, once the proxy has stopped, and the
/// answers the client got.
async fn record(dir: &Path) -> (Arc<Recorder>, Vec<Answer>) {
    let vendor = vendor().await;
    let options = RecordOptions {
        cassettes: Some(dir.to_path_buf()),
        drift: true,
        ..RecordOptions::new(format!("{}/v1", vendor.uri()))
    };
    let recorder = Arc::new(Recorder::new(contract(), options).expect("a recorder"));
    let proxy = mock::start_with(contract(), MockOptions::default(), recorder.clone())
        .await
        .expect("the proxy starts");
    let answers = traffic(&proxy.uri()).await;
    proxy.shutdown().await;
    (recorder, answers)
}

/// Every file of `dir`, by name.
fn files(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .expect("the cassette folder")
        .map(|e| e.expect("an entry").path())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).expect("a text file"),
            )
        })
        .collect()
}

/// Every form a secret could take in a file.
fn encodings(secret: &str) -> Vec<(&'static str, String)> {
    let json = serde_json::to_string(secret).unwrap();
    vec![
        ("plain", secret.to_string()),
        ("JSON-escaped", json[1..json.len() - 1].to_string()),
        ("URL-encoded", enc(secret)),
        ("form-encoded", enc(secret).replace("%20", "+")),
        (
            "base64",
            base64::engine::general_purpose::STANDARD.encode(secret),
        ),
        (
            "base64 unpadded",
            base64::engine::general_purpose::STANDARD_NO_PAD.encode(secret),
        ),
        (
            "base64url",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(secret),
        ),
    ]
}

fn assert_no_secret(name: &str, text: &str) {
    for secret in [
        BEARER,
        VENDOR_KEY,
        QUERY_KEY,
        PASSWORD,
        COOKIE,
        SESSION_TOKEN,
    ] {
        for (encoding, form) in encodings(secret) {
            assert!(
                !text.contains(&form),
                "{name} holds the secret {secret:?} {encoding} ({form}):\n{text}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recording_judges_masks_and_replays() {
    let dir = tempfile::tempdir().unwrap();
    let (recorder, answers) = record(dir.path()).await;

    // The client got the vendor's answers, untouched.
    let statuses: Vec<u16> = answers.iter().map(|a| a.status).collect();
    assert_eq!(statuses, [200, 200, 500, 201, 200]);
    assert_eq!(answers[4].body["token"], SESSION_TOKEN);

    // What did not conform, and nothing else: the enum value, the 500, the invalid request
    // the vendor accepted.
    let report = recorder.report();
    let found: Vec<(&str, &str)> = report
        .failures
        .iter()
        .map(|f| (f.operation.as_str(), f.check.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("GET /contacts/{id}", "not_a_server_error"),
            ("GET /contacts/{id}", "response_schema_conformance"),
            ("POST /contacts", "negative_data_rejection"),
        ],
        "{report:#?}"
    );
    assert_eq!(report.requests, 5);
    assert_eq!(report.coverage.operations_exercised, 4);
    let reports = serde_json::to_string(
        &report
            .failures
            .iter()
            .map(|f| (&f.message, &f.reproduction))
            .collect::<Vec<_>>(),
    )
    .unwrap();
    assert_no_secret("the report", &reports);
    let schema = &report.failures[1];
    assert!(schema.message.contains("archived"), "{}", schema.message);
    assert!(
        schema.reproduction.contains("/v1/contacts/c_1")
            && schema.reproduction.contains("$ACCORD_RECORD_AUTHORIZATION"),
        "{}",
        schema.reproduction
    );

    // The drift overlay: what the vendor did beyond the contract, without its values.
    let drift = recorder
        .drift()
        .unwrap()
        .overlay("Vendor CRM", Some("vendor-crm.yaml"))
        .expect("drift was seen");
    assert!(
        drift.contains("region") && drift.contains("archived"),
        "{drift}"
    );
    assert_no_secret("the drift overlay", &drift);

    // Cassettes: one per operation reached, no secret in any encoding.
    let cassettes = files(dir.path());
    assert_eq!(
        cassettes.keys().collect::<Vec<_>>(),
        [
            "createContact.json",
            "createSession.json",
            "getContact.json",
            "listContacts.json"
        ]
    );
    for (name, text) in &cassettes {
        assert_no_secret(name, text);
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(value["format"], "accord.cassette/v1");
    }
    insta::assert_snapshot!("get_contact_cassette", cassettes["getContact.json"]);
    insta::assert_snapshot!("create_session_cassette", cassettes["createSession.json"]);

    // Replay, the vendor gone: the same answers, and the mock's own for anything else.
    let replayer = Replayer::load(dir.path(), &contract()).expect("the cassettes load");
    assert_eq!(replayer.len(), 5);
    let replay = mock::start_with(contract(), MockOptions::default(), Arc::new(replayer))
        .await
        .expect("the replaying mock starts");
    let replayed = traffic(&replay.uri()).await;
    for (i, (live, again)) in answers.iter().zip(&replayed).enumerate() {
        assert_eq!(live.status, again.status, "request {i}");
        if i == 1 {
            // The echoed token is masked in the cassette, so in the replay too.
            assert_eq!(again.body["note"], "last read with ***");
            assert_eq!(again.body["status"], live.body["status"]);
        } else if i == 4 {
            assert_eq!(again.body["token"], "***");
        } else {
            assert_eq!(live.body, again.body, "request {i}");
        }
    }
    let client = reqwest::Client::new();
    let unrecorded = client
        .get(format!("{}/v1/contacts?limit=7", replay.uri()))
        .bearer_auth(BEARER)
        .send()
        .await
        .unwrap();
    assert_eq!(unrecorded.status(), 200);
    let listed: Value = unrecorded.json().await.unwrap();
    assert!(listed.is_array() && listed != answers[0].body, "{listed}");
    let missing = client
        .get(format!("{}/v1/contacts/c_404", replay.uri()))
        .bearer_auth(BEARER)
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404, "the mock's state has no c_404");
    replay.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_traffic_writes_the_same_bytes() {
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    let (a, _) = record(first.path()).await;
    let (b, _) = record(second.path()).await;
    assert_eq!(files(first.path()), files(second.path()));
    let overlay = |r: &Recorder| r.drift().unwrap().overlay("Vendor CRM", None);
    assert_eq!(overlay(&a), overlay(&b));
    // The reproductions name each vendor's own port; everything else is the same.
    let findings = |r: &Recorder| {
        r.report()
            .failures
            .into_iter()
            .map(|f| (f.check, f.operation, f.message))
            .collect::<Vec<_>>()
    };
    assert_eq!(findings(&a), findings(&b));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_api_is_a_bad_gateway_and_a_server_error() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v1", closed.local_addr().unwrap());
    drop(closed);
    let recorder = Arc::new(Recorder::new(contract(), RecordOptions::new(url)).unwrap());
    let proxy = mock::start_with(contract(), MockOptions::default(), recorder.clone())
        .await
        .unwrap();
    let response = reqwest::Client::new()
        .get(format!("{}/v1/contacts", proxy.uri()))
        .bearer_auth(BEARER)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 502);
    let body = response.text().await.unwrap();
    assert!(!body.contains(BEARER), "{body}");
    proxy.shutdown().await;
    let report = recorder.report();
    assert_eq!(report.failures.len(), 1, "{report:#?}");
    assert_eq!(report.failures[0].check, "not_a_server_error");
    assert!(Recorder::new(contract(), RecordOptions::new("ftp://x")).is_err());
}
