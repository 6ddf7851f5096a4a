//! The mock engine: one request in, one response out, no IO. The HTTP transport
//! (`server.rs`) and the wiremock adapter (`wiremock_adapter.rs`) both drive it.
//!
//! Per request: rate limit (429) → route (404/405) → injected fault (500/503) → credentials
//! present (401) → request validation (400/415) → the documented response chosen by
//! `Prefer` (`code=`, `example=`) and `Accept`, else the first 2xx (201 for a POST that
//! documents it). Everything expensive (validators, default response bodies) is prepared
//! once per operation, lazily, so starting on a large contract is immediate.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use accord_schema::{Direction, Validator};
use accord_spec::{
    Contract, HeaderRole, MediaRange, Method, Operation, ParamIn, Response, SchemaId,
    SecuritySchemeKind, StatusKey,
};
use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, header};
use serde_json::Value;

use super::faults::{ErrorInjector, TokenBucket, splitmix64};
use super::params::{self, Shape};
use super::problem::{Violation, problem};
use super::router::{RouteMatch, Router};
use super::values::{checked_sample, valid_sample};
use super::{MockOptions, MockRequest, MockResponse};

/// A contract, prepared to answer requests.
pub struct MockEngine {
    contract: Arc<Contract>,
    options: MockOptions,
    router: Router,
    ops: Vec<PreparedOp>,
    bucket: Option<TokenBucket>,
    errors: ErrorInjector,
    ids: AtomicU64,
    cache: Mutex<HashMap<(usize, Key), Arc<Prepared>>>,
    /// What the engine served other than the contract asked, once per operation and status
    /// (operation index, status): a documented example replaced by a generated sample.
    notes: Mutex<BTreeMap<(usize, u16), String>>,
    /// Print each note to stderr as it is recorded (`accord mock` in a terminal).
    print_notes: bool,
}

struct PreparedOp {
    params: Vec<PreparedParam>,
    body: Option<PreparedBody>,
    /// Alternatives, each a list of credentials that must all be present; empty: open.
    security: Vec<Vec<Credential>>,
    default: OnceLock<Result<Arc<Prepared>, MockResponse>>,
}

struct PreparedParam {
    name: String,
    header: Option<HeaderName>,
    location: ParamIn,
    required: bool,
    shape: Shape,
    schema: Option<SchemaId>,
    validator: OnceLock<Validator>,
}

struct PreparedBody {
    required: bool,
    media: Vec<PreparedMedia>,
}

struct PreparedMedia {
    /// The media type as documented (may be a range like `application/*`).
    name: MediaRange,
    schema: Option<SchemaId>,
    validator: OnceLock<Validator>,
}

enum Credential {
    Header(HeaderName),
    Query(String),
    Cookie(String),
    /// `Authorization` with this scheme prefix (lower-case), or any value.
    Authorization(Option<String>),
}

/// A response ready to be sent, apart from the headers that depend on the request.
#[derive(Clone)]
struct Prepared {
    status: u16,
    content_type: Option<HeaderValue>,
    headers: Vec<(HeaderName, HeaderSource)>,
    body: Bytes,
    /// The `id` of the body, for `Location`.
    body_id: Option<String>,
}

#[derive(Clone)]
enum HeaderSource {
    Fixed(HeaderValue),
    /// Echo the request's header of the same name, else generate an id.
    Correlation,
    /// The created resource's URL.
    Location(HeaderValue),
}

/// A documented response, as indices into the operation: what a prepared response is
/// built from and cached by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Key {
    status: u16,
    response: Option<usize>,
    media: Option<usize>,
    example: Option<usize>,
}

/// What `Prefer` and `Accept` ask for.
#[derive(Default)]
struct Choice<'a> {
    code: Option<u16>,
    example: Option<&'a str>,
    accept: Option<&'a str>,
}

/// Longest note, in characters: an issue's message quotes the offending value whole.
const NOTE_CHARS: usize = 300;

const SKIPPED_HEADER_PARAMS: [&str; 3] = ["accept", "content-type", "authorization"];
const SKIPPED_RESPONSE_HEADERS: [&str; 4] = [
    "content-type",
    "content-length",
    "transfer-encoding",
    "connection",
];

