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

use accord_schema::{Direction, SampleOptions, Validator, generate};
use accord_spec::{
    Contract, HeaderRole, MediaRange, Method, Operation, ParamIn, Response, SchemaId,
    SecuritySchemeKind, StatusKey,
};
use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, header};
use serde_json::Value;

use super::faults::{ErrorInjector, TokenBucket, splitmix64};
use super::fit::Fitting;
use super::idempotency::{IdempotencyLog, Replay};
use super::list_body::ListBody;
use super::operation_faults::{self, ActiveFault, Verdict};
use super::pagination::Paging;
use super::params::{self, Shape};
use super::problem::{Violation, problem};
use super::prune::prune;
use super::resources::Resources;
use super::router::{RouteMatch, Router};
use super::stateful::Routed;
use super::store::Store;
use super::validators::SharedValidators;
use super::{MockOptions, MockRequest, MockResponse};

/// A contract, prepared to answer requests.
pub struct MockEngine {
    pub(crate) contract: Arc<Contract>,
    options: MockOptions,
    router: Router,
    pub(crate) ops: Vec<PreparedOp>,
    pub(crate) resources: Resources,
    pub(crate) store: Store,
    idempotency: IdempotencyLog,
    /// Per operation, its own faults (`--fault`).
    op_faults: Vec<Option<ActiveFault>>,
    bucket: Option<TokenBucket>,
    errors: ErrorInjector,
    ids: AtomicU64,
    cache: Mutex<HashMap<(usize, Key), Arc<Prepared>>>,
    /// Every validator the engine compiles, once per schema and direction.
    pub(crate) validators: Arc<SharedValidators>,
    /// What the engine served other than the contract asked, once per operation and status
    /// (operation index, status): a documented example replaced by a generated sample.
    notes: Mutex<BTreeMap<(usize, u16), String>>,
    /// Print each note to stderr as it is recorded (`accord mock` in a terminal).
    print_notes: bool,
}

pub(crate) struct PreparedOp {
    params: Vec<PreparedParam>,
    body: Option<PreparedBody>,
    /// Alternatives, each a list of credentials that must all be present; empty: open.
    security: Vec<Vec<Credential>>,
    default: OnceLock<Result<Arc<Prepared>, MockResponse>>,
    /// How a list operation pages (built on first use).
    pub(crate) paging: OnceLock<Paging>,
    /// Where a list operation's body keeps its items (built on first use).
    pub(crate) list_shape: OnceLock<Option<ListBody>>,
}

struct PreparedParam {
    name: String,
    header: Option<HeaderName>,
    location: ParamIn,
    required: bool,
    shape: Shape,
    /// A `content` parameter (serialised JSON): only its presence is checked.
    content: bool,
    schema: Option<SchemaId>,
    validator: OnceLock<Arc<Validator>>,
    /// A valid value as text, the template of the IDs the mock issues (built on first use:
    /// generating it compiles the schema, too slow to repeat for every create).
    sample: OnceLock<Option<String>>,
}

struct PreparedBody {
    required: bool,
    media: Vec<PreparedMedia>,
}

struct PreparedMedia {
    /// The media type as documented (may be a range like `application/*`).
    name: MediaRange,
    schema: Option<SchemaId>,
    validator: OnceLock<Arc<Validator>>,
}

enum Credential {
    Header(HeaderName),
    Query(String),
    Cookie(String),
    /// `Authorization` with this scheme prefix (lower-case), or any value.
    Authorization(Option<String>),
}

/// A response ready to be sent, apart from the headers that depend on the request.
pub(crate) struct Prepared {
    pub(crate) status: u16,
    content_type: Option<HeaderValue>,
    headers: Vec<(HeaderName, HeaderSource)>,
    body: Bytes,
    /// The `id` of the body, for `Location`.
    pub(crate) body_id: Option<String>,
    /// The body as a value, and whether it is sent as JSON.
    pub(crate) value: Option<Value>,
    json: bool,
    /// The body's schema, and the body prepared for fitting state in (built on first use).
    pub(crate) schema: Option<SchemaId>,
    fitting: OnceLock<Option<Fitting>>,
}

