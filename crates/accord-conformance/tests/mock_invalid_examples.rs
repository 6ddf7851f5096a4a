//! A response example that violates its own schema is not served: the mock answers a
//! generated valid sample instead, notes it once per operation and status, and so
//! conformance against the mock of the same contract passes; valid examples are served
//! verbatim.

#[path = "mock_support.rs"]
mod mock_support;

use std::time::Duration;

use accord_conformance::RunConfig;
use accord_conformance::mock::MockOptions;
use accord_schema::{Direction, Validator};
use accord_spec::Contract;
use mock_support::*;
use serde_json::{Value, json};

const FIXTURE: &str = "crates/accord-conformance/tests/fixtures/invalid-examples.yaml";

/// The body of `GET path` (with `Prefer` when given), as JSON.
async fn get(uri: &str, path: &str, prefer: Option<&str>) -> Value {
    let mut request = client().get(format!("{uri}{path}"));
    if let Some(prefer) = prefer {
        request = request.header("Prefer", prefer);
    }
    let response = request.send().await.expect("response");
    assert_eq!(response.status().as_u16(), 200, "{path}");
    response.json().await.expect("JSON body")
}

/// The issues of `value` against the 200 JSON schema of `op_id`.
fn issues(contract: &Contract, op_id: &str, value: &Value) -> Vec<String> {
    let op = contract
        .operations
        .iter()
        .find(|o| o.operation_id.as_deref() == Some(op_id))
        .expect("operation");
    let schema = op.response("200").expect("200").content[0]
        .schema
        .expect("schema");
    Validator::new(contract, schema, Direction::Response)
        .issues(value)
        .into_iter()
        .map(|i| format!("{}: {}", i.pointer, i.message))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_examples_are_replaced_and_valid_ones_served_verbatim() {
    let contract = load(FIXTURE);
    let mock = start(contract.clone(), MockOptions::default()).await;
    let uri = mock.uri();

    // The first documented example (`negative`) is invalid: a valid sample instead, on
    // every request.
    for _ in 0..3 {
        let order = get(&uri, "/orders/o_9", None).await;
        assert_ne!(order, json!({"id": "o_1", "total": -5}));
        assert_eq!(issues(&contract, "getOrder", &order), Vec::<String>::new());
    }
    // A valid example asked for by name is served as documented.
    let good = get(&uri, "/orders/o_9", Some("example=good")).await;
    assert_eq!(good, json!({"id": "o_2", "total": 3}));
    // The schema-level example of `Customer` is invalid (`name: 42`): generated instead.
    let customers = get(&uri, "/customers", None).await;
    assert_eq!(
        issues(&contract, "listCustomers", &customers),
        Vec::<String>::new()
    );
    assert!(customers["customers"][0]["name"].is_string(), "{customers}");
    // A valid media-type example is served verbatim.
    let products = get(&uri, "/products", None).await;
    assert_eq!(products, json!([{"sku": "SKU-1", "name": "Kettle"}]));

    // One note per operation and status, however many requests it answered.
    let notes = mock.engine().notes();
    assert_eq!(notes.len(), 2, "{notes:#?}");
    assert!(
        notes[0].starts_with("GET /orders/{id} 200: the documented example `negative` violates")
            && notes[0].contains("/total"),
        "{}",
        notes[0]
    );
    assert!(
        notes[1].starts_with("GET /customers 200: the example of the schema at /customers/0")
            && notes[1].contains("/customers/0/name"),
        "{}",
        notes[1]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conformance_against_the_mock_of_the_same_contract_passes() {
    let contract = load(FIXTURE);
    let mock = start(
        contract.clone(),
        MockOptions {
            seed: 1,
            validate_requests: false,
            ..MockOptions::default()
        },
    )
    .await;
    let config = RunConfig {
        base_url: mock.uri(),
        max_examples: 5,
        seed: 1,
        max_duration: Duration::from_secs(60),
        allow_mutations: true,
        checks: [
            "not_a_server_error",
            "status_code_conformance",
            "content_type_conformance",
            "response_schema_conformance",
        ]
        .iter()
        .map(|c| c.to_string())
        .collect(),
        ..RunConfig::default()
    };
    let report = accord_conformance::run(&contract, &config).await.unwrap();
    assert_eq!(report.operations, 3);
    assert!(report.failures.is_empty(), "{:#?}", report.failures);
}
