//! Authentication: [`Auth`] configures it, [`AuthProvider`] lets callers plug
//! in their own scheme, and [`Credential`] is what gets put on a request.
//!
//! Every secret is a [`Secret`], so `Debug` output of any of these types
//! prints `***` instead of the value.

use std::fmt;
use std::sync::Arc;

use futures::future::BoxFuture;

use crate::error::Result;
use crate::oauth2::OAuth2ClientCredentials;
use crate::secret::Secret;

/// How the client authenticates.
#[derive(Clone, Default)]
pub enum Auth {
    /// No authentication.
    #[default]
    None,
    /// `Authorization: Bearer <token>`.
    Bearer(Secret),
    /// An API key in a request header.
    ApiKeyHeader {
        /// Header name, e.g. `X-API-Key`.
        name: String,
        /// The key.
        value: Secret,
    },
    /// An API key in a query parameter. Supported because some vendors need
    /// it, but discouraged: URLs end up in proxy and server logs.
    ApiKeyQuery {
        /// Query parameter name, e.g. `api_key`.
        name: String,
        /// The key.
        value: Secret,
    },
    /// HTTP basic authentication.
    Basic {
        /// The user name.
        username: String,
        /// The password.
        password: Secret,
    },
    /// OAuth2 client credentials with token caching and refresh.
    OAuth2(OAuth2ClientCredentials),
    /// A caller-supplied scheme.
    Custom(Arc<dyn AuthProvider>),
}

impl Auth {
    /// Bearer token authentication.
    pub fn bearer(token: impl Into<Secret>) -> Self {
        Auth::Bearer(token.into())
    }

    /// API key in header `name`.
    pub fn api_key_header(name: impl Into<String>, value: impl Into<Secret>) -> Self {
        Auth::ApiKeyHeader {
            name: name.into(),
            value: value.into(),
        }
    }

    /// API key in query parameter `name` (discouraged, see [`Auth::ApiKeyQuery`]).
    pub fn api_key_query(name: impl Into<String>, value: impl Into<Secret>) -> Self {
        Auth::ApiKeyQuery {
            name: name.into(),
            value: value.into(),
        }
    }

    /// HTTP basic authentication.
    pub fn basic(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        Auth::Basic {
            username: username.into(),
            password: password.into(),
        }
    }

    /// OAuth2 client credentials.
    pub fn oauth2(config: OAuth2ClientCredentials) -> Self {
        Auth::OAuth2(config)
    }

    /// A custom provider.
    pub fn custom(provider: impl AuthProvider + 'static) -> Self {
        Auth::Custom(Arc::new(provider))
    }
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Auth::None => f.write_str("None"),
            Auth::Bearer(t) => f.debug_tuple("Bearer").field(t).finish(),
            Auth::ApiKeyHeader { name, value } => f
                .debug_struct("ApiKeyHeader")
                .field("name", name)
                .field("value", value)
                .finish(),
            Auth::ApiKeyQuery { name, value } => f
                .debug_struct("ApiKeyQuery")
                .field("name", name)
                .field("value", value)
                .finish(),
            Auth::Basic { username, password } => f
                .debug_struct("Basic")
                .field("username", username)
                .field("password", password)
                .finish(),
            Auth::OAuth2(c) => f.debug_tuple("OAuth2").field(c).finish(),
            Auth::Custom(_) => f.write_str("Custom(..)"),
        }
    }
}

/// A credential ready to be put on one request.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Credential {
    /// Nothing to add.
    #[default]
    None,
    /// `Authorization: Bearer <token>`.
    Bearer(Secret),
    /// A header.
    Header {
        /// Header name.
        name: String,
        /// Header value.
        value: Secret,
    },
    /// A query parameter.
    Query {
        /// Parameter name.
        name: String,
        /// Parameter value.
        value: Secret,
    },
    /// HTTP basic authentication.
    Basic {
        /// The user name.
        username: String,
        /// The password.
        password: Secret,
    },
}

/// A source of credentials, for schemes the runtime does not ship.
///
/// The runtime calls [`AuthProvider::credential`] before every attempt. When
/// the API answers 401 and [`AuthProvider::refreshable`] is true, it calls it
/// again with `stale` set to the rejected credential and retries once.
pub trait AuthProvider: Send + Sync {
    /// Returns the credential to use. If `stale` is the credential the
    /// provider would return, it must obtain a new one.
    fn credential<'a>(&'a self, stale: Option<&'a Credential>)
    -> BoxFuture<'a, Result<Credential>>;

    /// Whether a rejected credential can be replaced (enables the one retry on 401).
    fn refreshable(&self) -> bool {
        false
    }
}

/// The client's resolved authentication.
#[derive(Clone)]
pub(crate) enum AuthState {
    Static(Credential),
    Provider(Arc<dyn AuthProvider>),
}

impl AuthState {
    pub(crate) fn new(auth: &Auth, http: &reqwest::Client) -> Self {
        match auth {
            Auth::None => AuthState::Static(Credential::None),
            Auth::Bearer(t) => AuthState::Static(Credential::Bearer(t.clone())),
            Auth::ApiKeyHeader { name, value } => AuthState::Static(Credential::Header {
                name: name.clone(),
                value: value.clone(),
            }),
            Auth::ApiKeyQuery { name, value } => {
                tracing::warn!(
                    param = %name,
                    "API key in the query string is discouraged: URLs are often logged"
                );
                AuthState::Static(Credential::Query {
                    name: name.clone(),
                    value: value.clone(),
                })
            }
            Auth::Basic { username, password } => AuthState::Static(Credential::Basic {
                username: username.clone(),
                password: password.clone(),
            }),
            Auth::OAuth2(c) => AuthState::Provider(Arc::new(crate::oauth2::OAuth2Provider::new(
                c.clone(),
                http.clone(),
            ))),
            Auth::Custom(p) => AuthState::Provider(p.clone()),
        }
    }

    pub(crate) async fn credential(&self, stale: Option<&Credential>) -> Result<Credential> {
        match self {
            AuthState::Static(c) => Ok(c.clone()),
            AuthState::Provider(p) => p.credential(stale).await,
        }
    }

    pub(crate) fn refreshable(&self) -> bool {
        match self {
            AuthState::Static(_) => false,
            AuthState::Provider(p) => p.refreshable(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_secrets() {
        let all = [
            Auth::bearer("tok-123"),
            Auth::api_key_header("X-Key", "key-123"),
            Auth::api_key_query("k", "key-123"),
            Auth::basic("bob", "pw-123"),
        ];
        for a in all {
            let s = format!("{a:?}");
            assert!(!s.contains("123"), "{s}");
            assert!(s.contains("***"), "{s}");
        }
    }
}
