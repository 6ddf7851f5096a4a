//! Tenancy: header injection and path parameter filling.

use accord_runtime::{CallOptions, Error, Tenant};
use serde_json::Value;
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::builder;

#[tokio::test]
async fn tenant_header_is_injected() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header("X-Tenant-ID", "acme"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([])))
        .expect(1)
        .mount(&server)
        .await;
    let c = builder(&server)
        .tenant(Tenant::header("X-Tenant-ID", "acme"))
        .build_client()
        .unwrap();
    c.get("/orders").send::<Value>().await.unwrap();
}

#[tokio::test]
async fn operation_declared_path_param_and_per_call_override() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/companies/acme/invoices"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([])))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/companies/globex%20corp/invoices"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([])))
        .expect(1)
        .mount(&server)
        .await;
    let c = builder(&server)
        .tenant(Tenant::new("acme"))
        .build_client()
        .unwrap();
    c.get("/companies/{companyId}/invoices")
        .tenant_path_param("companyId")
        .send::<Value>()
        .await
        .unwrap();
    c.get("/companies/{companyId}/invoices")
        .tenant_path_param("companyId")
        .options(CallOptions::new().tenant("globex corp"))
        .send::<Value>()
        .await
        .unwrap();
}

#[tokio::test]
async fn operation_header_placement_overrides_client_placement() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header("X-Company", "acme"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let c = builder(&server)
        .tenant(Tenant::path_param("companyId", "acme"))
        .build_client()
        .unwrap();
    c.get("/things")
        .tenant_header("X-Company")
        .send_empty()
        .await
        .unwrap();
}

#[tokio::test]
async fn missing_tenant_path_param_is_a_clear_error() {
    let server = MockServer::start().await;
    let c = builder(&server).build_client().unwrap();
    let err = c
        .get("/companies/{companyId}/invoices")
        .tenant_path_param("companyId")
        .send::<Value>()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::InvalidRequest(ref m) if m.contains("tenant")),
        "{err}"
    );
}
