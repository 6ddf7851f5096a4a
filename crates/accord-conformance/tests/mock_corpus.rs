//! Every OpenAPI document of the shared corpus (real vendor contracts: Stripe, Twilio,
//! Adyen, ...) can be mocked: the mock starts and answers a request to every operation
//! without panicking, hanging or failing itself (500).

#[path = "mock_support.rs"]
mod mock_support;

use std::time::Duration;

use accord_conformance::mock::MockOptions;
use mock_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_corpus_document_can_be_mocked() {
    let paths = accord_testkit::corpus_documents(&["openapi"]);
    let client = client();
    let mut served = 0;
    for path in &paths {
        let contract = match accord_spec::load(path) {
            Ok(c) => c,
            Err(e) if e.kind == accord_spec::LoadErrorKind::NotAContract => continue,
            Err(e) => panic!("a corpus document does not load: {e}"),
        };
        if !contract.kind.is_openapi() {
            continue;
        }
        let contract = std::sync::Arc::new(contract);
        let mock = start(contract.clone(), MockOptions::default()).await;
        // Every operation (about 1,600 requests over the corpus).
        let ops = &contract.operations;
        for op in ops {
            let response = tokio::time::timeout(
                Duration::from_secs(30),
                request(&client, &mock.uri(), &contract, op).send(),
            )
            .await
            .unwrap_or_else(|_| panic!("{}: {} timed out", path.display(), op.key()))
            .unwrap_or_else(|e| panic!("{}: {}: {e}", path.display(), op.key()));
            let status = response.status().as_u16();
            let _ = response.bytes().await;
            assert!(
                (100..600).contains(&status) && status != 500,
                "{}: {}: {status}",
                path.display(),
                op.key()
            );
        }
        eprintln!(
            "{}: {} operations",
            path.display(),
            contract.operations.len()
        );
        served += 1;
        mock.shutdown().await;
    }
    eprintln!("mocked {served} of {} corpus documents", paths.len());
    assert!(served > 0, "no corpus document was mocked");
}
