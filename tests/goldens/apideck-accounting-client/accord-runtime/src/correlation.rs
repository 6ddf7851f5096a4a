//! Correlation ids: taken from the caller (per call via
//! [`CallOptions`](crate::CallOptions), or for a whole task via
//! [`with_correlation_id`]) or generated, and sent on every attempt.

use std::future::Future;

use reqwest::header::HeaderName;

/// The default correlation header name.
pub const DEFAULT_CORRELATION_HEADER: &str = "X-Correlation-ID";

/// The default header read for the server's request id.
pub const DEFAULT_REQUEST_ID_HEADER: &str = "X-Request-ID";

tokio::task_local! {
    static CURRENT_CORRELATION_ID: String;
}

/// Runs `fut` with `id` as the correlation id of every call it makes (unless
/// a call sets its own through [`CallOptions`](crate::CallOptions)).
pub async fn with_correlation_id<F: Future>(id: impl Into<String>, fut: F) -> F::Output {
    CURRENT_CORRELATION_ID.scope(id.into(), fut).await
}

/// The correlation id set by [`with_correlation_id`] for the current task.
pub fn current_correlation_id() -> Option<String> {
    CURRENT_CORRELATION_ID.try_with(Clone::clone).ok()
}

/// Generates a fresh correlation id (UUID v4).
pub fn generate_correlation_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// How the client handles correlation and request ids.
#[derive(Debug, Clone)]
pub struct CorrelationConfig {
    /// The header that carries the correlation id (default `X-Correlation-ID`).
    pub header: HeaderName,
    /// Whether to generate an id when the caller gave none (default `true`).
    pub generate: bool,
    /// The response header holding the server's request id (default `X-Request-ID`).
    pub request_id_header: HeaderName,
}

impl Default for CorrelationConfig {
    fn default() -> Self {
        Self {
            header: HeaderName::from_static("x-correlation-id"),
            generate: true,
            request_id_header: HeaderName::from_static("x-request-id"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn task_local_scope() {
        assert_eq!(current_correlation_id(), None);
        let got = with_correlation_id("abc", async { current_correlation_id() }).await;
        assert_eq!(got.as_deref(), Some("abc"));
    }
}