impl MockEngine {
    /// Prepares `contract` (cheap: validators and bodies are built on first use).
    pub fn new(contract: Arc<Contract>, options: MockOptions) -> MockEngine {
        let router = Router::new(&contract);
        let ops = contract
            .operations
            .iter()
            .map(|op| prepare_op(&contract, op))
            .collect();
        let bucket = options
            .rate_limit
            .filter(|r| r.is_finite() && *r > 0.0)
            .map(TokenBucket::new);
        let errors = ErrorInjector::new(options.error_rate, options.seed);
        MockEngine {
            ids: AtomicU64::new(options.seed),
            contract,
            options,
            router,
            ops,
            bucket,
            errors,
            cache: Mutex::new(HashMap::new()),
            notes: Mutex::new(BTreeMap::new()),
            print_notes: false,
        }
    }

    /// The same engine, printing each note to stderr once as it is recorded.
    pub(crate) fn printing_notes(mut self) -> MockEngine {
        self.print_notes = true;
        self
    }

    pub fn contract(&self) -> &Contract {
        &self.contract
    }

    pub fn options(&self) -> &MockOptions {
        &self.options
    }

    /// Every note so far (`METHOD /path status: what was served instead`), in contract
    /// order: one per operation and status, however many requests it answered.
    pub fn notes(&self) -> Vec<String> {
        lock(&self.notes).values().cloned().collect()
    }

    /// Answers one request.
    pub fn handle(&self, req: &MockRequest<'_>) -> MockResponse {
        let mut response = self.answer(req);
        if let Some(id) = req.headers.get("x-correlation-id")
            && !response
                .headers
                .iter()
                .any(|(n, _)| n == "x-correlation-id")
        {
            response
                .headers
                .push((HeaderName::from_static("x-correlation-id"), id.clone()));
        }
        if !self.options.latency.is_zero() {
            response.delay = Some(self.options.latency);
        }
        response
    }

    fn answer(&self, req: &MockRequest<'_>) -> MockResponse {
        if let Some(bucket) = &self.bucket
            && let Err(wait) = bucket.take()
        {
            return problem(
                429,
                "rate-limited",
                "Too Many Requests",
                format!("the mock's rate limit is exceeded; retry after {wait} s"),
                &[],
            )
            .with_header(header::RETRY_AFTER, &wait.to_string());
        }
        let Some(method) = Method::parse(req.method.as_str()) else {
            return problem(
                405,
                "method-not-allowed",
                "Method Not Allowed",
                format!("`{}` is not an OpenAPI method", req.method),
                &[],
            );
        };
        let (index, path_params) = match self.router.route(method, req.path) {
            RouteMatch::Found { op, params } => (op, params),
            RouteMatch::MethodNotAllowed(allowed) => {
                let allow: Vec<&str> = allowed.iter().map(|m| m.upper()).collect();
                return problem(
                    405,
                    "method-not-allowed",
                    "Method Not Allowed",
                    format!("the contract has no {} {}", method.upper(), req.path),
                    &[],
                )
                .with_header(header::ALLOW, &allow.join(", "));
            }
            RouteMatch::NotFound => {
                return problem(
                    404,
                    "not-found",
                    "Not Found",
                    format!("no operation of the contract matches {}", req.path),
                    &[],
                );
            }
        };
        let (Some(op), Some(prepared)) = (self.contract.operations.get(index), self.ops.get(index))
        else {
            return problem(500, "internal", "Internal Server Error", String::new(), &[]);
        };
        if let Some(status) = self.errors.next() {
            let title = if status == 503 {
                "Service Unavailable"
            } else {
                "Internal Server Error"
            };
            return problem(
                status,
                "injected-fault",
                title,
                "a fault injected by `accord mock --error-rate`".into(),
                &[],
            );
        }
        if self.options.check_security && !credentials_present(&prepared.security, req) {
            return self.in_documented_shape(
                index,
                op,
                prepared,
                req,
                problem(
                    401,
                    "unauthorized",
                    "Unauthorized",
                    format!(
                        "{} requires credentials the request does not carry",
                        op.key()
                    ),
                    &[],
                )
                .with_header(header::WWW_AUTHENTICATE, "Bearer"),
            );
        }
        if self.options.validate_requests
            && let Err(response) = self.validate(prepared, &path_params, req)
        {
            return self.in_documented_shape(index, op, prepared, req, response);
        }
        let choice = choice(req.headers);
        match self.prepared(index, op, prepared, &choice) {
            Ok(p) => self.materialize(&p, op, req),
            Err(problem) => problem,
        }
    }

