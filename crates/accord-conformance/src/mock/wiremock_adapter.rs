//! The engine as a `wiremock` responder, for tests that already run a
//! [`wiremock::MockServer`] and want contract answers on it:
//! `Mock::given(any()).respond_with(MockResponder::new(engine)).mount(&server)`.
//!
//! Note that wiremock keeps every request a mounted mock matched (even with request
//! recording disabled), so this is for tests, not for long runs; `mock::start` is.

use std::sync::Arc;

use wiremock::{Request, Respond, ResponseTemplate};

use super::{MockEngine, MockRequest};

/// Answers wiremock requests from a [`MockEngine`].
#[derive(Clone)]
pub struct MockResponder {
    engine: Arc<MockEngine>,
}

impl MockResponder {
    pub fn new(engine: Arc<MockEngine>) -> MockResponder {
        MockResponder { engine }
    }
}

impl Respond for MockResponder {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let response = self.engine.handle(&MockRequest {
            method: &request.method,
            path: request.url.path(),
            query: request.url.query(),
            headers: &request.headers,
            body: &request.body,
        });
        // wiremock cannot drop a connection: a dropped one is its 503 here.
        let mut template = ResponseTemplate::new(response.status);
        for (name, value) in response.headers {
            template = template.append_header(name, value);
        }
        template = template.set_body_bytes(response.body.to_vec());
        if let Some(delay) = response.delay {
            template = template.set_delay(delay);
        }
        template
    }
}
