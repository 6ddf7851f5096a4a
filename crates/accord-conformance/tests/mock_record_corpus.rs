//! Recording on a real contract: `accord test` (every check, two tenants, mutations) runs
//! through the recording proxy against `accord mock` of Apideck's CRM standing in for the
//! live API. The proxy judges the same exchanges with the same checks as the run, so what
//! it finds about the answers is what the run finds (the mock of that contract does not yet
//! pass its own suite, which gives both something to find); its cassettes hold none of the
//! credentials; replaying them answers every recorded request as it was answered.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use accord_conformance::mock::record::{RecordOptions, Recorder, Replayer};
use accord_conformance::mock::{self, MockOptions};
use accord_conformance::{RunConfig, Tenant};
use serde_json::Value;

/// Checks that judge an answer by itself, whatever the request meant to test.
const ANSWER_CHECKS: [&str; 4] = [
    "not_a_server_error",
    "content_type_conformance",
    "response_schema_conformance",
    "response_headers_conformance",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accord_test_through_the_recorder_on_a_corpus_contract() {
    let Some(corpus) = accord_testkit::corpus() else {
        return;
    };
    let path = corpus.join("openapi/apideck/crm@10.34.0.yml");
    let contract = Arc::new(accord_spec::load(&path).expect("the CRM loads"));
    let live = mock::start(contract.clone(), MockOptions::default())
        .await
        .expect("the stand-in API starts");
    let dir = tempfile::tempdir().unwrap();
    let options = RecordOptions {
        cassettes: Some(dir.path().to_path_buf()),
        drift: true,
        ..RecordOptions::new(live.uri())
    };
    let recorder = Arc::new(Recorder::new(contract.clone(), options).unwrap());
    let proxy = mock::start_with(contract.clone(), MockOptions::default(), recorder.clone())
        .await
        .unwrap();
    let headers = mock::placeholder_credentials(&contract);
    let tenants: Vec<Tenant> = ["alpha", "beta"]
        .iter()
        .map(|name| Tenant {
            name: name.to_string(),
            header: mock::tenant_credential(&contract, name),
        })
        .collect();
    let mut secrets: Vec<String> = headers.iter().map(|(_, v)| v.clone()).collect();
    secrets.extend(tenants.iter().map(|t| t.header.1.clone()));
    let config = RunConfig {
        base_url: proxy.uri(),
        headers,
        tenants,
        allow_mutations: true,
        max_examples: 1,
        seed: 7,
        max_shrink_steps: 0,
        max_duration: Duration::from_secs(600),
        ..RunConfig::default()
    };
    let run = accord_conformance::run(&contract, &config)
        .await
        .expect("the run reaches the proxy");
    proxy.shutdown().await;
    live.shutdown().await;

    let recorded = recorder.report();
    assert!(
        recorded.requests * 10 >= run.requests * 9,
        "the proxy judged {} of the run's {} requests",
        recorded.requests,
        run.requests
    );
    assert_eq!(
        recorded.coverage.operations_exercised, run.coverage.operations_exercised,
        "the proxy saw the operations the run exercised"
    );
    let answer_failures = |failures: &[accord_report::TestFailure]| -> BTreeSet<(String, String)> {
        failures
            .iter()
            .filter(|f| ANSWER_CHECKS.contains(&f.check.as_str()))
            .map(|f| (f.operation.clone(), f.check.clone()))
            .collect()
    };
    // The proxy finds nothing the run does not, and nearly all it does. The mock of this
    // contract now conforms to it (tests/mock_self_consistency.rs), so both may be empty;
    // tests/mock_record.rs proves the findings against a vendor that misbehaves.
    let by_proxy = answer_failures(&recorded.failures);
    let by_run = answer_failures(&run.failures);
    assert!(
        by_proxy.is_subset(&by_run),
        "the proxy alone finds {:?}",
        by_proxy.difference(&by_run).collect::<Vec<_>>()
    );
    assert!(
        by_proxy.len() * 10 >= by_run.len() * 9,
        "the proxy finds {by_proxy:?}, the run {by_run:?}"
    );

    let mut interactions = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for secret in &secrets {
            let token = secret.rsplit(' ').next().unwrap();
            assert!(
                !text.contains(token),
                "{} holds the credential {secret}",
                path.display()
            );
        }
        let cassette: Value = serde_json::from_str(&text).unwrap();
        interactions += cassette["interactions"].as_array().unwrap().len();
    }
    assert!(interactions > contract.operations.len(), "{interactions}");

    // Every distinct GET recorded first is answered by the replay as it was recorded.
    let replayer = Replayer::load(dir.path(), &contract).unwrap();
    let replay = mock::start_with(contract.clone(), MockOptions::default(), Arc::new(replayer))
        .await
        .unwrap();
    let client = reqwest::Client::new();
    let mut replayed = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let cassette: Value = serde_json::from_str(&text).unwrap();
        let Some(first) = cassette["interactions"].as_array().unwrap().first() else {
            continue;
        };
        let request = &first["request"];
        if request["method"] != "GET" {
            continue;
        }
        let mut url = format!("{}{}", replay.uri(), request["path"].as_str().unwrap());
        if let Some(query) = request["query"].as_str() {
            url = format!("{url}?{query}");
        }
        let response = client.get(&url).send().await.unwrap();
        assert_eq!(
            response.status().as_u16() as u64,
            first["response"]["status"].as_u64().unwrap(),
            "{url}"
        );
        if let Some(body) = first["response"].get("body") {
            let served: Value = response.json().await.unwrap();
            assert_eq!(&served, body, "{url}");
        }
        replayed += 1;
    }
    assert!(replayed > 10, "{replayed}");
    replay.shutdown().await;
}
