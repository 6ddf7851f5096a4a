//! The reference ERP server of the conformance tests: customers and invoices per tenant,
//! bearer-token auth, cursor pagination with opaque server-issued cursors, idempotency
//! keys, RFC 9457 problem bodies, correlation IDs echoed, and a deterministic rate limit
//! (every Nth request answers 429 with `Retry-After`). Each [`Defect`] seeds one bug.
//! Its contract is `tests/fixtures/erp.yaml`; request bodies are validated against it.

// is_multiple_of and let-chains need Rust 1.87/1.88; the MSRV is 1.85.
#![allow(dead_code, clippy::collapsible_if, clippy::manual_is_multiple_of)]

use std::collections::{BTreeMap, HashMap};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use accord_schema::{Direction, Validator};
use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::{Request, Response};
use serde_json::{Value, json};

/// Requests served by every server of this process (for peer benchmarks).
pub static SERVED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The contract the server implements.
pub const CONTRACT: &str = include_str!("../fixtures/erp.yaml");

/// Tokens of the two tenants.
pub const TENANTS: [(&str, &str); 2] = [
    ("acme", "acme-secret-token"),
    ("globex", "globex-secret-token"),
];

/// One seeded defect, and the check that must find it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Defect {
    LongName500,
    WrongContentType,
    SchemaViolation,
    UndocumentedStatus,
    AcceptsInvalid,
    IgnoresAuth,
    UseAfterFree,
    IdempotencyDuplicate,
    CrossTenantRead,
    PaginationRepeat,
    PaginationNeverEnds,
    /// Lists leave out a tenant's oldest item: what a delta sync would silently lose.
    PaginationSkipsOldest,
    RateLimitNoRetryAfter,
    CorrelationNotEchoed,
    MissingLocation,
    NotReadableAfterCreate,
    RejectsValid,
}

impl Defect {
    pub const ALL: [Defect; 17] = [
        Defect::LongName500,
        Defect::WrongContentType,
        Defect::SchemaViolation,
        Defect::UndocumentedStatus,
        Defect::AcceptsInvalid,
        Defect::IgnoresAuth,
        Defect::UseAfterFree,
        Defect::IdempotencyDuplicate,
        Defect::CrossTenantRead,
        Defect::PaginationRepeat,
        Defect::PaginationNeverEnds,
        Defect::PaginationSkipsOldest,
        Defect::RateLimitNoRetryAfter,
        Defect::CorrelationNotEchoed,
        Defect::MissingLocation,
        Defect::NotReadableAfterCreate,
        Defect::RejectsValid,
    ];

    /// The check ID expected to report it.
    pub fn check(self) -> &'static str {
        match self {
            Defect::LongName500 => "not_a_server_error",
            Defect::WrongContentType => "content_type_conformance",
            Defect::SchemaViolation => "response_schema_conformance",
            Defect::UndocumentedStatus => "status_code_conformance",
            Defect::AcceptsInvalid => "negative_data_rejection",
            Defect::IgnoresAuth => "ignored_auth",
            Defect::UseAfterFree => "use_after_free",
            Defect::IdempotencyDuplicate => "idempotency_replay",
            Defect::CrossTenantRead => "tenant_isolation",
            Defect::PaginationRepeat
            | Defect::PaginationNeverEnds
            | Defect::PaginationSkipsOldest => "pagination_consistency",
            Defect::RateLimitNoRetryAfter => "rate_limit_conformance",
            Defect::CorrelationNotEchoed => "correlation_id_propagation",
            Defect::MissingLocation => "response_headers_conformance",
            Defect::NotReadableAfterCreate => "ensure_resource_availability",
            Defect::RejectsValid => "positive_data_acceptance",
        }
    }

    pub fn name(self) -> String {
        format!("{self:?}")
    }

    pub fn parse(name: &str) -> Option<Defect> {
        Defect::ALL
            .into_iter()
            .find(|d| d.name().eq_ignore_ascii_case(name))
    }
}

impl Options {
    /// Whether `defect` is seeded.
    pub fn has(&self, defect: Defect) -> bool {
        self.defect == Some(defect) || self.defects.contains(&defect)
    }
}

