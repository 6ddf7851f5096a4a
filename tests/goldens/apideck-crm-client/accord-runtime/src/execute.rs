//! Runs one logical call: builds each attempt, applies auth, rate limit,
//! retries with back-off and `Retry-After`, the 401 refresh, the timeouts,
//! and turns the outcome into an [`ApiResponse`] or an [`Error`].

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant, SystemTime};

use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue, RETRY_AFTER};
use reqwest::{Method, StatusCode, Url};
use tracing::Instrument;

use crate::auth::Credential;
use crate::body::Body;
use crate::client::ClientInner;
use crate::correlation::{current_correlation_id, generate_correlation_id};
use crate::error::{
    Error, ErrorContext, Result, StatusError, TimeoutError, TimeoutKind, TransportError,
};
use crate::idempotency::IdempotencyKey;
use crate::problem::Problem;
use crate::request::{RequestBuilder, encode, serialize_query};
use crate::response::ApiResponse;
use crate::retry::{RetryPolicy, is_connection_failure, is_idempotent_method, parse_retry_after};
use crate::tenant::TenantPlacement;

/// A response that passed the status check, body read.
pub(crate) struct RawResponse {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
    /// The URL requested (without credentials).
    pub(crate) url: Url,
    pub(crate) context: ErrorContext,
    pub(crate) response_correlation_id: Option<String>,
    pub(crate) sent_correlation_id: Option<String>,
    pub(crate) idempotency_key: Option<IdempotencyKey>,
}

impl RawResponse {
    pub(crate) fn into_response<T>(self, body: T) -> ApiResponse<T> {
        ApiResponse {
            status: self.status,
            headers: self.headers,
            body,
            correlation_id: self.response_correlation_id,
            sent_correlation_id: self.sent_correlation_id,
            request_id: self.context.request_id,
            idempotency_key: self.idempotency_key,
            attempts: self.context.attempts,
        }
    }
}

/// Everything that stays the same across the attempts of one call.
struct Prepared {
    method: Method,
    url: Url,
    headers: HeaderMap,
    body: Option<Body>,
    retryable: bool,
    correlation_id: Option<String>,
    idempotency_key: Option<IdempotencyKey>,
    timeout: Option<Duration>,
    total_timeout: Option<Duration>,
    retry: RetryPolicy,
    context: ErrorContext,
}

fn render_path(
    template: &str,
    params: &[(String, String)],
    tenant_param: Option<&str>,
) -> Result<String> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after.find('}').ok_or_else(|| {
            Error::InvalidRequest(format!("unclosed `{{` in path template `{template}`"))
        })?;
        let name = &after[..end];
        let value = params
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v)
            .ok_or_else(|| {
                let hint = if tenant_param == Some(name) {
                    " (it is the tenant parameter: configure a tenant on the client or in CallOptions)"
                } else {
                    ""
                };
                Error::InvalidRequest(format!("missing path parameter `{name}`{hint}"))
            })?;
        if value.is_empty() {
            return Err(Error::InvalidRequest(format!(
                "path parameter `{name}` is empty"
            )));
        }
        out.push_str(&encode(value));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn header_name(name: &str) -> Result<HeaderName> {
    HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| Error::InvalidRequest(format!("invalid header name `{name}`")))
}

fn header_value(name: &str, value: &str) -> Result<HeaderValue> {
    HeaderValue::from_str(value)
        .map_err(|_| Error::InvalidRequest(format!("invalid value for header `{name}`")))
}

