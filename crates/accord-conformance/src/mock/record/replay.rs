//! Replaying cassettes: a request recorded for the same operation, method, path, query and
//! body gets its recorded answers, in order, the last one repeated; any other request is
//! left to the mock engine.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;

use accord_report::mask::MASK;
use accord_spec::{Contract, HeaderRole};
use bytes::Bytes;
use http::{HeaderName, HeaderValue};

use super::cassette::{Body, Cassette, FORMAT, MatchKey, RecordedRequest, RecordedResponse};
use super::secrets::{SecretNames, SecretValues};
use super::{Intercept, Intercepted};
use crate::mock::{MockEngine, MockError, MockRequest, MockResponse};

/// The recorded answers of one request, and how many were served.
struct Answers {
    responses: Vec<RecordedResponse>,
    served: Mutex<usize>,
}

/// Serves recorded exchanges (`accord mock --replay DIR`); give it to
/// [`crate::mock::start_with`] or [`crate::mock::run_blocking_with`].
pub struct Replayer {
    names: SecretNames,
    recorded: BTreeMap<MatchKey, Answers>,
}

impl Replayer {
    /// Reads every `*.json` cassette of `dir` (in name order).
    pub fn load(dir: &Path, contract: &Contract) -> Result<Replayer, MockError> {
        let error = |path: &Path, message: String| MockError::State {
            path: path.display().to_string(),
            message,
        };
        let entries = std::fs::read_dir(dir).map_err(|e| error(dir, e.to_string()))?;
        let mut files: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.extension().is_some_and(|e| e == "json")
                    && !p
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        files.sort();
        let names = SecretNames::of(contract);
        let mut recorded: BTreeMap<MatchKey, Answers> = BTreeMap::new();
        for path in files {
            let text = std::fs::read_to_string(&path).map_err(|e| error(&path, e.to_string()))?;
            let cassette: Cassette = serde_json::from_str(&text).map_err(|e| {
                error(
                    &path,
                    format!("line {} column {}: {e}", e.line(), e.column()),
                )
            })?;
            if cassette.format != FORMAT {
                return Err(error(
                    &path,
                    format!(
                        "`format` is `{}`, not `{FORMAT}`: not a cassette of accord mock --record",
                        cassette.format
                    ),
                ));
            }
            for interaction in cassette.interactions {
                let key = interaction
                    .request
                    .key(cassette.operation.as_deref(), &names);
                recorded
                    .entry(key)
                    .or_insert_with(|| Answers {
                        responses: Vec::new(),
                        served: Mutex::new(0),
                    })
                    .responses
                    .push(interaction.response);
            }
        }
        Ok(Replayer { names, recorded })
    }

    /// How many distinct requests the cassettes answer.
    pub fn len(&self) -> usize {
        self.recorded.len()
    }

    pub fn is_empty(&self) -> bool {
        self.recorded.is_empty()
    }

    fn answer(&self, engine: &MockEngine, req: &MockRequest<'_>) -> Option<MockResponse> {
        let operation = engine
            .classify(req)
            .and_then(|(op, ..)| engine.contract().operations.get(op))
            .map(|o| o.key());
        let content_type = req
            .headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        let request = RecordedRequest {
            method: req.method.as_str().to_string(),
            path: req.path.to_string(),
            query: req.query.map(str::to_string),
            headers: BTreeMap::new(),
            body: Body::of(
                req.body,
                content_type,
                &self.names,
                &SecretValues::default(),
            ),
        };
        let answers = self
            .recorded
            .get(&request.key(operation.as_deref(), &self.names))?;
        let index = {
            let mut served = match answers.served.lock() {
                Ok(s) => s,
                Err(poisoned) => poisoned.into_inner(),
            };
            let index = (*served).min(answers.responses.len().saturating_sub(1));
            *served += 1;
            index
        };
        let recorded = answers.responses.get(index)?;
        let mut headers: Vec<(HeaderName, HeaderValue)> = recorded
            .headers
            .iter()
            // A header whose every value was masked says nothing worth serving.
            .filter(|(_, values)| values.iter().any(|v| v != MASK))
            .flat_map(|(name, values)| values.iter().map(move |v| (name, v)))
            .filter_map(|(name, value)| {
                Some((
                    HeaderName::from_bytes(name.as_bytes()).ok()?,
                    HeaderValue::from_bytes(value.as_bytes()).ok()?,
                ))
            })
            .collect();
        // Correlation IDs are not recorded (they change with every request): echoed, as the
        // live API did.
        for (name, value) in req.headers {
            if HeaderRole::Correlation.is(name.as_str()) {
                headers.push((name.clone(), value.clone()));
            }
        }
        Some(MockResponse {
            status: recorded.status,
            headers,
            body: Bytes::from(recorded.body.bytes()),
            delay: (!engine.options().latency.is_zero()).then_some(engine.options().latency),
            drop_connection: false,
        })
    }
}

impl Intercept for Replayer {
    fn intercept<'a>(
        &'a self,
        engine: &'a MockEngine,
        req: &'a MockRequest<'a>,
    ) -> Intercepted<'a> {
        let answer = self.answer(engine, req);
        Box::pin(async move { answer })
    }
}