/// How the server behaves.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub defect: Option<Defect>,
    /// More defects at once (with `defect`, all are seeded).
    pub defects: Vec<Defect>,
    /// Every Nth request answers 429 (0: never). "Nth" counts by the request's correlation
    /// ID (`accord-<seed>-<N>`, numbered as the runner builds requests) when it has one, so
    /// concurrent workers, which change the order requests arrive in, never change which
    /// ones are throttled; a retry of a throttled request is served.
    pub rate_every: u64,
    /// The `Retry-After` seconds of those 429s.
    pub retry_after: u64,
    /// How long every answer takes (a remote API's round trip; zero: at once).
    pub latency: std::time::Duration,
}

#[derive(Clone, Debug)]
struct Item {
    tenant: usize,
    value: Value,
    deleted: bool,
    created_at_request: u64,
}

#[derive(Default)]
struct State {
    customers: BTreeMap<u64, Item>,
    invoices: BTreeMap<u64, Item>,
    /// (tenant, route, key) → (body, status, response).
    idempotency: HashMap<(usize, String, String), (Value, u16, Value)>,
    next_id: u64,
    requests: u64,
    /// Correlation IDs already answered 429 (a retry of one is served).
    throttled: std::collections::HashSet<String>,
}

struct Erp {
    options: Options,
    state: Mutex<State>,
    customer_create: Validator,
    customer_update: Validator,
    invoice_create: Validator,
}

/// Starts the server on 127.0.0.1 (port 0: any free port); returns its address.
pub async fn start(options: Options, port: u16) -> SocketAddr {
    let contract = accord_spec::load_str("erp.yaml", CONTRACT).expect("the ERP contract loads");
    let v = |name: &str| Validator::new(&contract, contract.components[name], Direction::Request);
    let erp = Arc::new(Erp {
        options,
        state: Mutex::new(State::default()),
        customer_create: v("CustomerCreate"),
        customer_update: v("CustomerUpdate"),
        invoice_create: v("InvoiceCreate"),
    });
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local addr");
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let _ = stream.set_nodelay(true);
            let erp = erp.clone();
            tokio::spawn(async move {
                let io = hyper_util::rt::TokioIo::new(stream);
                let service = hyper::service::service_fn(move |req| {
                    let erp = erp.clone();
                    async move { Ok::<_, Infallible>(erp.handle(req).await) }
                });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(io, service)
                    .await;
            });
        }
    });
    addr
}

struct Reply {
    status: u16,
    body: Option<Value>,
    content_type: &'static str,
    headers: Vec<(String, String)>,
}

fn problem(status: u16, title: &str, detail: &str) -> Reply {
    Reply {
        status,
        body: Some(
            json!({"type": "about:blank", "title": title, "status": status, "detail": detail}),
        ),
        content_type: "application/problem+json",
        headers: Vec::new(),
    }
}

fn ok(status: u16, body: Value) -> Reply {
    Reply {
        status,
        body: Some(body),
        content_type: "application/json",
        headers: Vec::new(),
    }
}

fn cursor(tenant: usize, offset: usize) -> String {
    let sig = (offset as u64 * 2_654_435_761 + tenant as u64 * 97 + 12_345) % 1_000_003;
    format!("c{offset}x{sig:x}")
}

fn parse_cursor(tenant: usize, text: &str) -> Option<usize> {
    let offset: usize = text.strip_prefix('c')?.split('x').next()?.parse().ok()?;
    (cursor(tenant, offset) == text).then_some(offset)
}

fn query(uri: &hyper::Uri) -> Vec<(String, String)> {
    uri.query()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let d = |s: &str| {
                percent_encoding::percent_decode_str(&s.replace('+', " "))
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (d(k), d(v))
        })
        .collect()
}