fn prepare(req: RequestBuilder, inner: &ClientInner) -> Result<Prepared> {
    if let Some(e) = req.error {
        return Err(Error::InvalidRequest(e));
    }
    let cfg = &inner.config;
    let opts = req.options;
    let mut headers = req.headers;
    for (name, value) in &opts.headers {
        headers.insert(header_name(name)?, header_value(name, value)?);
    }

    // Tenancy: the operation's declared placement wins over the client's.
    let mut path_params = req.path_params;
    let mut query = req.query;
    let tenant_id = opts
        .tenant
        .clone()
        .or_else(|| cfg.tenant.as_ref().map(|t| t.id().to_owned()));
    let placement = req
        .tenant_placement
        .clone()
        .or_else(|| cfg.tenant.as_ref().and_then(|t| t.placement().cloned()));
    let mut tenant_param = None;
    match (&placement, &tenant_id) {
        (Some(TenantPlacement::Header(name)), Some(id)) => {
            let name_h = header_name(name)?;
            if !headers.contains_key(&name_h) {
                headers.insert(name_h, header_value(name, id)?);
            }
        }
        (Some(TenantPlacement::PathParam(name)), id) => {
            tenant_param = Some(name.clone());
            let given = path_params.iter().any(|(n, _)| n == name);
            match id {
                Some(id) if !given => path_params.push((name.clone(), id.clone())),
                _ => {}
            }
        }
        (Some(TenantPlacement::QueryParam(name)), Some(id))
            if !query.iter().any(|q| &q.name == name) =>
        {
            query.push(crate::request::QueryParam {
                name: name.clone(),
                values: vec![id.clone()],
                delimiter: None,
            });
        }
        _ => {}
    }

    let url = match req.url_override {
        Some(url) => url,
        None => {
            let path = render_path(&req.path_template, &path_params, tenant_param.as_deref())?;
            let base = cfg.base_url.as_str().trim_end_matches('/');
            let sep = if path.starts_with('/') { "" } else { "/" };
            let mut url = Url::parse(&format!("{base}{sep}{path}"))
                .map_err(|e| Error::InvalidRequest(format!("URL: {e}")))?;
            let qs = serialize_query(&query);
            if !qs.is_empty() {
                url.set_query(Some(&qs));
            }
            url
        }
    };

    // Correlation id: per-call option, builder, task-local, or generated.
    let correlation_id = opts
        .correlation_id
        .clone()
        .or(req.correlation_id)
        .or_else(current_correlation_id)
        .or_else(|| cfg.correlation.generate.then(generate_correlation_id));
    if let Some(id) = &correlation_id {
        headers.insert(
            cfg.correlation.header.clone(),
            header_value(cfg.correlation.header.as_str(), id)?,
        );
    }

    // Idempotency key: caller's, or generated once for the whole call.
    let idempotency_key = opts
        .idempotency_key
        .clone()
        .or(req.idempotency_key)
        .or_else(|| {
            req.idempotency_header
                .is_some()
                .then(IdempotencyKey::generate)
        });
    if let Some(key) = &idempotency_key {
        let name = req
            .idempotency_header
            .unwrap_or_else(|| cfg.idempotency_header.clone());
        let value = header_value(name.as_str(), key.as_str())?;
        headers.insert(name, value);
    }

    let retryable = is_idempotent_method(&req.method) || idempotency_key.is_some();
    let context = ErrorContext {
        operation_id: req.operation_id,
        method: req.method.to_string(),
        path_template: req.path_template,
        correlation_id: correlation_id.clone(),
        request_id: None,
        attempts: 0,
    };
    Ok(Prepared {
        method: req.method,
        url,
        headers,
        body: req.body,
        retryable,
        correlation_id,
        idempotency_key,
        timeout: opts.timeout.or(cfg.request_timeout),
        total_timeout: opts.total_timeout.or(cfg.total_timeout),
        retry: opts.retry.unwrap_or_else(|| cfg.retry.clone()),
        context,
    })
}

/// Replaces (or adds) query parameter `name` on a URL.
fn set_url_query(url: &mut Url, name: &str, value: &str) {
    let enc_name = encode(name);
    let mut parts: Vec<String> = url
        .query()
        .unwrap_or("")
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split('=').next().unwrap_or("");
            let decoded = percent_encoding::percent_decode_str(&key.replace('+', " "))
                .decode_utf8_lossy()
                .into_owned();
            decoded != name
        })
        .map(str::to_owned)
        .collect();
    parts.push(format!("{enc_name}={}", encode(value)));
    url.set_query(Some(&parts.join("&")));
}

fn build_attempt(
    inner: &ClientInner,
    p: &Prepared,
    credential: &Credential,
) -> Result<reqwest::RequestBuilder> {
    let mut url = p.url.clone();
    if let Credential::Query { name, value } = credential {
        set_url_query(&mut url, name, value.expose());
    }
    let mut rb = inner
        .http
        .request(p.method.clone(), url)
        .headers(p.headers.clone());
    if let Some(t) = p.timeout {
        rb = rb.timeout(t);
    }
    match credential {
        Credential::None | Credential::Query { .. } => {}
        Credential::Bearer(token) => rb = rb.bearer_auth(token.expose()),
        Credential::Basic { username, password } => {
            rb = rb.basic_auth(username, Some(password.expose()));
        }
        Credential::Header { name, value } => {
            let mut v = header_value(name, value.expose())?;
            v.set_sensitive(true);
            rb = rb.header(header_name(name)?, v);
        }
    }
    match &p.body {
        None => {}
        Some(Body::Bytes { data, content_type }) => {
            match content_type {
                Some(ct) if !p.headers.contains_key(CONTENT_TYPE) => {
                    rb = rb.header(CONTENT_TYPE, ct.as_str());
                }
                _ => {}
            }
            rb = rb.body(data.clone());
        }
        Some(Body::Multipart(form)) => rb = rb.multipart(form.to_form()?),
    }
    Ok(rb)
}