    /// A rejection (400, 401) answered the way the contract documents that status for this
    /// operation, when it documents one in a shape other than problem+json: a client tested
    /// against the mock must see the vendor's error shape, not ours. The rejection's own
    /// headers (`WWW-Authenticate`) are kept; its detail lives on in the problem fallback.
    fn in_documented_shape(
        &self,
        index: usize,
        op: &Operation,
        prepared: &PreparedOp,
        req: &MockRequest<'_>,
        rejection: MockResponse,
    ) -> MockResponse {
        let status = rejection.status;
        let documented = op.documented(status).filter(|r| !r.status.is_default());
        let Some(documented) = documented else {
            return rejection;
        };
        if documented.content.is_empty()
            || documented.content.iter().any(|m| m.name.is_problem_json())
        {
            return rejection;
        }
        let choice = Choice {
            code: Some(status),
            example: None,
            accept: req
                .headers
                .get(header::ACCEPT)
                .and_then(|v| v.to_str().ok()),
        };
        match self.prepared(index, op, prepared, &choice) {
            Ok(p) => {
                let mut response = self.materialize(&p, op, req);
                response.status = status;
                for (name, value) in rejection.headers {
                    if name != header::CONTENT_TYPE
                        && !response.headers.iter().any(|(n, _)| *n == name)
                    {
                        response.headers.push((name, value));
                    }
                }
                response
            }
            Err(_) => rejection,
        }
    }

    fn validate(
        &self,
        op: &PreparedOp,
        path_params: &[(String, String)],
        req: &MockRequest<'_>,
    ) -> Result<(), MockResponse> {
        let mut violations = Vec::new();
        let mut query: Option<Vec<(String, String)>> = None;
        let mut cookies: Option<Vec<(String, String)>> = None;
        for p in &op.params {
            let values: Vec<&str> = match p.location {
                ParamIn::Path => path_params
                    .iter()
                    .filter(|(n, _)| *n == p.name)
                    .map(|(_, v)| v.as_str())
                    .collect(),
                ParamIn::Query => {
                    if p.shape == Shape::Object {
                        continue;
                    }
                    let q = query.get_or_insert_with(|| params::parse_query(req.query));
                    q.iter()
                        .filter(|(n, _)| *n == p.name)
                        .map(|(_, v)| v.as_str())
                        .collect()
                }
                ParamIn::Header => match &p.header {
                    Some(name) => req
                        .headers
                        .get_all(name)
                        .iter()
                        .map(|v| v.to_str().unwrap_or_default())
                        .collect(),
                    None => continue,
                },
                ParamIn::Cookie => {
                    let c = cookies.get_or_insert_with(|| {
                        req.headers
                            .get_all(header::COOKIE)
                            .iter()
                            .filter_map(|v| v.to_str().ok())
                            .flat_map(params::parse_cookies)
                            .collect()
                    });
                    c.iter()
                        .filter(|(n, _)| *n == p.name)
                        .map(|(_, v)| v.as_str())
                        .collect()
                }
            };
            let location = p.location.name();
            let pointer = format!("/{location}/{}", p.name);
            if values.is_empty() {
                if p.required {
                    violations.push(Violation::new(
                        location,
                        pointer,
                        format!("the required {location} parameter `{}` is missing", p.name),
                    ));
                }
                continue;
            }
            let (Some(schema), false) = (p.schema, p.shape == Shape::Object) else {
                continue;
            };
            let value = params::coerce(p.shape, &values);
            let validator = p
                .validator
                .get_or_init(|| Validator::new(&self.contract, schema, Direction::Request));
            if !validator.is_valid(&value) {
                for issue in validator.issues(&value) {
                    violations.push(Violation::new(
                        location,
                        format!("{pointer}{}", issue.pointer),
                        format!("{location} parameter `{}`: {}", p.name, issue.message),
                    ));
                }
            }
        }
        if let Some(body) = &op.body {
            self.validate_body(body, req, &mut violations)?;
        }
        if violations.is_empty() {
            return Ok(());
        }
        let detail = match violations.as_slice() {
            [one] => format!("{}: {}", one.pointer, one.message),
            many => format!(
                "{} violations, first {}: {}",
                many.len(),
                many[0].pointer,
                many[0].message
            ),
        };
        Err(problem(
            400,
            "validation-failed",
            "Request validation failed",
            detail,
            &violations,
        ))
    }

