//! [`ClientConfig`] and its builder: everything a [`Client`]
//! can be configured with, and the defaults.

use std::fmt;
use std::time::Duration;

use reqwest::Url;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use crate::auth::Auth;
use crate::client::Client;
use crate::correlation::CorrelationConfig;
use crate::error::{Error, Result};
use crate::retry::RetryPolicy;
use crate::tenant::Tenant;

/// The default `User-Agent`.
pub const DEFAULT_USER_AGENT: &str = concat!("accord-runtime/", env!("CARGO_PKG_VERSION"));

/// Client configuration. Build it with [`ClientConfig::builder`].
#[derive(Clone)]
pub struct ClientConfig {
    pub(crate) base_url: Url,
    pub(crate) connect_timeout: Duration,
    pub(crate) request_timeout: Option<Duration>,
    pub(crate) total_timeout: Option<Duration>,
    pub(crate) user_agent: String,
    pub(crate) default_headers: HeaderMap,
    pub(crate) retry: RetryPolicy,
    pub(crate) auth: Auth,
    pub(crate) tenant: Option<Tenant>,
    pub(crate) correlation: CorrelationConfig,
    pub(crate) idempotency_header: HeaderName,
    pub(crate) rate_limit: Option<(f64, u32)>,
    pub(crate) max_error_body_bytes: usize,
    pub(crate) max_redirects: usize,
}

impl ClientConfig {
    /// Starts a configuration for the API at `base_url`
    /// (e.g. `https://api.vendor.example/v2`).
    pub fn builder(base_url: impl Into<String>) -> ClientConfigBuilder {
        ClientConfigBuilder::new(base_url)
    }

    /// The base URL that path templates are appended to.
    pub fn base_url(&self) -> &Url {
        &self.base_url
    }

    /// Timeout for establishing a connection.
    pub fn connect_timeout(&self) -> Duration {
        self.connect_timeout
    }

    /// Timeout of one attempt (request sent to body read).
    pub fn request_timeout(&self) -> Option<Duration> {
        self.request_timeout
    }

    /// Timeout of a whole call, retries and back-off included.
    pub fn total_timeout(&self) -> Option<Duration> {
        self.total_timeout
    }

    /// The `User-Agent` sent.
    pub fn user_agent(&self) -> &str {
        &self.user_agent
    }

    /// Headers sent on every request.
    pub fn default_headers(&self) -> &HeaderMap {
        &self.default_headers
    }

    /// The retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }

    /// The authentication.
    pub fn auth(&self) -> &Auth {
        &self.auth
    }

    /// The tenant, if any.
    pub fn tenant(&self) -> Option<&Tenant> {
        self.tenant.as_ref()
    }

    /// Correlation and request id settings.
    pub fn correlation(&self) -> &CorrelationConfig {
        &self.correlation
    }

    /// The default idempotency header name.
    pub fn idempotency_header(&self) -> &HeaderName {
        &self.idempotency_header
    }

    /// Client-side rate limit: (requests per second, burst).
    pub fn rate_limit(&self) -> Option<(f64, u32)> {
        self.rate_limit
    }

    /// How much of an error body is kept in [`StatusError`](crate::StatusError).
    pub fn max_error_body_bytes(&self) -> usize {
        self.max_error_body_bytes
    }
}

impl fmt::Debug for ClientConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientConfig")
            .field("base_url", &self.base_url.as_str())
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("total_timeout", &self.total_timeout)
            .field("user_agent", &self.user_agent)
            // Values may be credentials: names only.
            .field(
                "default_headers",
                &self.default_headers.keys().collect::<Vec<_>>(),
            )
            .field("retry", &self.retry)
            .field("auth", &self.auth)
            .field("tenant", &self.tenant)
            .field("correlation", &self.correlation)
            .field("idempotency_header", &self.idempotency_header)
            .field("rate_limit", &self.rate_limit)
            .field("max_error_body_bytes", &self.max_error_body_bytes)
            .field("max_redirects", &self.max_redirects)
            .finish()
    }
}

/// Builder of [`ClientConfig`]. Invalid values are reported by
/// [`ClientConfigBuilder::build`].
#[derive(Debug)]
pub struct ClientConfigBuilder {
    base_url: String,
    config: ClientConfig,
    errors: Vec<String>,
}