fn header_string(headers: &HeaderMap, name: &HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    headers
        .get(RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| parse_retry_after(v, SystemTime::now()))
}

fn fits(deadline: Option<Instant>, delay: Duration) -> bool {
    deadline.is_none_or(|d| Instant::now() + delay < d)
}

fn transport_error(err: reqwest::Error, p: &Prepared, inner: &ClientInner, attempts: u32) -> Error {
    let mut context = p.context.clone();
    context.attempts = attempts;
    if err.is_timeout() {
        let (kind, limit) = if err.is_connect() {
            (TimeoutKind::Connect, Some(inner.config.connect_timeout))
        } else {
            (TimeoutKind::Request, p.timeout)
        };
        Error::Timeout(Box::new(TimeoutError {
            kind,
            limit,
            context,
        }))
    } else {
        Error::Transport(Box::new(TransportError::new(err, context)))
    }
}

fn truncate_body(body: &[u8], max: usize) -> (String, bool) {
    let truncated = body.len() > max;
    let slice = &body[..body.len().min(max)];
    let mut text = String::from_utf8_lossy(slice).into_owned();
    if truncated && text.ends_with('\u{FFFD}') {
        text.pop();
    }
    (text, truncated)
}

async fn read_response(
    inner: &ClientInner,
    p: &Prepared,
    resp: reqwest::Response,
    attempts: u32,
) -> Result<RawResponse> {
    let status = resp.status();
    let headers = resp.headers().clone();
    let cfg = &inner.config;
    let response_correlation_id = header_string(&headers, &cfg.correlation.header);
    let request_id = header_string(&headers, &cfg.correlation.request_id_header);
    let mut context = p.context.clone();
    context.attempts = attempts;
    context.request_id = request_id;
    if response_correlation_id.is_some() {
        context.correlation_id = response_correlation_id.clone();
    }
    let body = match resp.bytes().await {
        Ok(b) => b.to_vec(),
        Err(e) => {
            let mut err = transport_error(e, p, inner, attempts);
            if let Error::Timeout(t) = &mut err {
                t.context = context;
            } else if let Error::Transport(t) = &mut err {
                t.context = context;
            }
            return Err(err);
        }
    };
    if !status.is_success() {
        let problem = headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .filter(|ct| Problem::is_problem_content_type(ct))
            .and_then(|_| Problem::from_slice(&body));
        let (text, body_truncated) = truncate_body(&body, cfg.max_error_body_bytes);
        return Err(Error::Status(Box::new(StatusError {
            status,
            problem,
            body: (!body.is_empty()).then_some(text),
            body_truncated,
            retry_after: retry_after(&headers),
            headers,
            context,
        })));
    }
    Ok(RawResponse {
        status,
        headers,
        body,
        url: p.url.clone(),
        context,
        response_correlation_id,
        sent_correlation_id: p.correlation_id.clone(),
        idempotency_key: p.idempotency_key.clone(),
    })
}