    fn validate_body(
        &self,
        body: &PreparedBody,
        req: &MockRequest<'_>,
        violations: &mut Vec<Violation>,
    ) -> Result<(), MockResponse> {
        if req.body.is_empty() {
            if body.required {
                violations.push(Violation::new(
                    "body",
                    "/body".into(),
                    "the request body is required".into(),
                ));
            }
            return Ok(());
        }
        let content_type = req
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(MediaRange::parse);
        let media = match &content_type {
            Some(ct) => body
                .media
                .iter()
                .find(|m| m.name == *ct)
                .or_else(|| body.media.iter().find(|m| m.name.covers(ct))),
            None => body.media.first(),
        };
        let Some(media) = media else {
            let documented: Vec<&str> = body.media.iter().map(|m| m.name.as_str()).collect();
            return Err(problem(
                415,
                "unsupported-media-type",
                "Unsupported Media Type",
                format!(
                    "the body is `{}`; the contract documents {}",
                    content_type
                        .as_ref()
                        .map(MediaRange::essence)
                        .unwrap_or_default(),
                    documented.join(", ")
                ),
                &[],
            ));
        };
        let actual = content_type.as_ref().unwrap_or(&media.name);
        let value = if actual.is_json() {
            match serde_json::from_slice::<Value>(req.body) {
                Ok(v) => v,
                Err(e) => {
                    violations.push(Violation::new(
                        "body",
                        "/body".into(),
                        format!("the body is not valid JSON: {e}"),
                    ));
                    return Ok(());
                }
            }
        } else if actual.is_form_urlencoded() {
            let Some(schema) = media.schema else {
                return Ok(());
            };
            let text = String::from_utf8_lossy(req.body);
            self.form_value(schema, &text)
        } else {
            return Ok(());
        };
        let Some(schema) = media.schema else {
            return Ok(());
        };
        let validator = media
            .validator
            .get_or_init(|| Validator::new(&self.contract, schema, Direction::Request));
        if !validator.is_valid(&value) {
            for issue in validator.issues(&value) {
                let field = if issue.pointer.is_empty() {
                    String::new()
                } else {
                    format!(" `{}`", issue.pointer)
                };
                violations.push(Violation::new(
                    "body",
                    format!("/body{}", issue.pointer),
                    format!("body{field}: {}", issue.message),
                ));
            }
        }
        Ok(())
    }

    /// A form body as the object its schema describes, values coerced per property.
    fn form_value(&self, schema: SchemaId, text: &str) -> Value {
        let merged = self.contract.schemas.merged(schema);
        let mut map = serde_json::Map::new();
        let pairs = params::parse_query(Some(text));
        for (name, _) in &pairs {
            if map.contains_key(name) {
                continue;
            }
            let values: Vec<&str> = pairs
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
                .collect();
            let shape = params::shape(
                &self.contract,
                merged.properties.get(name).copied(),
                ParamIn::Query,
                None,
            );
            map.insert(name.clone(), params::coerce(shape, &values));
        }
        Value::Object(map)
    }

    /// Which documented response, media type and example `choice` asks for.
    fn resolve(&self, op: &Operation, choice: &Choice<'_>) -> Result<Key, MockResponse> {
        let (status, response) = select_response(op, choice.code)?;
        let mut key = Key {
            status,
            response,
            media: None,
            example: None,
        };
        let Some(response) = response.and_then(|i| op.responses.get(i)) else {
            return Ok(key);
        };
        if status == 204 || status == 304 {
            return Ok(key);
        }
        let content = &response.content;
        key.media = choice
            .accept
            .and_then(|accept| content.iter().position(|m| m.name.accepted_by(accept)))
            .or_else(|| content.iter().position(|m| m.name.is_json()))
            .or((!content.is_empty()).then_some(0));
        if let (Some(name), Some(media)) = (choice.example, key.media.and_then(|i| content.get(i)))
        {
            key.example = media
                .examples
                .iter()
                .position(|e| e.name.as_deref() == Some(name));
        }
        Ok(key)
    }

