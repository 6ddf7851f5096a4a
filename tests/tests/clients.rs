//! Generated clients end to end: the golden `customer-hub-client` crate (generated
//! from contracts/internal/customer-hub/v1.yaml) against a wiremock server of the
//! same contract. Create, get, list with cursor pagination and a problem+json
//! error, asserting that the tenant, correlation and idempotency headers the
//! contract declares were sent.

use customer_hub_client::client::ListCustomersParams;
use customer_hub_client::types::{CustomerCreate, CustomerStatus, CustomerType};
use customer_hub_client::{CallOptions, Client, Tenant};
use serde_json::{Value, json};
use wiremock::matchers::{body_partial_json, header, header_exists, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TENANT: &str = "7f0c2a4e-1111-4c1d-9a1e-3f1b2c3d4e5f";

fn customer(id: &str, status: &str) -> Value {
    json!({
        "id": id,
        "type": "organization",
        "displayName": format!("Customer {id}"),
        "status": status,
        "externalIds": {"relay-crm": "con_1"},
        "createdAt": "2025-09-01T00:00:00Z",
        "updatedAt": "2025-09-02T00:00:00Z"
    })
}

fn client(server: &MockServer) -> Client {
    let runtime = Client::builder(server.uri())
        .tenant(Tenant::new(TENANT))
        .build_client()
        .expect("client builds");
    Client::from_runtime(runtime).with_options(CallOptions::new().correlation_id("corr-42"))
}

fn has_header(r: &Request, name: &str, value: &str) -> bool {
    r.headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == value)
}

#[tokio::test]
async fn create_get_list_against_a_mock_of_the_contract() {
    let server = MockServer::start().await;
    let id = "0b6f4c8e-2222-4d5e-8f90-123456789abc";
    Mock::given(method("POST"))
        .and(path("/v1/customers"))
        .and(header("X-Tenant-ID", TENANT))
        .and(header_exists("Idempotency-Key"))
        .and(body_partial_json(
            json!({"type": "organization", "displayName": "Nordwind GmbH"}),
        ))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header("X-Correlation-ID", "corr-42")
                .set_body_json(customer(id, "prospect")),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(format!("/v1/customers/{id}")))
        .and(header("X-Tenant-ID", TENANT))
        // A status a newer version of the contract added.
        .respond_with(ResponseTemplate::new(200).set_body_json(customer(id, "archived")))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param("cursor", "c2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [customer("c", "active")],
            "nextCursor": null
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/customers"))
        .and(query_param("limit", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [customer("a", "active"), customer("b", "unknown")],
            "nextCursor": "c2"
        })))
        .with_priority(10)
        .mount(&server)
        .await;

    let api = client(&server);
    let body = CustomerCreate {
        type_: CustomerType::Organization,
        display_name: "Nordwind GmbH".into(),
        given_name: None,
        family_name: None,
        company_name: None,
        email: None,
        phone: None,
        account_id: None,
        billing_address: None,
        currency: None,
    };
    let created = api.create_customer(&body).await.expect("create");
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.body().id, id);
    assert_eq!(created.body().status, CustomerStatus::Prospect);
    assert_eq!(created.correlation_id(), Some("corr-42"));
    assert!(created.idempotency_key().is_some());

    let got = api.get_customer(id).await.expect("get");
    assert_eq!(
        got.body().status,
        CustomerStatus::Unknown("archived".into())
    );

    let page = api
        .list_customers(ListCustomersParams::default().limit(2))
        .await
        .expect("list");
    assert_eq!(page.body().data.len(), 2);
    assert_eq!(page.body().data[1].status, CustomerStatus::UnknownValue);
    assert_eq!(page.body().next_cursor.as_deref(), Some("c2"));

    let all = api
        .list_customers_pages(ListCustomersParams::default().limit(2))
        .collect_all()
        .await
        .expect("all pages");
    let ids: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);

    let requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 5);
    for r in &requests {
        assert!(
            has_header(r, "X-Tenant-ID", TENANT),
            "{} {}",
            r.method,
            r.url
        );
        assert!(
            has_header(r, "X-Correlation-ID", "corr-42"),
            "{} {}",
            r.method,
            r.url
        );
    }
    let posts: Vec<&Request> = requests
        .iter()
        .filter(|r| r.method.as_str() == "POST")
        .collect();
    assert_eq!(posts.len(), 1);
    let key = posts[0]
        .headers
        .get("Idempotency-Key")
        .expect("idempotency key");
    assert!(!key.is_empty());
    // GETs carry no idempotency key.
    assert!(
        requests
            .iter()
            .filter(|r| r.method.as_str() == "GET")
            .all(|r| r.headers.get("Idempotency-Key").is_none())
    );
}

#[tokio::test]
async fn problem_json_errors_are_typed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/customers/missing"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("Content-Type", "application/problem+json")
                .set_body_raw(
                    json!({
                        "type": "https://errors.accord.example/not-found",
                        "title": "Customer not found",
                        "status": 404,
                        "correlationId": "corr-42"
                    })
                    .to_string(),
                    "application/problem+json",
                ),
        )
        .mount(&server)
        .await;
    let err = client(&server)
        .get_customer("missing")
        .await
        .expect_err("404 is an error");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    let problem = err.body().expect("typed error body");
    assert_eq!(problem.title, "Customer not found");
    assert_eq!(problem.status, 404);
    assert_eq!(
        err.problem().map(|p| p.title.clone()),
        Some(Some("Customer not found".to_string()))
    );
}
