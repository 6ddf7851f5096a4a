//! `--drift`: a test server on 127.0.0.1 that does more than its contract says (an
//! undocumented property, enum value, header and status, a deprecation and a sunset), and
//! the Overlay 1.0 document the run writes about it: complete, free of the values it saw,
//! applicable to the contract, and the same bytes on a second run.

use std::sync::Arc;
use std::time::Duration;

use accord_conformance::RunConfig;
use accord_conformance::drift::Drift;
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

const CONTRACT: &str = r##"openapi: 3.0.3
info: {title: Drifted CRM, version: "1"}
paths:
  /contacts:
    get:
      operationId: listContacts
      responses:
        "200":
          description: ok
          headers:
            X-Total: {schema: {type: integer}}
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Contact'}
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
components:
  schemas:
    Contact:
      type: object
      properties:
        id: {type: string}
        status: {type: string, enum: [active, inactive]}
"##;

/// What the drifted server says about a contact, personal data and a key included.
fn contact() -> serde_json::Value {
    serde_json::json!({
        "id": "c_1",
        "status": "archived",
        "email": "ann.smith@example.com",
        "phone": "+44 20 7946 0958",
        "region": "emea",
        "apiKey": "sk_live_51H8a9c2eZvKYlo2C0",
        "createdAt": "2026-01-02T03:04:05Z",
    })
}

async fn drifted_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/contacts"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("X-Total", "1")
                .insert_header("X-Request-Cost", "3")
                .insert_header("Deprecation", "@1767225600")
                .insert_header("Sunset", "Thu, 31 Dec 2026 23:59:59 GMT")
                .set_body_json(serde_json::json!([contact()])),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path_regex("^/contacts/[^/]+$"))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(serde_json::json!({"error": "no such contact"})),
        )
        .mount(&server)
        .await;
    server
}

async fn drift_of_one_run() -> (String, accord_report::TestReport) {
    let server = drifted_server().await;
    let contract = accord_spec::load_str("crm.yaml", CONTRACT).unwrap();
    let drift = Arc::new(Drift::new());
    let config = RunConfig {
        base_url: server.uri(),
        max_examples: 3,
        seed: 7,
        max_duration: Duration::from_secs(30),
        drift: Some(drift.clone()),
        ..RunConfig::default()
    };
    let report = accord_conformance::run(&contract, &config).await.unwrap();
    (
        drift.overlay("Drifted CRM", Some("crm.yaml")).unwrap(),
        report,
    )
}

#[tokio::test]
async fn a_drifted_api_becomes_an_overlay_without_its_values() {
    let (overlay, report) = drift_of_one_run().await;
    insta::assert_snapshot!(overlay);

    // The deprecation is a finding of its own, with its dates.
    let deprecations: Vec<_> = report
        .failures
        .iter()
        .filter(|f| f.check == "deprecation_conformance")
        .collect();
    assert!(!deprecations.is_empty(), "{:#?}", report.failures);
    assert!(deprecations.iter().all(|f| f.operation == "GET /contacts"));
    assert!(
        deprecations[0].message.contains("@1767225600 = 2026-01-01")
            && deprecations[0].message.contains("= 2026-12-31"),
        "{}",
        deprecations[0].message
    );

    // Secrets and personal values never reach it.
    for value in [
        "ann.smith",
        "example.com",
        "7946",
        "sk_live",
        "emea",
        "no such contact",
        "c_1",
    ] {
        assert!(
            !overlay.contains(value),
            "`{value}` copied into:\n{overlay}"
        );
    }
    // Same API, same requests: same bytes.
    assert_eq!(drift_of_one_run().await.0, overlay);

    // It is an overlay of this contract: every action applies, and adopting it documents
    // what was seen.
    let parsed = accord_spec::Overlay::parse("drift.yaml", &overlay).unwrap();
    let adopted = accord_spec::load_str_overlaid("crm.yaml", CONTRACT, &[parsed]).unwrap();
    assert!(adopted.findings.is_empty(), "{:#?}", adopted.findings);
    let contact = adopted.schemas.get(adopted.components["Contact"]);
    for name in ["email", "phone", "region", "apiKey", "createdAt"] {
        assert!(contact.properties.contains_key(name), "{name}");
    }
    let email = adopted.schemas.get(contact.properties["email"]);
    assert_eq!(email.format.as_deref(), Some("email"));
    let status = adopted.schemas.get(contact.properties["status"]);
    assert!(
        status
            .enum_values
            .as_ref()
            .unwrap()
            .contains(&serde_json::json!("archived"))
    );
    let list = adopted.operation("GET /contacts").unwrap();
    assert!(list.deprecated);
    assert_eq!(list.extensions["x-sunset"], "2026-12-31");
    assert!(list.responses[0].header("x-request-cost").is_some());
    let get = adopted.operation("GET /contacts/{id}").unwrap();
    assert!(
        get.responses
            .iter()
            .any(|r| r.status == accord_spec::StatusKey::Exact(404))
    );
}