    /// The response `key` names, apart from request-dependent headers.
    fn build(&self, index: usize, op: &Operation, key: &Key) -> Prepared {
        let mut prepared = Prepared {
            status: key.status,
            content_type: None,
            headers: Vec::new(),
            body: Bytes::new(),
            body_id: None,
        };
        let Some(response) = key.response.and_then(|i| op.responses.get(i)) else {
            return prepared;
        };
        for h in &response.headers {
            let lower = h.name.to_ascii_lowercase();
            if SKIPPED_RESPONSE_HEADERS.contains(&lower.as_str()) {
                continue;
            }
            let Ok(name) = HeaderName::from_bytes(lower.as_bytes()) else {
                continue;
            };
            let source = if HeaderRole::Correlation.is(&lower) {
                HeaderSource::Correlation
            } else {
                let value = h
                    .schema
                    .map(|s| header_text(&valid_sample(&self.contract, s, Direction::Response)))
                    .unwrap_or_else(|| "value".to_string());
                let Ok(value) = HeaderValue::from_str(&value) else {
                    continue;
                };
                if lower == "location" {
                    HeaderSource::Location(value)
                } else {
                    HeaderSource::Fixed(value)
                }
            };
            prepared.headers.push((name, source));
        }
        let Some(media) = key.media.and_then(|i| response.content.get(i)) else {
            return prepared;
        };
        let json = media.name.is_json();
        let value = self.body_value(index, op, key, media, json);
        let bytes = match (&value, json) {
            (Some(v), true) => serde_json::to_vec(v).unwrap_or_default(),
            (None, true) => b"{}".to_vec(),
            (Some(Value::String(s)), false) => s.clone().into_bytes(),
            (Some(v), false) => v.to_string().into_bytes(),
            (None, false) => Vec::new(),
        };
        prepared.body_id = value
            .as_ref()
            .and_then(|v| v.get("id"))
            .and_then(|id| match id {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            });
        prepared.content_type = HeaderValue::from_str(media.name.as_str()).ok();
        prepared.body = Bytes::from(bytes);
        prepared
    }

    /// The body of a documented response: the documented example when it validates (users
    /// rely on seeing theirs), else a generated sample. A JSON example that violates its own
    /// schema is replaced by a sample, and so is a schema's own invalid `example` inside the
    /// sample, or conformance against the mock would report the contract's mistakes as the
    /// server's; each replacement is noted once per operation and status.
    fn body_value(
        &self,
        index: usize,
        op: &Operation,
        key: &Key,
        media: &accord_spec::MediaType,
        json: bool,
    ) -> Option<Value> {
        let documented = key
            .example
            .and_then(|i| media.examples.get(i))
            .or(media.examples.first());
        let Some(schema) = media.schema else {
            return documented.map(|e| e.value.clone());
        };
        if let Some(example) = documented {
            if !json {
                return Some(example.value.clone());
            }
            let validator = Validator::for_values(
                &self.contract,
                schema,
                Direction::Response,
                &[&example.value],
            );
            let Some(issue) = validator.issues(&example.value).into_iter().next() else {
                return Some(example.value.clone());
            };
            let name = example
                .name
                .as_deref()
                .map(|n| format!(" `{n}`"))
                .unwrap_or_default();
            let sample = checked_sample(&self.contract, schema, Direction::Response);
            self.note(
                index,
                op,
                key.status,
                format!(
                    "the documented example{name} violates the response schema ({}: {}); \
                     serving a generated sample instead",
                    if issue.pointer.is_empty() {
                        "/"
                    } else {
                        &issue.pointer
                    },
                    issue.message
                ),
            );
            return Some(sample.value);
        }
        let sample = checked_sample(&self.contract, schema, Direction::Response);
        if let Some(first) = sample.replaced_examples.first() {
            self.note(
                index,
                op,
                key.status,
                format!("{first}; serving a generated value in its place"),
            );
        }
        Some(sample.value)
    }

    /// Records `message` for this operation and status unless one is already recorded, and
    /// prints it when the engine serves `accord mock` (never once per request: a response is
    /// built once per documented response and then reused).
    fn note(&self, index: usize, op: &Operation, status: u16, message: String) {
        let mut notes = lock(&self.notes);
        if notes.contains_key(&(index, status)) {
            return;
        }
        let line = format!("{} {status}: {}", op.key(), shorten(&message, NOTE_CHARS));
        if self.print_notes {
            eprintln!("accord mock: {line}");
        }
        notes.insert((index, status), line);
    }

