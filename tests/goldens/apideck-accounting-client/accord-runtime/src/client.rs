//! [`Client`]: the shared, cheaply clonable handle generated code calls.

use std::fmt;
use std::sync::Arc;

use reqwest::Method;

use crate::auth::AuthState;
use crate::config::{ClientConfig, ClientConfigBuilder};
use crate::error::{Error, Result};
use crate::rate_limit::RateLimiter;
use crate::request::RequestBuilder;

/// An API client. Clone it freely: clones share the connection pool, the
/// OAuth2 token cache and the rate limiter.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<ClientInner>,
}

pub(crate) struct ClientInner {
    pub(crate) http: reqwest::Client,
    pub(crate) config: ClientConfig,
    pub(crate) auth: AuthState,
    pub(crate) limiter: Option<RateLimiter>,
}

impl Client {
    /// Starts a configuration for the API at `base_url`; finish with
    /// [`ClientConfigBuilder::build_client`].
    pub fn builder(base_url: impl Into<String>) -> ClientConfigBuilder {
        ClientConfigBuilder::new(base_url)
    }

    /// Builds a client (and its HTTP connection pool) from a configuration.
    pub fn new(config: ClientConfig) -> Result<Self> {
        let max_redirects = config.max_redirects;
        let policy = reqwest::redirect::Policy::custom(move |attempt| {
            let same_origin = attempt
                .previous()
                .first()
                .is_some_and(|first| first.origin() == attempt.url().origin());
            if attempt.previous().len() > max_redirects || !same_origin {
                attempt.stop()
            } else {
                attempt.follow()
            }
        });
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .user_agent(config.user_agent.clone())
            .default_headers(config.default_headers.clone())
            .redirect(policy)
            .build()
            .map_err(|e| Error::Config(format!("HTTP client: {}", e.without_url())))?;
        Ok(Self::with_http_client(config, http))
    }

    /// Builds a client around an existing `reqwest::Client` (custom TLS,
    /// proxies...). Its own timeouts, user agent and redirect policy apply
    /// instead of the configuration's connection-level settings.
    pub fn with_http_client(config: ClientConfig, http: reqwest::Client) -> Self {
        let auth = AuthState::new(&config.auth, &http);
        let limiter = config
            .rate_limit
            .map(|(rate, burst)| RateLimiter::new(rate, burst));
        Self {
            inner: Arc::new(ClientInner {
                http,
                config,
                auth,
                limiter,
            }),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The underlying HTTP client.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.inner.http
    }

    /// Starts a request for `path_template` (e.g. `/users/{id}`), relative
    /// to the base URL.
    pub fn request(&self, method: Method, path_template: impl Into<String>) -> RequestBuilder {
        RequestBuilder::new(self.clone(), method, path_template.into())
    }

    /// Starts a GET request.
    pub fn get(&self, path_template: impl Into<String>) -> RequestBuilder {
        self.request(Method::GET, path_template)
    }

    /// Starts a POST request.
    pub fn post(&self, path_template: impl Into<String>) -> RequestBuilder {
        self.request(Method::POST, path_template)
    }

    /// Starts a PUT request.
    pub fn put(&self, path_template: impl Into<String>) -> RequestBuilder {
        self.request(Method::PUT, path_template)
    }

    /// Starts a PATCH request.
    pub fn patch(&self, path_template: impl Into<String>) -> RequestBuilder {
        self.request(Method::PATCH, path_template)
    }

    /// Starts a DELETE request.
    pub fn delete(&self, path_template: impl Into<String>) -> RequestBuilder {
        self.request(Method::DELETE, path_template)
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.inner.config)
            .finish_non_exhaustive()
    }
}