impl Prepared {
    /// Which of an operation's answers this is (status and media type): with the
    /// operation, what a rendered body depends on besides the state.
    pub(crate) fn variant(&self) -> String {
        let media = self.content_type.as_ref().and_then(|v| v.to_str().ok());
        format!("{} {}", self.status, media.unwrap_or("-"))
    }
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
pub(crate) struct Choice<'a> {
    pub(crate) code: Option<u16>,
    pub(crate) example: Option<&'a str>,
    pub(crate) accept: Option<&'a str>,
}

/// Most resources and tombstones kept across all tenants (oldest evicted first).
const STORE_CAPACITY: usize = 100_000;
/// Most idempotency keys remembered.
const IDEMPOTENCY_CAPACITY: usize = 20_000;

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
            resources: Resources::new(&contract),
            store: Store::new(STORE_CAPACITY),
            idempotency: IdempotencyLog::new(IDEMPOTENCY_CAPACITY),
            op_faults: operation_faults::resolve(&contract, &options.faults, options.seed)
                .unwrap_or_default(),
            contract,
            options,
            router,
            ops,
            bucket,
            errors,
            cache: Mutex::new(HashMap::new()),
            validators: Arc::default(),
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

    /// Every tenant's resources as JSON (what `--state FILE` holds).
    pub fn state(&self) -> Value {
        self.store.save()
    }

    /// Replaces every tenant's resources with a saved state.
    pub fn set_state(&self, state: Value) -> Result<(), String> {
        self.store.load(state)
    }

    /// Loads `path` when it exists (a missing file is an empty state, created on save).
    pub(crate) fn load_state_file(&self, path: &std::path::Path) -> Result<(), super::MockError> {
        let error = |message: String| super::MockError::State {
            path: path.display().to_string(),
            message,
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(error(e.to_string())),
        };
        let value: Value = serde_json::from_str(&text)
            .map_err(|e| error(format!("line {} column {}: {e}", e.line(), e.column())))?;
        self.set_state(value).map_err(error)
    }

    /// Writes the state to `path` (pretty JSON, stable order).
    pub(crate) fn save_state_file(&self, path: &std::path::Path) -> Result<(), super::MockError> {
        let text = serde_json::to_string_pretty(&self.state()).unwrap_or_default();
        std::fs::write(path, text + "\n").map_err(|e| super::MockError::State {
            path: path.display().to_string(),
            message: e.to_string(),
        })
    }

    /// Answers one request.
    pub fn handle(&self, req: &MockRequest<'_>) -> MockResponse {
        let mut response = self.answer(req);
        // Every correlation header the request carries is echoed, whatever the contract
        // names it (`X-Correlation-ID`, `X-Request-ID`, a vendor's own).
        for (name, id) in req.headers.iter() {
            if HeaderRole::Correlation.is(name.as_str()) {
                response.headers.retain(|(n, _)| n != name);
                response.headers.push((name.clone(), id.clone()));
            }
        }
        if !self.options.latency.is_zero() {
            response.delay = Some(response.delay.unwrap_or_default() + self.options.latency);
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
        let (index, path_params) = match self.route(method, req) {
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
        if let Some(fault) = self.op_faults.get(index).and_then(Option::as_ref) {
            let mut response = match fault.decide() {
                Verdict::Pass => self.answer_routed(req, method, index, op, prepared, path_params),
                Verdict::Drop => {
                    let mut r = problem(503, "dropped", "Dropped", String::new(), &[]);
                    r.drop_connection = true;
                    r
                }
                Verdict::Error(status) => problem(
                    status,
                    "injected-fault",
                    if status == 503 {
                        "Service Unavailable"
                    } else {
                        "Internal Server Error"
                    },
                    format!("a fault injected by `accord mock --fault` on {}", op.key()),
                    &[],
                ),
                Verdict::Throttle(wait) => self
                    .in_documented_shape(
                        index,
                        op,
                        prepared,
                        req,
                        problem(
                            429,
                            "rate-limited",
                            "Too Many Requests",
                            format!(
                                "{} is rate-limited by `--fault`; retry after {wait} s",
                                op.key()
                            ),
                            &[],
                        ),
                    )
                    .with_header(header::RETRY_AFTER, &wait.to_string()),
            };
            if !fault.latency.is_zero() {
                response.delay = Some(fault.latency);
            }
            return response;
        }
        self.answer_routed(req, method, index, op, prepared, path_params)
    }

    /// The answer once routed: global faults, credentials, validation, state.
    fn answer_routed(
        &self,
        req: &MockRequest<'_>,
        method: Method,
        index: usize,
        op: &Operation,
        prepared: &PreparedOp,
        path_params: Vec<(String, String)>,
    ) -> MockResponse {
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
                    rejection_status(op, &[401, 403]),
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
        let mut json_body = None;
        if self.options.validate_requests {
            match self.validate(prepared, &path_params, req) {
                Ok(body) => json_body = body,
                Err(response) => {
                    let preferred: &[u16] = if response.status == 415 {
                        &[415, 400, 422]
                    } else {
                        &[400, 422]
                    };
                    let response = restatus(response, rejection_status(op, preferred));
                    return self.in_documented_shape(index, op, prepared, req, response);
                }
            }
        }
        let tenant = self.tenant_of(index, req);
        let idempotency_key = self
            .resources
            .idempotency_header(index)
            .filter(|_| !method.is_safe())
            .and_then(|h| req.headers.get(h))
            .and_then(|v| v.to_str().ok())
            .map(|k| (tenant.clone(), index, k.to_string()));
        if let Some(key) = &idempotency_key {
            match self.idempotency.lookup(key, req.body) {
                Replay::New => {}
                Replay::Same(response) => return response,
                Replay::Conflict => {
                    let conflict = problem(
                        rejection_status(op, &[409, 422, 400]),
                        "idempotency-conflict",
                        "Conflict",
                        "this idempotency key was used with another request body".into(),
                        &[],
                    );
                    return self.in_documented_shape(index, op, prepared, req, conflict);
                }
            }
        }
        let choice = choice(req.headers);
        let stateful = if choice.code.is_none() && choice.example.is_none() {
            self.stateful(&Routed {
                index,
                op,
                prepared,
                req,
                path_params: &path_params,
                tenant: &tenant,
                json_body: std::cell::Cell::new(json_body),
            })
        } else {
            None
        };
        let response = match stateful {
            Some(r) => r,
            None => match self.prepared(index, op, prepared, &choice) {
                Ok(p) => self.materialize(&p, op, req),
                Err(problem) => problem,
            },
        };
        if let Some(key) = idempotency_key
            && (200..300).contains(&response.status)
        {
            self.idempotency.record(key, req.body, &response);
        }
        response
    }

    /// A rejection (400, 401, 404, 409) answered the way the contract documents that status
    /// for this operation (exact, `NXX`, then `default`): a client tested against the mock
    /// must see the vendor's error shape, not ours. The documented body is the base, and
    /// the rejection's fields (`detail`, `errors`) are fitted in where the schema allows;
    /// the rejection's own headers (`WWW-Authenticate`) are kept.
    pub(crate) fn in_documented_shape(
        &self,
        index: usize,
        op: &Operation,
        prepared: &PreparedOp,
        req: &MockRequest<'_>,
        rejection: MockResponse,
    ) -> MockResponse {
        let status = rejection.status;
        let Some(documented) = op.documented(status) else {
            return rejection;
        };
        if documented.content.is_empty() {
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
        let Ok(p) = self.prepared(index, op, prepared, &choice) else {
            return rejection;
        };
        let problem: Option<Value> = serde_json::from_slice(&rejection.body).ok();
        let body = match (self.fitting_of(&p), problem) {
            (Some(fitting), Some(Value::Object(overlay))) if p.json => fitting.fit(overlay),
            _ => p.value.clone().unwrap_or(Value::Null),
        };
        let mut response = self.materialize_with(&p, op, req, &body, None);
        response.status = status;
        for (name, value) in rejection.headers {
            if name != header::CONTENT_TYPE && !response.headers.iter().any(|(n, _)| *n == name) {
                response.headers.push((name, value));
            }
        }
        response
    }

    /// Validates the request's parameters and body; the body when it was read as JSON.
    fn validate(
        &self,
        op: &PreparedOp,
        path_params: &[(String, String)],
        req: &MockRequest<'_>,
    ) -> Result<Option<Value>, MockResponse> {
        let mut violations = Vec::new();
        let mut query: Option<Vec<(String, String)>> = None;
        let mut cookies: Option<Vec<(String, String)>> = None;
        for p in &op.params {
            // A header value with bytes beyond ASCII (HTTP's obs-text) is still the value
            // the client sent, not an empty one.
            let header_texts: Vec<std::borrow::Cow<'_, str>> = match (&p.location, &p.header) {
                (ParamIn::Header, Some(name)) => req
                    .headers
                    .get_all(name)
                    .iter()
                    .map(|v| String::from_utf8_lossy(v.as_bytes()))
                    .collect(),
                _ => Vec::new(),
            };
            let values: Vec<&str> = match p.location {
                ParamIn::Path => path_params
                    .iter()
                    .filter(|(n, _)| *n == p.name)
                    .map(|(_, v)| v.as_str())
                    .collect(),
                ParamIn::Query => {
                    let q = query.get_or_insert_with(|| params::parse_query(req.query));
                    if p.shape == Shape::Object {
                        // An object travels as its fields (`name[key]=v`, `key=v`) or as
                        // `name=k,v`: one bare scalar under its name is not an object.
                        let scalar = q
                            .iter()
                            .find(|(n, v)| *n == p.name && !v.is_empty() && !v.contains(','));
                        let refused = match (scalar, p.schema) {
                            (Some((_, v)), Some(schema)) if !p.content => {
                                // `created=123` where the schema is `anyOf [object, integer]`.
                                let validator = p.validator.get_or_init(|| {
                                    self.validators
                                        .get(&self.contract, schema, Direction::Request)
                                });
                                let as_number = v.parse::<f64>().ok().map(Value::from);
                                ![Some(Value::String(v.clone())), as_number]
                                    .into_iter()
                                    .flatten()
                                    .any(|value| validator.is_valid(&value))
                            }
                            _ => false,
                        };
                        if refused {
                            violations.push(Violation::new(
                                "query",
                                format!("/query/{}", p.name),
                                format!(
                                    "query parameter `{}` is an object, not a single value",
                                    p.name
                                ),
                            ));
                        }
                        continue;
                    }
                    q.iter()
                        .filter(|(n, _)| *n == p.name)
                        .map(|(_, v)| v.as_str())
                        .collect()
                }
                ParamIn::Header => match &p.header {
                    Some(_) => header_texts.iter().map(|t| t.as_ref()).collect(),
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
            // Written only for a violation: most requests have none.
            let pointer = || format!("/{location}/{}", p.name);
            if values.is_empty() {
                if p.required {
                    violations.push(Violation::new(
                        location,
                        pointer(),
                        format!("the required {location} parameter `{}` is missing", p.name),
                    ));
                }
                continue;
            }
            let (Some(schema), false) = (p.schema, p.shape == Shape::Object) else {
                continue;
            };
            let value = params::coerce(p.shape, &values);
            let validator = p.validator.get_or_init(|| {
                self.validators
                    .get(&self.contract, schema, Direction::Request)
            });
            if !validator.is_valid(&value) {
                for issue in validator.issues(&value) {
                    violations.push(Violation::new(
                        location,
                        format!("{}{}", pointer(), issue.pointer),
                        format!("{location} parameter `{}`: {}", p.name, issue.message),
                    ));
                }
            }
        }
        let body = match &op.body {
            Some(body) => self.validate_body(body, req, &mut violations)?,
            None => None,
        };
        if violations.is_empty() {
            return Ok(body);
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

    /// Validates the body; the body when it was read as JSON, so that the stateful answer
    /// does not read it again.
    fn validate_body(
        &self,
        body: &PreparedBody,
        req: &MockRequest<'_>,
        violations: &mut Vec<Violation>,
    ) -> Result<Option<Value>, MockResponse> {
        if req.body.is_empty() {
            if body.required {
                violations.push(Violation::new(
                    "body",
                    "/body".into(),
                    "the request body is required".into(),
                ));
            }
            return Ok(None);
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
        let json = actual.is_json();
        let value = if json {
            match serde_json::from_slice::<Value>(req.body) {
                Ok(v) => v,
                Err(e) => {
                    violations.push(Violation::new(
                        "body",
                        "/body".into(),
                        format!("the body is not valid JSON: {e}"),
                    ));
                    return Ok(None);
                }
            }
        } else if actual.is_form_urlencoded() {
            let Some(schema) = media.schema else {
                return Ok(None);
            };
            let text = String::from_utf8_lossy(req.body);
            self.form_value(schema, &text)
        } else {
            return Ok(None);
        };
        let Some(schema) = media.schema else {
            return Ok(json.then_some(value));
        };
        let validator = media.validator.get_or_init(|| {
            self.validators
                .get(&self.contract, schema, Direction::Request)
        });
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
        Ok(json.then_some(value))
    }

    /// A form body as the object its schema describes (`form.rs`).
    pub(crate) fn form_value(&self, schema: SchemaId, text: &str) -> Value {
        super::form::form_value(&self.contract, schema, text)
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
            value: None,
            json: false,
            schema: None,
            fitting: OnceLock::new(),
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
                    .map(|s| {
                        header_text(&accord_schema::sample(
                            &self.contract,
                            s,
                            Direction::Response,
                        ))
                    })
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
        prepared.json = json;
        prepared.schema = media.schema;
        prepared.value = value;
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
            let sample = self.repaired_sample(schema);
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
        let sample = self.repaired_sample(schema);
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

    /// A generated sample of `schema`, with whatever still violates it pruned away
    /// (`prune.rs`) when generation could not satisfy the schema.
    fn repaired_sample(&self, schema: SchemaId) -> accord_schema::Sample {
        let mut sample = generate(
            &self.contract,
            schema,
            Direction::Response,
            &SampleOptions::default(),
        );
        if !sample.value.is_object() && !sample.value.is_array() {
            return sample;
        }
        let validator = Validator::for_values(
            &self.contract,
            schema,
            Direction::Response,
            &[&sample.value],
        );
        if !validator.is_valid(&sample.value) {
            sample.value = prune(&validator, std::mem::take(&mut sample.value));
        }
        sample
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
    pub(crate) fn prepared(
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
        self.respond(p, op, req, p.body.clone(), p.body_id.as_deref())
    }

    /// The response `p` documents with `body` in place of its own (a JSON body is
    /// serialised; another kind keeps the documented one) and `id` in its `Location`.
    pub(crate) fn materialize_with(
        &self,
        p: &Prepared,
        op: &Operation,
        req: &MockRequest<'_>,
        body: &Value,
        id: Option<&str>,
    ) -> MockResponse {
        let bytes = self.body_bytes(p, body);
        self.respond(p, op, req, bytes, id.or(p.body_id.as_deref()))
    }

    /// The bytes of `body` answered as `p` (its prepared bytes when `body` is `null` or
    /// `p` is not JSON).
    pub(crate) fn body_bytes(&self, p: &Prepared, body: &Value) -> Bytes {
        if p.json && !body.is_null() {
            // Sized like the documented body, so that writing it seldom grows the buffer.
            let mut bytes = Vec::with_capacity(p.body.len() + p.body.len() / 2);
            if serde_json::to_writer(&mut bytes, body).is_err() {
                bytes.clear();
            }
            Bytes::from(bytes)
        } else {
            p.body.clone()
        }
    }

    pub(crate) fn respond(
        &self,
        p: &Prepared,
        op: &Operation,
        req: &MockRequest<'_>,
        body: Bytes,
        id: Option<&str>,
    ) -> MockResponse {
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
                    .location(id, op, req)
                    .and_then(|l| HeaderValue::from_str(&l).ok())
                    .unwrap_or_else(|| fallback.clone()),
            };
            headers.push((name.clone(), value));
        }
        MockResponse {
            status: p.status,
            headers,
            body,
            delay: None,
            drop_connection: false,
        }
    }

    /// A prepared body ready to have state fitted in (built on first use); `None` when it
    /// has no body or no schema.
    pub(crate) fn fitting_of<'p>(&self, p: &'p Prepared) -> Option<&'p Fitting> {
        p.fitting
            .get_or_init(|| {
                let (base, schema) = (p.value.clone()?, p.schema?);
                Some(Fitting::new(&self.contract, &self.validators, schema, base))
            })
            .as_ref()
    }

    /// The names of the header and query credentials operation `index` accepts.
    pub(crate) fn credential_names(&self, index: usize) -> Vec<&str> {
        let Some(op) = self.ops.get(index) else {
            return Vec::new();
        };
        op.security
            .iter()
            .flatten()
            .filter_map(|c| match c {
                Credential::Header(h) => Some(h.as_str()),
                Credential::Query(q) => Some(q.as_str()),
                _ => None,
            })
            .collect()
    }

    /// A valid value of path parameter `name` of operation `index`, as text.
    pub(crate) fn param_sample(&self, index: usize, name: &str) -> Option<String> {
        let p = self
            .ops
            .get(index)?
            .params
            .iter()
            .find(|p| p.name == name)?;
        p.sample
            .get_or_init(|| {
                match accord_schema::sample(&self.contract, p.schema?, Direction::Request) {
                    Value::String(s) if !s.is_empty() => Some(s),
                    Value::Number(n) => Some(n.to_string()),
                    _ => None,
                }
            })
            .clone()
    }

    /// The operation `req` names for `method`: among overlapping templates, the one whose
    /// schemas accept the path's values; among operations of one path told apart by a
    /// selector (`/#X-Amz-Target=…`), the one whose selector the request carries.
    fn route(&self, method: Method, req: &MockRequest<'_>) -> RouteMatch {
        let query = std::cell::OnceCell::new();
        self.router.route_fitting(
            method,
            req.path,
            |op, params| {
                params
                    .iter()
                    .all(|(name, text)| self.param_accepts(op, name, text))
            },
            |selector| {
                let query: &Vec<(String, String)> =
                    query.get_or_init(|| params::parse_query(req.query));
                selector.selects(
                    |name| req.headers.get(name)?.to_str().ok(),
                    |name| {
                        query
                            .iter()
                            .find(|(k, _)| k == name)
                            .map(|(_, v)| v.as_str())
                    },
                )
            },
        )
    }

    /// Whether path parameter `name` of operation `index` accepts `text`.
    pub(crate) fn param_accepts(&self, index: usize, name: &str, text: &str) -> bool {
        let Some(p) = self
            .ops
            .get(index)
            .and_then(|op| op.params.iter().find(|p| p.name == name))
        else {
            return true;
        };
        let Some(schema) = p.schema else {
            return true;
        };
        let value = params::coerce(p.shape, &[text]);
        p.validator
            .get_or_init(|| {
                self.validators
                    .get(&self.contract, schema, Direction::Request)
            })
            .is_valid(&value)
    }

    /// The next number of the engine's ID sequence.
    pub(crate) fn next_id(&self) -> u64 {
        self.ids.fetch_add(1, Ordering::Relaxed)
    }

    /// `http://host/collection/{id}` for a created resource.
    fn location(&self, id: Option<&str>, op: &Operation, req: &MockRequest<'_>) -> Option<String> {
        let host = req
            .headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("localhost");
        let path = req.path.trim_end_matches('/');
        let item_path = op.path.trim_end_matches('/').ends_with('}');
        match (id, item_path) {
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

/// Hook of `accord mock --record` (`record/`): what the contract says of a live request.
impl MockEngine {
    /// The operation `req` names, why the contract finds it invalid (`None`: valid), and
    /// whether it carries the credentials the operation asks for. `None` when no operation
    /// of the contract matches.
    pub(crate) fn classify(&self, req: &MockRequest<'_>) -> Option<(usize, Option<String>, bool)> {
        let method = Method::parse(req.method.as_str())?;
        let RouteMatch::Found { op, params } = self.route(method, req) else {
            return None;
        };
        let prepared = self.ops.get(op)?;
        let credentialed = credentials_present(&prepared.security, req);
        let invalid = self
            .validate(prepared, &params, req)
            .err()
            .map(|rejection| {
                let problem: Value = serde_json::from_slice(&rejection.body).unwrap_or_default();
                let errors: Vec<String> = problem["errors"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|e| {
                        format!(
                            "{}: {}",
                            e["pointer"].as_str().unwrap_or(""),
                            e["message"].as_str().unwrap_or("")
                        )
                    })
                    .collect();
                if errors.is_empty() {
                    problem["detail"].as_str().unwrap_or("invalid").to_string()
                } else {
                    errors.join("; ")
                }
            });
        Some((op, invalid, credentialed))
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
                content: !p.content.is_empty(),
                required: p.required || p.location == ParamIn::Path,
                shape: if p.content.is_empty() {
                    params::shape(contract, schema, p.location, p.style.as_ref())
                } else {
                    // `content` parameters are serialised JSON; only presence is checked.
                    Shape::Object
                },
                schema,
                validator: OnceLock::new(),
                sample: OnceLock::new(),
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
        paging: OnceLock::new(),
        list_shape: OnceLock::new(),
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

/// The status a rejection answers with: the first of `preferred` the operation documents
/// exactly; else the first, when a `4XX` range or `default` documents it; else the lowest
/// client error of the vendor's own the operation documents, one HTTP gives no meaning of
/// its own (AWS contracts document their exceptions as `480`–`489` and no `400`; a
/// documented `404` or `409` says something else than "refused"); else the first.
fn rejection_status(op: &Operation, preferred: &[u16]) -> u16 {
    let first = preferred.first().copied().unwrap_or(400);
    if let Some(exact) = preferred
        .iter()
        .copied()
        .find(|s| op.response(*s).is_some())
    {
        return exact;
    }
    if op.documented(first).is_some() {
        return first;
    }
    let vendors_own = |code: &u16| {
        http::StatusCode::from_u16(*code).is_ok_and(|s| s.canonical_reason().is_none())
    };
    op.responses
        .iter()
        .filter_map(|r| r.status.code())
        .filter(|code| (400..500).contains(code) && vendors_own(code))
        .min()
        .unwrap_or(first)
}

/// A problem answer with another status (its body's `status` too).
fn restatus(mut response: MockResponse, status: u16) -> MockResponse {
    if response.status == status {
        return response;
    }
    response.status = status;
    if let Ok(mut body) = serde_json::from_slice::<Value>(&response.body)
        && let Some(map) = body.as_object_mut()
    {
        map.insert("status".into(), Value::from(status));
        response.body = Bytes::from(serde_json::to_vec(&body).unwrap_or_default());
    }
    response
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
