//! The recording proxy: forwards each request to the live API, returns its answer, judges
//! the exchange and writes it to the operation's cassette.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use accord_report::{TestFailure, TestReport};
use accord_spec::{Contract, HeaderRole, Method};
use bytes::Bytes;
use http::{HeaderName, HeaderValue};

use super::cassette::{
    Body, Cassette, FORMAT, Interaction, RecordedRequest, RecordedResponse, TRANSIENT_HEADERS,
    UNMATCHED, file_names,
};
use super::judge::{Judge, Judged};
use super::secrets::{SecretNames, SecretValues, collect_json, mask_query};
use super::{Intercept, Intercepted};
use crate::checks::CaseKind;
use crate::curl::{Secret, env_name};
use crate::drift::Drift;
use crate::mock::problem::problem;
use crate::mock::{MockEngine, MockError, MockRequest, MockResponse};
use crate::request::{HttpRequest, HttpResponse};

/// Most interactions kept per operation (a busy operation's cassette stops growing).
const MAX_INTERACTIONS: usize = 1000;

/// How `--record` runs.
#[derive(Clone, Debug)]
pub struct RecordOptions {
    /// The live API every request is forwarded to (`https://api.vendor.example/v1`).
    pub upstream: String,
    /// Where cassettes are written (`--cassettes DIR`); `None`: judge only.
    pub cassettes: Option<PathBuf>,
    /// Record drift (`--drift FILE`).
    pub drift: bool,
    /// Timeout of one forwarded request.
    pub timeout: Duration,
    /// Largest live response body read (a bigger one is answered `502`).
    pub max_body_bytes: usize,
}

impl RecordOptions {
    pub fn new(upstream: impl Into<String>) -> RecordOptions {
        RecordOptions {
            upstream: upstream.into(),
            cassettes: None,
            drift: false,
            timeout: Duration::from_secs(30),
            max_body_bytes: 8 << 20,
        }
    }
}

/// Called with each failure the first time it is seen.
type Listener = Box<dyn Fn(&TestFailure) + Send + Sync>;

/// The recording proxy. Give it to [`crate::mock::start_with`] or
/// [`crate::mock::run_blocking_with`]; read [`Recorder::report`] and [`Recorder::drift`]
/// once the mock has stopped.
pub struct Recorder {
    contract: Arc<Contract>,
    upstream: reqwest::Url,
    client: reqwest::Client,
    max_body: usize,
    names: SecretNames,
    correlation: Option<String>,
    judge: Mutex<Judge>,
    drift: Option<Arc<Drift>>,
    cassettes: Option<CassetteDir>,
    listener: Option<Listener>,
}

/// The cassettes of this session, by operation (`None`: unmatched), and where they go.
struct CassetteDir {
    dir: PathBuf,
    names: Vec<String>,
    recorded: Mutex<BTreeMap<Option<usize>, Vec<Interaction>>>,
    /// The first error writing a cassette.
    error: Mutex<Option<String>>,
}