impl Erp {
    async fn handle(&self, req: Request<Incoming>) -> Response<Full<Bytes>> {
        SERVED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        if !self.options.latency.is_zero() {
            tokio::time::sleep(self.options.latency).await;
        }
        let method = req.method().as_str().to_string();
        let path = req.uri().path().to_string();
        let query = query(req.uri());
        let headers: Vec<(String, String)> = req
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_ascii_lowercase(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        let header = |name: &str| {
            headers
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        let body = req
            .into_body()
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        let correlation = header("x-correlation-id");
        let d = &self.options;
        let mut reply = self.route(&method, &path, &query, &header, &body);
        if d.has(Defect::WrongContentType)
            && method == "GET"
            && path.starts_with("/customers/")
            && reply.status == 200
        {
            reply.content_type = "text/plain";
        }
        let mut builder = Response::builder().status(reply.status);
        if let Some(c) = correlation.filter(|_| !d.has(Defect::CorrelationNotEchoed)) {
            builder = builder.header("X-Correlation-ID", c);
        }
        for (k, v) in &reply.headers {
            builder = builder.header(k.as_str(), v.as_str());
        }
        let bytes = match &reply.body {
            Some(v) => {
                builder = builder.header("Content-Type", reply.content_type);
                Bytes::from(serde_json::to_vec(v).unwrap_or_default())
            }
            None => Bytes::new(),
        };
        builder
            .body(Full::new(bytes))
            .unwrap_or_else(|_| Response::new(Full::new(Bytes::new())))
    }

    fn route(
        &self,
        method: &str,
        path: &str,
        query: &[(String, String)],
        header: &dyn Fn(&str) -> Option<String>,
        body: &Bytes,
    ) -> Reply {
        let d = &self.options;
        let mut state = self.state.lock().expect("state lock");
        state.requests += 1;
        let arrival = state.requests;
        let correlation = header("x-correlation-id");
        let n = correlation
            .as_deref()
            .and_then(|c| c.rsplit('-').next()?.parse::<u64>().ok())
            .unwrap_or(arrival);
        let retried = correlation
            .as_ref()
            .is_some_and(|c| state.throttled.contains(c));
        if self.options.rate_every > 0 && n % self.options.rate_every == 0 && !retried {
            if let Some(c) = correlation {
                state.throttled.insert(c);
            }
            let mut r = problem(429, "Too Many Requests", "slow down");
            if !d.has(Defect::RateLimitNoRetryAfter) {
                r.headers
                    .push(("Retry-After".into(), self.options.retry_after.to_string()));
            }
            return r;
        }
        let token =
            header("authorization").and_then(|a| a.strip_prefix("Bearer ").map(str::to_string));
        let tenant = match token.and_then(|t| TENANTS.iter().position(|(_, tok)| *tok == t)) {
            Some(t) => t,
            None if d.has(Defect::IgnoresAuth) && method == "GET" => 0,
            None => return problem(401, "Unauthorized", "a valid bearer token is required"),
        };
        if header("x-correlation-id").is_some_and(|c| c.chars().count() > 128) {
            return problem(
                400,
                "Bad Request",
                "X-Correlation-ID has at most 128 characters",
            );
        }
        let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
        let json_body = || -> Result<Value, Reply> {
            serde_json::from_slice::<Value>(body)
                .map_err(|_| problem(400, "Bad Request", "the body is not JSON"))
        };
        match (method, segments.as_slice()) {
            ("GET", ["customers"]) => self.list(&state, tenant, query, true),
            ("GET", ["invoices"]) => self.list(&state, tenant, query, false),
            ("POST", [kind @ ("customers" | "invoices")]) => {
                let value = match json_body() {
                    Ok(v) => v,
                    Err(r) => return r,
                };
                let key = header("idempotency-key");
                if let Some(k) = &key {
                    if k.is_empty() || k.chars().count() > 64 {
                        return problem(
                            400,
                            "Bad Request",
                            "Idempotency-Key must have 1 to 64 characters",
                        );
                    }
                    if !d.has(Defect::IdempotencyDuplicate) {
                        if let Some((b, status, resp)) =
                            state
                                .idempotency
                                .get(&(tenant, kind.to_string(), k.clone()))
                        {
                            if *b != value {
                                return problem(
                                    409,
                                    "Conflict",
                                    "Idempotency-Key reused with another body",
                                );
                            }
                            let mut r = ok(*status, resp.clone());
                            let id = resp["id"].as_str().unwrap_or("").to_string();
                            r.headers.push(("Location".into(), format!("/{kind}/{id}")));
                            return r;
                        }
                    }
                }
                let reply = if *kind == "customers" {
                    self.create_customer(&mut state, tenant, &value, n)
                } else {
                    self.create_invoice(&mut state, tenant, &value, n)
                };
                if let (Some(k), true) = (key, reply.status == 201) {
                    state.idempotency.insert(
                        (tenant, kind.to_string(), k),
                        (value, 201, reply.body.clone().unwrap_or_default()),
                    );
                }
                reply
            }
            (m, [kind @ ("customers" | "invoices"), id]) => {
                let prefix = if *kind == "customers" { "cus_" } else { "inv_" };
                let digits = id
                    .strip_prefix(prefix)
                    .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
                let Some(digits) = digits else {
                    return problem(400, "Bad Request", "malformed id");
                };
                // Well-formed but beyond any issued ID: not found, not malformed.
                let num = digits.parse::<u64>().unwrap_or(u64::MAX);
                let is_customers = *kind == "customers";
                let table = if is_customers {
                    &mut state.customers
                } else {
                    &mut state.invoices
                };
                let cross = d.has(Defect::CrossTenantRead) && m == "GET";
                let visible = |item: &Item| {
                    (item.tenant == tenant || cross)
                        && (!item.deleted || d.has(Defect::UseAfterFree) && m == "GET")
                };
                let Some(item) = table.get_mut(&num).filter(|i| visible(i)) else {
                    return problem(404, "Not Found", "no such item");
                };
                match m {
                    "GET" => {
                        if d.has(Defect::NotReadableAfterCreate) && n <= item.created_at_request + 2
                        {
                            return problem(404, "Not Found", "no such item");
                        }
                        ok(200, item.value.clone())
                    }
                    "DELETE" => {
                        item.deleted = true;
                        if d.has(Defect::UndocumentedStatus) && is_customers {
                            return ok(200, json!({"deleted": true}));
                        }
                        Reply {
                            status: 204,
                            body: None,
                            content_type: "application/json",
                            headers: Vec::new(),
                        }
                    }
                    "PATCH" if is_customers => {
                        let value = match json_body() {
                            Ok(v) => v,
                            Err(r) => return r,
                        };
                        if !d.has(Defect::AcceptsInvalid) && !self.customer_update.is_valid(&value)
                        {
                            return problem(
                                400,
                                "Bad Request",
                                "the body does not match CustomerUpdate",
                            );
                        }
                        if let (Some(obj), Some(patch)) =
                            (item.value.as_object_mut(), value.as_object())
                        {
                            for (k, v) in patch {
                                if v.is_null() && k != "creditLimit" {
                                    continue;
                                }
                                obj.insert(k.clone(), v.clone());
                            }
                        }
                        ok(200, item.value.clone())
                    }
                    _ => problem(405, "Method Not Allowed", "not supported"),
                }
            }
            _ => problem(404, "Not Found", "no such route"),
        }
    }

    fn list(
        &self,
        state: &State,
        tenant: usize,
        query: &[(String, String)],
        customers: bool,
    ) -> Reply {
        let d = &self.options;
        let get = |k: &str| query.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        let limit = match get("limit") {
            None => 20,
            Some(v) => match v.parse::<usize>() {
                Ok(l) if (1..=100).contains(&l) => l,
                _ => return problem(400, "Bad Request", "limit must be an integer from 1 to 100"),
            },
        };
        let offset = match get("cursor") {
            None => 0,
            Some(c) => match parse_cursor(tenant, c) {
                Some(o) => o,
                None => return problem(400, "Bad Request", "unknown cursor"),
            },
        };
        let status = get("status");
        if customers && status.is_some_and(|s| s != "active" && s != "inactive") {
            return problem(400, "Bad Request", "status must be active or inactive");
        }
        let customer = if customers { None } else { get("customerId") };
        if let Some(c) = customer {
            let valid = c
                .strip_prefix("cus_")
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
            if !valid {
                return problem(400, "Bad Request", "customerId is malformed");
            }
        }
        let table = if customers {
            &state.customers
        } else {
            &state.invoices
        };
        let items: Vec<Value> = table
            .values()
            .filter(|i| i.tenant == tenant && !i.deleted)
            .filter(|i| status.is_none_or(|s| i.value["status"] == s))
            .filter(|i| customer.is_none_or(|c| i.value["customerId"] == c))
            .skip(usize::from(d.has(Defect::PaginationSkipsOldest)))
            .map(|i| i.value.clone())
            .collect();
        let page: Vec<Value> = items
            .iter()
            .skip(offset)
            .take(limit)
            .map(|v| {
                let mut v = v.clone();
                if d.has(Defect::SchemaViolation) && customers {
                    v["createdAt"] = json!(1_700_000_000);
                }
                v
            })
            .collect();
        let end = offset + limit >= items.len();
        let next = if end {
            if d.has(Defect::PaginationNeverEnds) && offset > 0 {
                Some(cursor(tenant, offset))
            } else {
                None
            }
        } else if d.has(Defect::PaginationRepeat) && limit > 1 {
            Some(cursor(tenant, offset + limit - 1))
        } else {
            Some(cursor(tenant, offset + limit))
        };
        ok(200, json!({"data": page, "nextCursor": next}))
    }

    fn create_customer(&self, state: &mut State, tenant: usize, value: &Value, n: u64) -> Reply {
        let d = &self.options;
        if !d.has(Defect::AcceptsInvalid) && !self.customer_create.is_valid(value) {
            return problem(400, "Bad Request", "the body does not match CustomerCreate");
        }
        let name = value["name"].as_str().unwrap_or("unnamed").to_string();
        if d.has(Defect::LongName500) && name.chars().count() > 100 {
            return Reply {
                status: 500,
                body: Some(json!({"title": "Internal Server Error", "status": 500})),
                content_type: "application/problem+json",
                headers: Vec::new(),
            };
        }
        if d.has(Defect::RejectsValid) && name.contains(' ') {
            return problem(400, "Bad Request", "name must not contain spaces");
        }
        state.next_id += 1;
        let id = state.next_id;
        let mut c = json!({
            "id": format!("cus_{id}"),
            "name": name,
            "email": value["email"].as_str().unwrap_or("nobody@example.com"),
            "status": value.get("status").and_then(Value::as_str).unwrap_or("active"),
            "createdAt": "2024-01-15T09:30:00Z",
        });
        for k in ["creditLimit", "tags"] {
            if let Some(v) = value.get(k) {
                c[k] = v.clone();
            }
        }
        state.customers.insert(
            id,
            Item {
                tenant,
                value: c.clone(),
                deleted: false,
                created_at_request: n,
            },
        );
        let mut r = ok(201, c);
        if !d.has(Defect::MissingLocation) {
            r.headers
                .push(("Location".into(), format!("/customers/cus_{id}")));
        }
        r
    }

    fn create_invoice(&self, state: &mut State, tenant: usize, value: &Value, n: u64) -> Reply {
        if !self.options.has(Defect::AcceptsInvalid) && !self.invoice_create.is_valid(value) {
            return problem(400, "Bad Request", "the body does not match InvoiceCreate");
        }
        let customer = value["customerId"].as_str().unwrap_or("");
        let exists = customer
            .strip_prefix("cus_")
            .and_then(|s| s.parse::<u64>().ok())
            .and_then(|id| state.customers.get(&id))
            .is_some_and(|c| c.tenant == tenant && !c.deleted);
        if !exists {
            return problem(
                422,
                "Unprocessable Content",
                "customerId does not name a customer of this tenant",
            );
        }
        let lines = value["lines"].as_array().cloned().unwrap_or_default();
        let total: f64 = lines
            .iter()
            .map(|l| l["quantity"].as_f64().unwrap_or(0.0) * l["unitPrice"].as_f64().unwrap_or(0.0))
            .sum();
        state.next_id += 1;
        let id = state.next_id;
        let mut inv = json!({
            "id": format!("inv_{id}"),
            "customerId": customer,
            "currency": value["currency"],
            "lines": lines,
            "total": (total * 100.0).round() / 100.0,
            "status": "draft",
        });
        if let Some(due) = value.get("dueDate") {
            inv["dueDate"] = due.clone();
        }
        state.invoices.insert(
            id,
            Item {
                tenant,
                value: inv.clone(),
                deleted: false,
                created_at_request: n,
            },
        );
        let mut r = ok(201, inv);
        r.headers
            .push(("Location".into(), format!("/invoices/inv_{id}")));
        r
    }
}
