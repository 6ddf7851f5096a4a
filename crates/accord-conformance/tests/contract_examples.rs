//! A contract example that fails its own schema is a contract finding of `accord test`,
//! never valid data the API is blamed for refusing: against an API that accepts exactly
//! what the contract allows, the invalid parameter and body examples are reported as
//! `invalid-example` at their lines, valid data is sent in their place (the valid example
//! verbatim), nothing fails and the run passes. What users see is snapshotted.

use std::time::Duration;

use accord_conformance::RunConfig;
use accord_report::{Format, RenderOptions, TestReport};
use accord_schema::{Direction, Validator};
use accord_spec::Contract;
use serde_json::{Value, json};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate, matchers::any};

const FIXTURE: &str = "tests/fixtures/contract-examples.yaml";

fn contract() -> Contract {
    accord_spec::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE))
        .expect("fixture loads")
}

/// An API that accepts exactly what its contract allows: `400` for an invalid `StartTime`
/// or body, the documented answer otherwise.
struct StrictApi {
    start_time: Validator,
    new_call: Validator,
}

impl StrictApi {
    fn new(contract: &Contract) -> Self {
        let list = contract.operation("GET /calls").expect("list");
        let create = contract.operation("POST /calls").expect("create");
        let start_time = list.parameters[0].schema.expect("StartTime schema");
        let new_call = create.request_body.as_ref().expect("body").content[0]
            .schema
            .expect("body schema");
        StrictApi {
            start_time: Validator::new(contract, start_time, Direction::Request),
            new_call: Validator::new(contract, new_call, Direction::Request),
        }
    }
}

impl Respond for StrictApi {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let invalid = ResponseTemplate::new(400);
        match request.method.as_str() {
            "GET" => match start_time(request) {
                Some(t) if self.start_time.is_valid(&Value::String(t.clone())) => {
                    ResponseTemplate::new(200)
                        .set_body_json(json!({"calls": [{"sid": "CA1", "to": "+13051913580"}]}))
                }
                _ => invalid,
            },
            "POST" => match serde_json::from_slice::<Value>(&request.body) {
                Ok(body) if self.new_call.is_valid(&body) => ResponseTemplate::new(201)
                    .set_body_json(json!({"sid": "CA2", "to": body["to"]})),
                _ => invalid,
            },
            _ => ResponseTemplate::new(405),
        }
    }
}

fn start_time(request: &Request) -> Option<String> {
    request
        .url
        .query_pairs()
        .find(|(k, _)| k == "StartTime")
        .map(|(_, v)| v.into_owned())
}

async fn run() -> (TestReport, Vec<Request>) {
    let contract = contract();
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(StrictApi::new(&contract))
        .mount(&server)
        .await;
    let config = RunConfig {
        base_url: server.uri(),
        allow_mutations: true,
        max_examples: 10,
        seed: 1,
        max_requests: 500,
        max_duration: Duration::from_secs(60),
        ..RunConfig::default()
    };
    let report = accord_conformance::run(&contract, &config)
        .await
        .expect("the run happens");
    let received = server.received_requests().await.expect("recorded");
    (report, received)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_examples_are_contract_findings_and_valid_data_is_sent() {
    let (report, received) = run().await;

    // One finding per invalid example, at its place in the contract, in report order.
    let found: Vec<(&str, &str, String, &str)> = report
        .contract
        .iter()
        .map(|f| {
            (
                f.id.as_str(),
                f.operation.as_str(),
                f.place(),
                f.location.pointer.as_str(),
            )
        })
        .collect();
    let file = report.contract[0].location.file.clone();
    assert!(file.ends_with(FIXTURE), "{file}");
    assert_eq!(
        found,
        [
            (
                "invalid-example",
                "GET /calls",
                format!("{file}:18:22"),
                "/paths/~1calls/get/parameters/0/examples/readFullPage/value",
            ),
            (
                "invalid-example",
                "POST /calls",
                format!("{file}:36:22"),
                "/paths/~1calls/post/requestBody/content/application~1json/example",
            ),
        ]
    );
    assert_eq!(report.contract[1].error.pointer, "/to");

    // Not the API's failure: nothing fails, `positive_data_acceptance` least of all, and
    // the run passes.
    assert!(
        report.failures.is_empty(),
        "{}",
        accord_report::render(&report, Format::Text, &RenderOptions::default())
    );
    assert_eq!(report.exit_code(), 0);

    // Valid data went in their place: the valid example verbatim, valid generated times,
    // and valid bodies the API created calls from.
    let api = StrictApi::new(&contract());
    let times: Vec<String> = received.iter().filter_map(start_time).collect();
    assert!(
        times.iter().any(|t| t == "2008-01-02T10:00:00Z"),
        "{times:?}"
    );
    let valid_times = times
        .iter()
        .filter(|t| api.start_time.is_valid(&Value::String(t.to_string())))
        .count();
    assert!(valid_times > 1, "{times:?}");
    let valid_bodies = received
        .iter()
        .filter(|r| r.method.as_str() == "POST")
        .filter_map(|r| serde_json::from_slice::<Value>(&r.body).ok())
        .filter(|b| api.new_call.is_valid(b))
        .count();
    assert!(valid_bodies > 0);

    insta::assert_snapshot!("text", stable(&report, Format::Text));
    // The JSON's contract part: the findings and their count beside the failures'.
    let json: Value = serde_json::from_str(&stable(&report, Format::Json)).expect("JSON");
    insta::assert_json_snapshot!(
        "json",
        json!({
            "contract_findings": json["contract_findings"],
            "summary": {
                "failures": json["summary"]["failures"],
                "contract_findings": json["summary"]["contract_findings"],
            },
        })
    );
}

/// The report in `format` with the duration zeroed and the crate's folder left out.
fn stable(report: &TestReport, format: Format) -> String {
    let mut report = report.clone();
    report.duration_ms = 0;
    let text = accord_report::render(&report, format, &RenderOptions::default());
    text.replace(env!("CARGO_MANIFEST_DIR"), "<crate>")
}
