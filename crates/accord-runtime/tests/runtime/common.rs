//! Shared helpers: fast retry policies and clients pointed at a mock server.

use std::time::Duration;

use accord_runtime::{Client, ClientConfigBuilder, RetryPolicy};
use wiremock::MockServer;

/// Millisecond-scale retries; `Retry-After: N` waits N ms.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy::new()
        .max_attempts(3)
        .base_delay(Duration::from_millis(1))
        .max_delay(Duration::from_millis(50))
        .retry_after_unit(Duration::from_millis(1))
}

/// A builder for a client of `server` with fast retries and short timeouts.
pub fn builder(server: &MockServer) -> ClientConfigBuilder {
    Client::builder(server.uri())
        .retry(fast_retry())
        .request_timeout(Duration::from_secs(2))
        .total_timeout(Duration::from_secs(10))
}

/// A client of `server` with fast retries.
pub fn client(server: &MockServer) -> Client {
    builder(server).build_client().unwrap()
}

/// The values of header `name` on every request the server received.
pub async fn header_values(server: &MockServer, name: &str) -> Vec<Option<String>> {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| {
            r.headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        })
        .collect()
}

/// Number of requests the server received.
pub async fn request_count(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}