impl Recorder {
    pub fn new(contract: Arc<Contract>, options: RecordOptions) -> Result<Recorder, MockError> {
        let upstream = reqwest::Url::parse(&options.upstream)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .ok_or_else(|| {
                MockError::InvalidOption(format!(
                    "--record must be an http or https URL, not `{}`",
                    crate::curl::mask_userinfo(&options.upstream)
                ))
            })?;
        let client = reqwest::Client::builder()
            .timeout(options.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .gzip(true)
            .build()
            .map_err(|e| MockError::InvalidOption(format!("cannot build the HTTP client: {e}")))?;
        let cassettes = match options.cassettes {
            Some(dir) => {
                std::fs::create_dir_all(&dir).map_err(|e| MockError::State {
                    path: dir.display().to_string(),
                    message: e.to_string(),
                })?;
                Some(CassetteDir {
                    names: file_names(&contract),
                    dir,
                    recorded: Mutex::new(BTreeMap::new()),
                    error: Mutex::new(None),
                })
            }
            None => None,
        };
        Ok(Recorder {
            names: SecretNames::of(&contract),
            correlation: crate::plan::correlation_header(&contract),
            upstream,
            client,
            max_body: options.max_body_bytes,
            judge: Mutex::new(Judge::new()),
            drift: options.drift.then(|| Arc::new(Drift::new())),
            cassettes,
            listener: None,
            contract,
        })
    }

    /// Calls `listener` with each failure the first time it is seen (to print findings as
    /// they happen, or rewrite a report file).
    pub fn on_failure(mut self, listener: impl Fn(&TestFailure) + Send + Sync + 'static) -> Self {
        self.listener = Some(Box::new(listener));
        self
    }

    /// Every exchange judged so far, as `accord test` reports a run.
    pub fn report(&self) -> TestReport {
        let upstream = crate::curl::mask_userinfo(self.upstream.as_str());
        lock(&self.judge).report(&self.contract, &upstream)
    }

    /// What the live API did beyond its contract (with [`RecordOptions::drift`]).
    pub fn drift(&self) -> Option<&Drift> {
        self.drift.as_deref()
    }

    /// The first error writing a cassette, if any.
    pub fn cassette_error(&self) -> Option<String> {
        self.cassettes.as_ref().and_then(|c| lock(&c.error).clone())
    }

    /// The live URL of a request the mock received: the upstream's origin and base path,
    /// then the request's path unless it already starts with that base path.
    fn upstream_url(&self, path: &str, query: Option<&str>) -> String {
        let base = self.upstream.path().trim_end_matches('/');
        let path = if base.is_empty() || path == base || path.starts_with(&format!("{base}/")) {
            path.to_string()
        } else {
            format!("{base}{path}")
        };
        let mut url = self.upstream.clone();
        url.set_path(&path);
        url.set_query(query);
        url.to_string()
    }

    async fn forward(&self, engine: &MockEngine, req: &MockRequest<'_>) -> Option<MockResponse> {
        let method = Method::parse(req.method.as_str())?;
        let headers: Vec<(String, String)> = req
            .headers
            .iter()
            .filter(|(name, _)| {
                !TRANSIENT_HEADERS.contains(&name.as_str()) && name.as_str() != "accept-encoding"
            })
            .map(|(n, v)| {
                (
                    n.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        let request = HttpRequest {
            method,
            url: self.upstream_url(req.path, req.query),
            headers,
            body: (!req.body.is_empty()).then(|| req.body.to_vec()),
        };
        let sent = crate::transport::send(&self.client, &request, self.max_body).await;
        let classified = engine.classify(req);
        let secrets = self.request_secrets(&request);
        if let Some((op, invalid, credentialed)) = &classified {
            let kind = match invalid {
                Some(what) => CaseKind::Negative { what: what.clone() },
                None if *credentialed => CaseKind::Positive { grounded: true },
                None => CaseKind::Scenario,
            };
            let correlation = self
                .correlation
                .as_deref()
                .and_then(|name| request.header(name).map(|v| (name, v)));
            let judged = Judged {
                op: *op,
                request: &request,
                response: sent.as_ref().map_err(|f| f.cause.as_str()),
                kind,
                correlation,
                credentialed: *credentialed,
                secrets: &secrets,
            };
            let new = lock(&self.judge).judge(&self.contract, judged);
            if let (Some(listener), false) = (&self.listener, new.is_empty()) {
                new.iter().for_each(listener);
            }
            if let (Some(drift), Ok(response), Some(operation)) =
                (&self.drift, &sent, self.contract.operations.get(*op))
            {
                drift.observe(&self.contract, operation, response);
            }
        }
        let response = match sent {
            Ok(r) => r,
            Err(failure) => {
                let cause = crate::curl::mask(&failure.cause, &secrets);
                return Some(problem(
                    502,
                    "upstream-unavailable",
                    "Bad Gateway",
                    format!("the live API gave no answer: {cause}"),
                    &[],
                ));
            }
        };
        if let Some(dir) = &self.cassettes {
            let interaction = self.interaction(req, &response);
            dir.add(classified.map(|(op, ..)| op), interaction, &self.contract);
        }
        Some(to_mock(response))
    }

    /// The credentials a forwarded request carries, for masking its reproduction.
    fn request_secrets(&self, request: &HttpRequest) -> Vec<Secret> {
        request
            .headers
            .iter()
            .filter(|(name, _)| self.names.is_secret(name))
            .map(|(name, value)| Secret {
                header: Some(name.clone()),
                value: value.clone(),
                env: env_name(&["RECORD", name]),
            })
            .chain(self.upstream.password().map(|p| Secret {
                header: None,
                value: super::secrets::decode(p),
                env: "ACCORD_RECORD_PASSWORD".into(),
            }))
            .collect()
    }

    /// The exchange as the cassette keeps it: transient headers dropped, secrets masked.
    fn interaction(&self, req: &MockRequest<'_>, response: &HttpResponse) -> Interaction {
        let mut secrets = SecretValues::default();
        let request_headers: Vec<(String, String)> = req
            .headers
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        for (name, value) in request_headers.iter().chain(&response.headers) {
            if self.names.is_secret(name) {
                secrets.add(value);
            }
        }
        if let Some(password) = self.upstream.password() {
            secrets.add(&super::secrets::decode(password));
        }
        let query = req.query.map(|q| mask_query(q, &self.names, &mut secrets));
        let request_json = json_of(req.body, header_of(&request_headers, "content-type"));
        let response_json = json_of(&response.body, response.header("content-type"));
        for body in request_json.iter().chain(&response_json) {
            collect_json(body, &self.names, &mut secrets);
        }
        let request = RecordedRequest {
            method: req.method.as_str().to_ascii_uppercase(),
            path: secrets.mask_text(req.path),
            query,
            headers: self.headers(&request_headers, &secrets),
            body: Body::of(
                req.body,
                header_of(&request_headers, "content-type"),
                &self.names,
                &secrets,
            ),
        };
        let response = RecordedResponse {
            status: response.status,
            headers: self.headers(&response.headers, &secrets),
            body: Body::of(
                &response.body,
                response.header("content-type"),
                &self.names,
                &secrets,
            ),
        };
        Interaction { request, response }
    }

    /// Headers as a cassette keeps them: lower-case names, transient ones dropped, secret
    /// ones `***`, known secrets masked in the others.
    fn headers(
        &self,
        headers: &[(String, String)],
        secrets: &SecretValues,
    ) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (name, value) in headers {
            let name = name.to_ascii_lowercase();
            if TRANSIENT_HEADERS.contains(&name.as_str()) {
                continue;
            }
            let value = if self.names.is_secret(&name) {
                accord_report::mask::MASK.to_string()
            } else if HeaderRole::Correlation.is(&name) {
                // A correlation ID is new on every request: kept, the same traffic would
                // never write the same bytes, and replay does not match on it.
                continue;
            } else {
                secrets.mask_text(value)
            };
            out.entry(name).or_default().push(value);
        }
        out
    }
}

impl Intercept for Recorder {
    fn intercept<'a>(
        &'a self,
        engine: &'a MockEngine,
        req: &'a MockRequest<'a>,
    ) -> Intercepted<'a> {
        Box::pin(self.forward(engine, req))
    }
}

impl CassetteDir {
    /// Adds an interaction (unless the same one is there already) and rewrites the
    /// operation's file.
    fn add(&self, op: Option<usize>, interaction: Interaction, contract: &Contract) {
        let mut recorded = lock(&self.recorded);
        let list = recorded.entry(op).or_default();
        if list.contains(&interaction) || list.len() >= MAX_INTERACTIONS {
            return;
        }
        list.push(interaction);
        let cassette = Cassette {
            format: FORMAT.to_string(),
            operation: op.and_then(|i| contract.operations.get(i)).map(|o| o.key()),
            interactions: list.clone(),
        };
        let name = op
            .and_then(|i| self.names.get(i))
            .map_or(UNMATCHED, String::as_str);
        let path = self.dir.join(format!("{name}.json"));
        let temporary = self.dir.join(format!(".{name}.json.tmp"));
        let written = std::fs::write(&temporary, cassette.to_text())
            .and_then(|()| std::fs::rename(&temporary, &path));
        if let Err(e) = written {
            lock(&self.error).get_or_insert_with(|| format!("{}: {e}", path.display()));
        }
    }
}

fn header_of<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

fn json_of(body: &[u8], content_type: Option<&str>) -> Option<serde_json::Value> {
    let json = content_type.is_some_and(|c| accord_spec::MediaRange::parse(c).is_json());
    if !json || body.is_empty() {
        return None;
    }
    serde_json::from_slice(body).ok()
}

/// The live answer, as the mock serves it (transient headers dropped: hyper writes its own).
fn to_mock(response: HttpResponse) -> MockResponse {
    let headers = response
        .headers
        .iter()
        .filter(|(n, _)| !TRANSIENT_HEADERS.contains(&n.as_str()))
        .filter_map(|(n, v)| {
            Some((
                HeaderName::from_bytes(n.as_bytes()).ok()?,
                HeaderValue::from_bytes(v.as_bytes()).ok()?,
            ))
        })
        .collect();
    MockResponse {
        status: response.status,
        headers,
        body: Bytes::from(response.body),
        delay: None,
        drop_connection: false,
    }
}

/// A lock whose holder panicked is still good: every value behind one is written whole.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    match mutex.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}
