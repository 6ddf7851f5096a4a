//! Form bodies (`application/x-www-form-urlencoded`) between the runner and the mock, in
//! the style Stripe writes them (bracketed `deepObject` keys, `anyOf` members that are
//! words or numbers, `""` to unset): `accord test` against `accord mock` of a tiny contract
//! (`tests/fixtures/form-bodies/`) finds nothing, so what the runner sends as valid the mock
//! reads as valid.

#[path = "mock_support.rs"]
mod mock_support;

use accord_conformance::mock::MockOptions;
use accord_conformance::request;
use mock_support::*;
use serde_json::json;

/// The failures of the runner, with every check and mutations, against a mock of the
/// fixture `name`.
async fn failures_against_own_mock(name: &str) -> Vec<String> {
    let contract = load(&format!(
        "crates/accord-conformance/tests/fixtures/form-bodies/{name}"
    ));
    let mock = start(contract.clone(), MockOptions::default()).await;
    let config = run_config(&contract, mock.uri(), 40);
    let report = accord_conformance::run(&contract, &config)
        .await
        .expect("the run reaches the mock");
    mock.shutdown().await;
    report
        .sorted()
        .into_iter()
        .map(|f| {
            format!(
                "[{}] {}: {}\n    {}",
                f.check, f.operation, f.message, f.reproduction
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_union_of_a_word_and_an_integer_is_read_as_the_integer_it_spells() {
    let failures = failures_against_own_mock("unions.yaml").await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_array_or_object_a_form_cannot_write_is_never_sent_as_valid() {
    let failures = failures_against_own_mock("empty-containers.yaml").await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_form_body_carries_no_empty_array_or_object() {
    let form = "application/x-www-form-urlencoded";
    let value = json!({
        "expand": [],
        "metadata": {},
        "items": [{}, {"price": "p_1", "tax_rates": []}],
        "shipping": {"address": {}},
        "name": "",
    });
    assert_eq!(
        request::carried(form, value.clone()),
        json!({"items": [{"price": "p_1"}], "name": ""})
    );
    assert_eq!(request::carried("application/json", value.clone()), value);
    assert_eq!(request::carried(form, json!({"expand": []})), json!({}));
}