impl ClientConfigBuilder {
    /// A builder with the defaults: connect timeout 10 s, request timeout
    /// 30 s, total timeout 120 s, [`RetryPolicy::default`], no auth, no
    /// tenant, `X-Correlation-ID` generated when absent, `Idempotency-Key`,
    /// no rate limit, 16 KiB of error body kept, 10 same-origin redirects.
    pub fn new(base_url: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            config: ClientConfig {
                base_url: Url::parse("http://localhost/").expect("static URL"),
                connect_timeout: Duration::from_secs(10),
                request_timeout: Some(Duration::from_secs(30)),
                total_timeout: Some(Duration::from_secs(120)),
                user_agent: DEFAULT_USER_AGENT.to_owned(),
                default_headers: HeaderMap::new(),
                retry: RetryPolicy::default(),
                auth: Auth::None,
                tenant: None,
                correlation: CorrelationConfig::default(),
                idempotency_header: HeaderName::from_static("idempotency-key"),
                rate_limit: None,
                max_error_body_bytes: 16 * 1024,
                max_redirects: 10,
            },
            errors: Vec::new(),
        }
    }

    /// Timeout for establishing a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.config.connect_timeout = timeout;
        self
    }

    /// Timeout of one attempt; `None` disables it.
    pub fn request_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.config.request_timeout = timeout.into();
        self
    }

    /// Timeout of a whole call including retries; `None` disables it.
    pub fn total_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.config.total_timeout = timeout.into();
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.config.user_agent = user_agent.into();
        self
    }

    /// A header sent on every request (unless the request sets it).
    pub fn default_header(mut self, name: &str, value: &str) -> Self {
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            (Ok(n), Ok(v)) => {
                self.config.default_headers.insert(n, v);
            }
            _ => self.errors.push(format!("invalid default header `{name}`")),
        }
        self
    }

    /// The retry policy.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.config.retry = policy;
        self
    }

    /// The authentication.
    pub fn auth(mut self, auth: Auth) -> Self {
        self.config.auth = auth;
        self
    }

    /// The tenant every call acts for (a call can override the id with
    /// [`CallOptions::tenant`](crate::CallOptions::tenant)).
    pub fn tenant(mut self, tenant: Tenant) -> Self {
        self.config.tenant = Some(tenant);
        self
    }

    /// The correlation header name (default `X-Correlation-ID`).
    pub fn correlation_header(mut self, name: &str) -> Self {
        match HeaderName::from_bytes(name.as_bytes()) {
            Ok(n) => self.config.correlation.header = n,
            Err(_) => self
                .errors
                .push(format!("invalid correlation header `{name}`")),
        }
        self
    }

    /// Whether to generate a correlation id when the caller gave none (default `true`).
    pub fn generate_correlation_id(mut self, generate: bool) -> Self {
        self.config.correlation.generate = generate;
        self
    }

    /// The response header holding the server's request id (default `X-Request-ID`).
    pub fn request_id_header(mut self, name: &str) -> Self {
        match HeaderName::from_bytes(name.as_bytes()) {
            Ok(n) => self.config.correlation.request_id_header = n,
            Err(_) => self
                .errors
                .push(format!("invalid request id header `{name}`")),
        }
        self
    }

    /// The default idempotency header name (default `Idempotency-Key`);
    /// operations may declare their own.
    pub fn idempotency_header(mut self, name: &str) -> Self {
        match HeaderName::from_bytes(name.as_bytes()) {
            Ok(n) => self.config.idempotency_header = n,
            Err(_) => self
                .errors
                .push(format!("invalid idempotency header `{name}`")),
        }
        self
    }

    /// Client-side rate limit of `per_second` requests (token bucket, burst 1).
    pub fn rate_limit(self, per_second: f64) -> Self {
        self.rate_limit_with_burst(per_second, 1)
    }

    /// Client-side rate limit with an explicit burst size.
    pub fn rate_limit_with_burst(mut self, per_second: f64, burst: u32) -> Self {
        if per_second.is_finite() && per_second > 0.0 {
            self.config.rate_limit = Some((per_second, burst.max(1)));
        } else {
            self.errors
                .push("rate limit must be a positive number of requests per second".into());
        }
        self
    }

    /// How many bytes of an error body to keep (default 16 KiB).
    pub fn max_error_body_bytes(mut self, bytes: usize) -> Self {
        self.config.max_error_body_bytes = bytes;
        self
    }

    /// Maximum number of same-origin redirects followed (default 10; 0
    /// disables). Cross-origin redirects are never followed, so credentials
    /// are not sent to another host.
    pub fn max_redirects(mut self, max: usize) -> Self {
        self.config.max_redirects = max;
        self
    }

    /// Validates and returns the configuration.
    pub fn build(mut self) -> Result<ClientConfig> {
        match Url::parse(self.base_url.trim()) {
            Ok(url) if matches!(url.scheme(), "http" | "https") && url.has_host() => {
                self.config.base_url = url;
            }
            Ok(_) => self.errors.push(format!(
                "base URL `{}` must be an absolute http(s) URL",
                self.base_url
            )),
            Err(e) => self
                .errors
                .push(format!("base URL `{}` is invalid: {e}", self.base_url)),
        }
        if HeaderValue::from_str(&self.config.user_agent).is_err() {
            self.errors
                .push("user agent is not a valid header value".into());
        }
        if self.errors.is_empty() {
            Ok(self.config)
        } else {
            Err(Error::Config(self.errors.join("; ")))
        }
    }

    /// Validates the configuration and builds a [`Client`].
    pub fn build_client(self) -> Result<Client> {
        Client::new(self.build()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bad_values() {
        let err = ClientConfig::builder("not a url")
            .default_header("bad header", "x")
            .build()
            .unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("bad header") && msg.contains("not a url"),
            "{msg}"
        );
    }

    #[test]
    fn debug_hides_default_header_values() {
        let cfg = ClientConfig::builder("https://api.example.com")
            .default_header("X-Api-Key", "s3cr3t")
            .auth(Auth::bearer("t0k3n"))
            .build()
            .unwrap();
        let s = format!("{cfg:?}");
        assert!(!s.contains("s3cr3t") && !s.contains("t0k3n"), "{s}");
    }
}
