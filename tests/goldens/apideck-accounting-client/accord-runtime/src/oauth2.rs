//! OAuth2 client credentials grant (RFC 6749 §4.4) with token caching,
//! refresh before expiry, and replacement of a token the API rejected.

use std::fmt;
use std::time::{Duration, Instant};

use futures::FutureExt;
use futures::future::BoxFuture;
use reqwest::header::ACCEPT;
use serde_json::Value;
use tokio::sync::Mutex;

use crate::auth::{AuthProvider, Credential};
use crate::error::{AuthError, Result};
use crate::secret::Secret;

/// How the client id and secret are presented to the token endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClientAuthMethod {
    /// `client_id` and `client_secret` in the form body (default).
    #[default]
    RequestBody,
    /// HTTP basic authentication (`client_secret_basic`).
    BasicHeader,
}

/// OAuth2 client-credentials settings.
#[derive(Clone)]
pub struct OAuth2ClientCredentials {
    token_url: String,
    client_id: String,
    client_secret: Secret,
    scopes: Vec<String>,
    audience: Option<String>,
    extra_params: Vec<(String, String)>,
    refresh_skew: Duration,
    client_auth: ClientAuthMethod,
    timeout: Duration,
}

impl OAuth2ClientCredentials {
    /// Settings for `token_url` with the given client id and secret.
    pub fn new(
        token_url: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Self {
        Self {
            token_url: token_url.into(),
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            scopes: Vec::new(),
            audience: None,
            extra_params: Vec::new(),
            refresh_skew: Duration::from_secs(30),
            client_auth: ClientAuthMethod::default(),
            timeout: Duration::from_secs(30),
        }
    }

    /// Requested scopes (sent space-separated).
    pub fn scopes<I, S>(mut self, scopes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.scopes = scopes.into_iter().map(Into::into).collect();
        self
    }

    /// The `audience` parameter some providers require.
    pub fn audience(mut self, audience: impl Into<String>) -> Self {
        self.audience = Some(audience.into());
        self
    }

    /// An extra form parameter for the token request.
    pub fn extra_param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra_params.push((name.into(), value.into()));
        self
    }

    /// How long before expiry a token is refreshed (default 30 s). A token
    /// whose lifetime is shorter than this is fetched for every call.
    pub fn refresh_skew(mut self, skew: Duration) -> Self {
        self.refresh_skew = skew;
        self
    }

    /// How the client credentials are presented (default: request body).
    pub fn client_auth(mut self, method: ClientAuthMethod) -> Self {
        self.client_auth = method;
        self
    }

    /// Timeout of the token request (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The token endpoint.
    pub fn token_url(&self) -> &str {
        &self.token_url
    }

    /// The client id.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }
}

impl fmt::Debug for OAuth2ClientCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuth2ClientCredentials")
            .field("token_url", &self.token_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("scopes", &self.scopes)
            .field("audience", &self.audience)
            .field(
                "extra_params",
                &self.extra_params.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            )
            .field("refresh_skew", &self.refresh_skew)
            .field("client_auth", &self.client_auth)
            .finish()
    }
}

#[derive(Clone)]
struct CachedToken {
    token: Secret,
    /// When the token must be refreshed (expiry minus skew); `None` = never.
    refresh_at: Option<Instant>,
}

/// The built-in provider behind [`Auth::OAuth2`](crate::Auth::OAuth2).
pub(crate) struct OAuth2Provider {
    config: OAuth2ClientCredentials,
    http: reqwest::Client,
    cache: Mutex<Option<CachedToken>>,
}

impl OAuth2Provider {
    pub(crate) fn new(config: OAuth2ClientCredentials, http: reqwest::Client) -> Self {
        Self {
            config,
            http,
            cache: Mutex::new(None),
        }
    }

    async fn fetch(&self) -> Result<CachedToken> {
        let c = &self.config;
        tracing::debug!(client_id = %c.client_id, "fetching OAuth2 access token");
        let mut form: Vec<(&str, &str)> = vec![("grant_type", "client_credentials")];
        let scope = c.scopes.join(" ");
        if !scope.is_empty() {
            form.push(("scope", &scope));
        }
        if let Some(aud) = &c.audience {
            form.push(("audience", aud));
        }
        for (k, v) in &c.extra_params {
            form.push((k, v));
        }
        let mut req = self
            .http
            .post(&c.token_url)
            .header(ACCEPT, "application/json")
            .timeout(c.timeout);
        match c.client_auth {
            ClientAuthMethod::RequestBody => {
                form.push(("client_id", &c.client_id));
                form.push(("client_secret", c.client_secret.expose()));
            }
            ClientAuthMethod::BasicHeader => {
                req = req.basic_auth(&c.client_id, Some(c.client_secret.expose()));
            }
        }
        let started = Instant::now();
        let resp = req.form(&form).send().await.map_err(|e| {
            AuthError::error(format!("token request failed: {}", e.without_url()), None)
        })?;
        let status = resp.status();
        let body = resp.bytes().await.map_err(|e| {
            AuthError::error(
                format!("reading the token response failed: {}", e.without_url()),
                Some(status),
            )
        })?;
        let json: Option<Value> = serde_json::from_slice(&body).ok();
        if !status.is_success() {
            // Only the standard error fields are reported: never echo the body.
            let field = |name: &str| {
                json.as_ref()
                    .and_then(|j| j.get(name))
                    .and_then(Value::as_str)
                    .map(str::to_owned)
            };
            let mut message = String::from("token endpoint refused the client credentials");
            if let Some(code) = field("error") {
                message.push_str(&format!(": {code}"));
            }
            if let Some(desc) = field("error_description") {
                message.push_str(&format!(" ({desc})"));
            }
            return Err(AuthError::error(message, Some(status)));
        }
        let json =
            json.ok_or_else(|| AuthError::error("token response is not JSON", Some(status)))?;
        let token = json
            .get("access_token")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| AuthError::error("token response has no access_token", Some(status)))?;
        let expires_in = match json.get("expires_in") {
            Some(Value::Number(n)) => n.as_f64(),
            Some(Value::String(s)) => s.trim().parse::<f64>().ok(),
            _ => None,
        }
        .filter(|s| s.is_finite() && *s >= 0.0);
        let refresh_at = expires_in.map(|secs| {
            let lifetime = Duration::from_secs_f64(secs.min(1e9));
            started + lifetime.saturating_sub(c.refresh_skew)
        });
        Ok(CachedToken {
            token: Secret::new(token),
            refresh_at,
        })
    }

    async fn get(&self, stale: Option<&Credential>) -> Result<Credential> {
        let mut cache = self.cache.lock().await;
        if let Some(cached) = cache.as_ref() {
            let rejected = matches!(stale, Some(Credential::Bearer(s)) if *s == cached.token);
            let fresh = cached.refresh_at.is_none_or(|at| Instant::now() < at);
            if fresh && !rejected {
                return Ok(Credential::Bearer(cached.token.clone()));
            }
        }
        let token = self.fetch().await?;
        let credential = Credential::Bearer(token.token.clone());
        *cache = Some(token);
        Ok(credential)
    }
}

impl AuthProvider for OAuth2Provider {
    fn credential<'a>(
        &'a self,
        stale: Option<&'a Credential>,
    ) -> BoxFuture<'a, Result<Credential>> {
        self.get(stale).boxed()
    }

    fn refreshable(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_secret() {
        let c = OAuth2ClientCredentials::new("http://t/token", "id", "very-secret")
            .extra_param("assertion", "also-secret");
        let s = format!("{c:?}");
        assert!(
            !s.contains("very-secret") && !s.contains("also-secret"),
            "{s}"
        );
    }
}
