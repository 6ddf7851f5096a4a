//! The mock's cost per request without the network (issue 18, item 6: with state it
//! answers at least 50× Prism's requests per second): a list page, an item read and a
//! create on the bundled Relay CRM contract, through [`MockEngine::handle`] exactly as the
//! HTTP server calls it. A create carries a fresh `Idempotency-Key` each time, so every
//! iteration writes a new resource and the store's eviction runs as under sustained load.
//!
//! `cargo bench -p accord-conformance --bench mock`. The side-by-side figures against
//! Prism come from one load generator over HTTP (see the issue's note); this bench tracks
//! the engine between those runs.

use std::path::Path;
use std::sync::Arc;

use accord_conformance::mock::{MockEngine, MockOptions, MockRequest};
use criterion::{Criterion, criterion_group, criterion_main};
use http::{HeaderMap, HeaderValue, Method};

const CONTRACT: &str = "../../contracts/vendors/relay-crm/v1.yaml";

fn headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("authorization", HeaderValue::from_static("Bearer token"));
    headers.insert("x-relay-tenant", HeaderValue::from_static("tenant-acme"));
    headers
}

fn mock(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(CONTRACT);
    let contract = accord_spec::load(&path).expect("the bundled contract loads");
    let engine = MockEngine::new(Arc::new(contract), MockOptions::default());
    let read = headers();
    let get = |path: &str| {
        let response = engine.handle(&MockRequest {
            method: &Method::GET,
            path,
            query: None,
            headers: &read,
            body: b"",
        });
        assert_eq!(response.status, 200, "{path}");
    };

    let mut group = c.benchmark_group("mock");
    group.bench_function("GET /v1/contacts", |b| b.iter(|| get("/v1/contacts")));
    group.bench_function("GET /v1/contacts/{id}", |b| {
        b.iter(|| get("/v1/contacts/con_8f2k1q"))
    });
    let mut write = headers();
    write.insert("content-type", HeaderValue::from_static("application/json"));
    let body = br#"{"firstName":"Jonas","lastName":"Brandt"}"#;
    let mut key = 0u64;
    group.bench_function("POST /v1/contacts", |b| {
        b.iter(|| {
            key += 1;
            write.insert("idempotency-key", HeaderValue::from(key));
            let response = engine.handle(&MockRequest {
                method: &Method::POST,
                path: "/v1/contacts",
                query: None,
                headers: &write,
                body,
            });
            assert_eq!(response.status, 201);
        })
    });
    group.finish();
}

criterion_group!(benches, mock);
criterion_main!(benches);
