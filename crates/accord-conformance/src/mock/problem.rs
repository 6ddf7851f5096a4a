//! RFC 9457 `application/problem+json` answers of the mock: validation failures (400),
//! unknown routes (404), wrong methods (405), missing credentials (401), unsupported media
//! types (415), injected faults (500/503) and rate limiting (429).

use bytes::Bytes;
use http::{HeaderName, HeaderValue, header};
use serde_json::{Value, json};

use super::MockResponse;

/// Media type of every problem answer.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// One reason a request was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// `path`, `query`, `header`, `cookie` or `body`.
    pub location: &'static str,
    /// Where in the request: `/query/limit`, `/header/X-Tenant-ID`, `/body/email`.
    pub pointer: String,
    pub message: String,
}

impl Violation {
    pub(crate) fn new(location: &'static str, pointer: String, message: String) -> Violation {
        Violation {
            location,
            pointer,
            message,
        }
    }

    fn to_json(&self) -> Value {
        json!({ "in": self.location, "pointer": self.pointer, "message": self.message })
    }
}

/// A problem answer. `kind` becomes the `type` URI (`urn:accord:mock:<kind>`).
pub(crate) fn problem(
    status: u16,
    kind: &str,
    title: &str,
    detail: String,
    errors: &[Violation],
) -> MockResponse {
    let mut body = json!({
        "type": format!("urn:accord:mock:{kind}"),
        "title": title,
        "status": status,
        "detail": detail,
    });
    if !errors.is_empty() {
        body["errors"] = Value::Array(errors.iter().map(Violation::to_json).collect());
    }
    let bytes = serde_json::to_vec(&body).unwrap_or_default();
    MockResponse {
        status,
        headers: vec![(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON))],
        body: Bytes::from(bytes),
        delay: None,
        drop_connection: false,
    }
}

impl MockResponse {
    /// Adds a header (a value that is not a valid header value is dropped).
    pub(crate) fn with_header(mut self, name: HeaderName, value: &str) -> MockResponse {
        if let Ok(v) = HeaderValue::from_str(value) {
            self.headers.push((name, v));
        }
        self
    }
}