    /// The prepared response for `choice`, built once per distinct documented response.
    fn prepared(
        &self,
        index: usize,
        op: &Operation,
        prepared_op: &PreparedOp,
        choice: &Choice<'_>,
    ) -> Result<Arc<Prepared>, MockResponse> {
        let is_default = choice.code.is_none()
            && choice.example.is_none()
            && choice
                .accept
                .is_none_or(|a| a.trim().is_empty() || a.contains("*/*"));
        if is_default {
            return prepared_op
                .default
                .get_or_init(|| {
                    let key = self.resolve(op, &Choice::default())?;
                    Ok(Arc::new(self.build(index, op, &key)))
                })
                .clone();
        }
        let key = self.resolve(op, choice)?;
        let mut cache = lock(&self.cache);
        // Keys are bounded by the contract (documented responses × media × examples ×
        // statuses 100-599), so the cache cannot grow with traffic.
        Ok(cache
            .entry((index, key))
            .or_insert_with(|| Arc::new(self.build(index, op, &key)))
            .clone())
    }

    /// The response for this request: request-dependent headers filled in.
    fn materialize(&self, p: &Prepared, op: &Operation, req: &MockRequest<'_>) -> MockResponse {
        let mut headers = Vec::with_capacity(p.headers.len() + 1);
        if let Some(ct) = &p.content_type {
            headers.push((header::CONTENT_TYPE, ct.clone()));
        }
        for (name, source) in &p.headers {
            let value = match source {
                HeaderSource::Fixed(v) => v.clone(),
                HeaderSource::Correlation => match req.headers.get(name) {
                    Some(v) => v.clone(),
                    None => match HeaderValue::from_str(&self.generated_id()) {
                        Ok(v) => v,
                        Err(_) => continue,
                    },
                },
                HeaderSource::Location(fallback) => self
                    .location(p, op, req)
                    .and_then(|l| HeaderValue::from_str(&l).ok())
                    .unwrap_or_else(|| fallback.clone()),
            };
            headers.push((name.clone(), value));
        }
        MockResponse {
            status: p.status,
            headers,
            body: p.body.clone(),
            delay: None,
        }
    }

    /// `http://host/collection/{id}` for a created resource.
    fn location(&self, p: &Prepared, op: &Operation, req: &MockRequest<'_>) -> Option<String> {
        let host = req
            .headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("localhost");
        let path = req.path.trim_end_matches('/');
        let item_path = op.path.trim_end_matches('/').ends_with('}');
        match (&p.body_id, item_path) {
            (Some(id), false) => Some(format!("http://{host}{path}/{id}")),
            _ => Some(format!("http://{host}{path}")),
        }
    }

    /// A fresh UUID-shaped id (deterministic for a seed).
    fn generated_id(&self) -> String {
        let n = self.ids.fetch_add(1, Ordering::Relaxed);
        let a = splitmix64(n);
        let b = splitmix64(a);
        format!(
            "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            b >> 52,
            b & 0xffff_ffff_ffff
        )
    }
}

/// A lock whose holder panicked is still good: every value behind one is written whole.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    match mutex.lock() {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}

fn prepare_op(contract: &Contract, op: &Operation) -> PreparedOp {
    let params = op
        .parameters
        .iter()
        .filter(|p| {
            !(p.location == ParamIn::Header
                && SKIPPED_HEADER_PARAMS.contains(&p.name.to_ascii_lowercase().as_str()))
        })
        .map(|p| {
            let schema = p
                .schema
                .or_else(|| p.content.first().and_then(|m| m.schema));
            PreparedParam {
                name: p.name.clone(),
                header: (p.location == ParamIn::Header)
                    .then(|| HeaderName::from_bytes(p.name.to_ascii_lowercase().as_bytes()).ok())
                    .flatten(),
                location: p.location,
                required: p.required || p.location == ParamIn::Path,
                shape: if p.content.is_empty() {
                    params::shape(contract, schema, p.location, p.style.as_ref())
                } else {
                    // `content` parameters are serialised JSON; only presence is checked.
                    Shape::Object
                },
                schema,
                validator: OnceLock::new(),
            }
        })
        .collect();
    let body = op.request_body.as_ref().map(|b| PreparedBody {
        required: b.required,
        media: b
            .content
            .iter()
            .map(|m| PreparedMedia {
                name: m.name.clone(),
                schema: m.schema,
                validator: OnceLock::new(),
            })
            .collect(),
    });
    let mut security = Vec::new();
    for requirement in contract.effective_security(op) {
        let mut all = Vec::new();
        for name in requirement.keys() {
            let Some(scheme) = contract.security_schemes.get(name) else {
                continue;
            };
            let credential = match &scheme.kind {
                SecuritySchemeKind::ApiKey { location, name } => match location {
                    ParamIn::Header => {
                        match HeaderName::from_bytes(name.to_ascii_lowercase().as_bytes()) {
                            Ok(h) => Credential::Header(h),
                            Err(_) => continue,
                        }
                    }
                    ParamIn::Query => Credential::Query(name.clone()),
                    ParamIn::Cookie => Credential::Cookie(name.clone()),
                    ParamIn::Path => continue,
                },
                SecuritySchemeKind::Http { scheme, .. } => {
                    let s = scheme.to_ascii_lowercase();
                    Credential::Authorization(matches!(s.as_str(), "bearer" | "basic").then_some(s))
                }
                SecuritySchemeKind::OAuth2 { .. } | SecuritySchemeKind::OpenIdConnect { .. } => {
                    Credential::Authorization(None)
                }
                SecuritySchemeKind::MutualTls | SecuritySchemeKind::Other(_) => continue,
            };
            all.push(credential);
        }
        if all.is_empty() {
            // An alternative that asks for nothing we can check: the operation is open.
            security.clear();
            break;
        }
        security.push(all);
    }
    PreparedOp {
        params,
        body,
        security,
        default: OnceLock::new(),
    }
}

