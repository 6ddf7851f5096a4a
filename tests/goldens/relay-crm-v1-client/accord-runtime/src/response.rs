//! [`ApiResponse`]: a successful response with its typed body.

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::idempotency::IdempotencyKey;

/// A successful (2xx) response.
#[derive(Debug, Clone)]
pub struct ApiResponse<T> {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: T,
    pub(crate) correlation_id: Option<String>,
    pub(crate) sent_correlation_id: Option<String>,
    pub(crate) request_id: Option<String>,
    pub(crate) idempotency_key: Option<IdempotencyKey>,
    pub(crate) attempts: u32,
}

impl<T> ApiResponse<T> {
    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// A response header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The typed body.
    pub fn body(&self) -> &T {
        &self.body
    }

    /// Takes the typed body.
    pub fn into_body(self) -> T {
        self.body
    }

    /// The correlation id the server returned, or the one sent if it echoed none.
    pub fn correlation_id(&self) -> Option<&str> {
        self.correlation_id
            .as_deref()
            .or(self.sent_correlation_id.as_deref())
    }

    /// The correlation id that was sent.
    pub fn sent_correlation_id(&self) -> Option<&str> {
        self.sent_correlation_id.as_deref()
    }

    /// The server's request id, if it sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The idempotency key sent, if any.
    pub fn idempotency_key(&self) -> Option<&IdempotencyKey> {
        self.idempotency_key.as_ref()
    }

    /// How many HTTP attempts the call took.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// Transforms the body, keeping the metadata.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ApiResponse<U> {
        ApiResponse {
            status: self.status,
            headers: self.headers,
            body: f(self.body),
            correlation_id: self.correlation_id,
            sent_correlation_id: self.sent_correlation_id,
            request_id: self.request_id,
            idempotency_key: self.idempotency_key,
            attempts: self.attempts,
        }
    }
}