async fn run(
    inner: &ClientInner,
    p: &Prepared,
    attempts: &AtomicU32,
    deadline: Option<Instant>,
) -> Result<RawResponse> {
    let span = tracing::Span::current();
    let max_attempts = p.retry.get_max_attempts();
    let mut retries = 0u32;
    let mut refreshed_auth = false;
    let mut stale: Option<Credential> = None;
    loop {
        let attempt = attempts.fetch_add(1, Ordering::Relaxed) + 1;
        span.record("attempt", attempt);
        if let Some(limiter) = &inner.limiter {
            limiter.acquire().await;
        }
        let credential = inner
            .auth
            .credential(stale.take().as_ref())
            .await
            .map_err(|e| {
                let mut ctx = p.context.clone();
                ctx.attempts = attempt;
                e.with_context(&ctx)
            })?;
        let request = build_attempt(inner, p, &credential)?;
        tracing::debug!(attempt, "sending request");
        let failure = match request.send().await {
            Err(err) => Failure::Transport(err),
            Ok(resp) => {
                let status = resp.status();
                span.record("status", status.as_u16());
                if status == StatusCode::UNAUTHORIZED && !refreshed_auth && inner.auth.refreshable()
                {
                    refreshed_auth = true;
                    stale = Some(credential);
                    tracing::info!(attempt, "401: refreshing credentials and retrying once");
                    continue;
                }
                if p.retryable && p.retry.retries_status(status) && retries + 1 < max_attempts {
                    let ra = retry_after(resp.headers());
                    let delay = p.retry.delay_for(retries + 1, Some(status), ra);
                    if fits(deadline, delay) {
                        retries += 1;
                        tracing::warn!(
                            attempt,
                            status = status.as_u16(),
                            delay_ms = delay.as_millis() as u64,
                            retry_after = ra.is_some(),
                            "retryable status, retrying"
                        );
                        drop(resp);
                        tokio::time::sleep(delay).await;
                        continue;
                    }
                }
                tracing::debug!(attempt, status = status.as_u16(), "response");
                match read_response(inner, p, resp, attempt).await {
                    Err(Error::Transport(t))
                        if t.is_connection_failure() && p.retry.retries_transport_errors() =>
                    {
                        Failure::Body(Error::Transport(t))
                    }
                    other => return other,
                }
            }
        };
        let transient = match &failure {
            Failure::Transport(err) => {
                (err.is_timeout() && p.retry.retries_timeouts())
                    || (err.is_connect() && p.retry.retries_connect_errors())
                    || (is_connection_failure(err) && p.retry.retries_transport_errors())
            }
            Failure::Body(_) => true,
        };
        if transient && p.retryable && retries + 1 < max_attempts {
            let delay = p.retry.backoff_delay(retries + 1);
            if fits(deadline, delay) {
                retries += 1;
                tracing::warn!(
                    attempt,
                    delay_ms = delay.as_millis() as u64,
                    "transport failure, retrying"
                );
                tokio::time::sleep(delay).await;
                continue;
            }
        }
        tracing::warn!(attempt, "transport failure");
        return Err(match failure {
            Failure::Transport(err) => transport_error(err, p, inner, attempt),
            Failure::Body(err) => err,
        });
    }
}

/// An attempt that failed without a usable response.
enum Failure {
    /// No response: connect error, reset, timeout.
    Transport(reqwest::Error),
    /// The response's body could not be read (the connection broke mid-body).
    Body(Error),
}

/// Runs a call built by a [`RequestBuilder`].
pub(crate) async fn execute(req: RequestBuilder) -> Result<RawResponse> {
    let client = req.client.clone();
    let inner = &*client.inner;
    let prepared = prepare(req, inner)?;
    let span = tracing::info_span!(
        "accord.call",
        operation_id = prepared.context.operation_id.as_deref().unwrap_or(""),
        method = %prepared.method,
        path_template = %prepared.context.path_template,
        correlation_id = prepared.correlation_id.as_deref().unwrap_or(""),
        attempt = tracing::field::Empty,
        status = tracing::field::Empty,
    );
    let attempts = AtomicU32::new(0);
    let deadline = prepared.total_timeout.map(|t| Instant::now() + t);
    let fut = run(inner, &prepared, &attempts, deadline).instrument(span.clone());
    match prepared.total_timeout {
        None => fut.await,
        Some(total) => match tokio::time::timeout(total, fut).await {
            Ok(result) => result,
            Err(_) => {
                let _entered = span.enter();
                tracing::warn!("total timeout elapsed");
                let mut context = prepared.context.clone();
                context.attempts = attempts.load(Ordering::Relaxed);
                Err(Error::Timeout(Box::new(TimeoutError {
                    kind: TimeoutKind::Total,
                    limit: Some(total),
                    context,
                })))
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_and_encodes_path() {
        let params = vec![
            ("id".to_owned(), "a/b c".to_owned()),
            ("org".to_owned(), "acme".to_owned()),
        ];
        assert_eq!(
            render_path("/orgs/{org}/users/{id}", &params, None).unwrap(),
            "/orgs/acme/users/a%2Fb%20c"
        );
        let err = render_path("/c/{companyId}", &[], Some("companyId")).unwrap_err();
        assert!(err.to_string().contains("tenant"));
        assert!(render_path("/x/{id", &params, None).is_err());
    }

    #[test]
    fn replaces_query_param() {
        let mut url = Url::parse("http://h/p?a=1&api_key=old&b=2").unwrap();
        set_url_query(&mut url, "api_key", "n w");
        assert_eq!(url.query(), Some("a=1&b=2&api_key=n%20w"));
    }

    #[test]
    fn truncates_on_char_boundary() {
        let (t, cut) = truncate_body("héllo".as_bytes(), 2);
        assert!(cut);
        assert_eq!(t, "h");
    }
}