fn credentials_present(alternatives: &[Vec<Credential>], req: &MockRequest<'_>) -> bool {
    if alternatives.is_empty() {
        return true;
    }
    let query = params::parse_query(req.query);
    let cookies: Vec<(String, String)> = req
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(params::parse_cookies)
        .collect();
    alternatives.iter().any(|all| {
        all.iter().all(|c| match c {
            Credential::Header(h) => req.headers.contains_key(h),
            Credential::Query(q) => query.iter().any(|(n, _)| n == q),
            Credential::Cookie(k) => cookies.iter().any(|(n, _)| n == k),
            Credential::Authorization(scheme) => {
                let Some(value) = req
                    .headers
                    .get(header::AUTHORIZATION)
                    .and_then(|v| v.to_str().ok())
                else {
                    return false;
                };
                match scheme {
                    Some(s) => {
                        value
                            .get(..s.len())
                            .is_some_and(|p| p.eq_ignore_ascii_case(s))
                            && value.len() > s.len() + 1
                    }
                    None => !value.trim().is_empty(),
                }
            }
        })
    })
}

/// `Prefer: code=404, example=name` and `Accept`.
fn choice(headers: &HeaderMap) -> Choice<'_> {
    let mut out = Choice {
        accept: headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()),
        ..Choice::default()
    };
    for value in headers.get_all("prefer") {
        let Ok(text) = value.to_str() else { continue };
        for part in text.split([',', ';']) {
            let Some((k, v)) = part.split_once('=') else {
                continue;
            };
            let v = v.trim().trim_matches('"');
            match k.trim().to_ascii_lowercase().as_str() {
                "code" => out.code = v.parse().ok().filter(|c| (100..=599).contains(c)),
                "example" => out.example = Some(v),
                _ => {}
            }
        }
    }
    out
}

/// The status and documented response to answer with.
fn select_response(
    op: &Operation,
    code: Option<u16>,
) -> Result<(u16, Option<usize>), MockResponse> {
    let index = |r: &Response| op.responses.iter().position(|x| std::ptr::eq(x, r));
    if let Some(code) = code {
        return match op.documented(code) {
            Some(r) => Ok((code, index(r))),
            None => Err(problem(
                500,
                "undocumented-status",
                "No such response",
                format!(
                    "`Prefer: code={code}` asks for a response {} does not document",
                    op.key()
                ),
                &[],
            )),
        };
    }
    if op.method == Method::Post
        && let Some(r) = op.response(StatusKey::Exact(201))
    {
        return Ok((201, index(r)));
    }
    if let Some(r) = op.success_responses().next() {
        return Ok((r.status.representative().unwrap_or(200), index(r)));
    }
    if let Some(r) = op.response(StatusKey::Default) {
        return Ok((200, index(r)));
    }
    match op
        .responses
        .iter()
        .enumerate()
        .find_map(|(i, r)| Some((r.status.representative()?, i)))
    {
        Some((s, i)) => Ok((s, Some(i))),
        None => Ok((204, None)),
    }
}

/// `text` cut to `max` characters, marked with `…` when cut.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}

/// A value as header text: strings as-is, scalars printed, arrays comma-joined.
fn header_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(header_text).collect::<Vec<_>>().join(","),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}
