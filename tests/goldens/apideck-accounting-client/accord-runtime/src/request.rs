//! [`RequestBuilder`]: how generated code describes one call, and the
//! `send*` methods that run it.

use std::fmt;
use std::time::Duration;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::header::{ACCEPT, HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, Url};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::body::{Body, Multipart};
use crate::client::Client;
use crate::error::{DeserializeError, Error, Result, snippet_at};
use crate::execute::{RawResponse, execute};
use crate::idempotency::IdempotencyKey;
use crate::options::CallOptions;
use crate::pagination::{PageStrategy, Paginator};
use crate::response::ApiResponse;
use crate::secret::Secret;
use crate::tenant::TenantPlacement;

/// Characters left as-is in path segments and query components: RFC 3986
/// unreserved characters. Everything else is percent-encoded.
pub(crate) const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

pub(crate) fn encode(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// One query parameter, possibly with several values.
#[derive(Debug, Clone)]
pub(crate) struct QueryParam {
    pub(crate) name: String,
    pub(crate) values: Vec<String>,
    /// `Some(d)`: values joined by `d` in one pair (OpenAPI `explode: false`).
    pub(crate) delimiter: Option<char>,
}

pub(crate) fn serialize_query(params: &[QueryParam]) -> String {
    let mut out = String::new();
    let mut push = |name: &str, value: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&encode(name));
        out.push('=');
        out.push_str(value);
    };
    for p in params {
        match p.delimiter {
            Some(d) => {
                let sep = if d == ',' {
                    ",".to_owned()
                } else {
                    encode(&d.to_string())
                };
                let joined = p
                    .values
                    .iter()
                    .map(|v| encode(v))
                    .collect::<Vec<_>>()
                    .join(&sep);
                push(&p.name, &joined);
            }
            None => {
                for v in &p.values {
                    push(&p.name, &encode(v));
                }
            }
        }
    }
    out
}

/// Describes one call. Created by [`Client::request`] (or `get`, `post`...);
/// every setter returns the builder, and the first invalid input is reported
/// when the request is sent.
#[derive(Clone)]
pub struct RequestBuilder {
    pub(crate) client: Client,
    pub(crate) method: Method,
    pub(crate) path_template: String,
    pub(crate) operation_id: Option<String>,
    pub(crate) path_params: Vec<(String, String)>,
    pub(crate) query: Vec<QueryParam>,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Option<Body>,
    pub(crate) idempotency_header: Option<HeaderName>,
    pub(crate) idempotency_key: Option<IdempotencyKey>,
    pub(crate) tenant_placement: Option<TenantPlacement>,
    pub(crate) correlation_id: Option<String>,
    pub(crate) options: CallOptions,
    pub(crate) url_override: Option<Url>,
    pub(crate) error: Option<String>,
}

impl RequestBuilder {
    pub(crate) fn new(client: Client, method: Method, path_template: String) -> Self {
        Self {
            client,
            method,
            path_template,
            operation_id: None,
            path_params: Vec::new(),
            query: Vec::new(),
            headers: HeaderMap::new(),
            body: None,
            idempotency_header: None,
            idempotency_key: None,
            tenant_placement: None,
            correlation_id: None,
            options: CallOptions::default(),
            url_override: None,
            error: None,
        }
    }

    fn fail(mut self, message: String) -> Self {
        if self.error.is_none() {
            self.error = Some(message);
        }
        self
    }

    /// The operation id (for tracing and errors).
    pub fn operation_id(mut self, id: impl Into<String>) -> Self {
        self.operation_id = Some(id.into());
        self
    }

    /// Fills `{name}` in the path template; the value is percent-encoded.
    pub fn path_param(mut self, name: impl Into<String>, value: impl fmt::Display) -> Self {
        self.path_params.push((name.into(), value.to_string()));
        self
    }

    /// Adds a query parameter.
    pub fn query(mut self, name: impl Into<String>, value: impl fmt::Display) -> Self {
        self.query.push(QueryParam {
            name: name.into(),
            values: vec![value.to_string()],
            delimiter: None,
        });
        self
    }

    /// Adds a query parameter if `value` is `Some`.
    pub fn query_opt<V: fmt::Display>(self, name: impl Into<String>, value: Option<V>) -> Self {
        match value {
            Some(v) => self.query(name, v),
            None => self,
        }
    }

    /// Adds an array query parameter in OpenAPI `form` style:
    /// `explode = true` gives `id=1&id=2`, `false` gives `id=1,2`.
    /// An empty array adds nothing.
    pub fn query_array<I, V>(mut self, name: impl Into<String>, values: I, explode: bool) -> Self
    where
        I: IntoIterator<Item = V>,
        V: fmt::Display,
    {
        let values: Vec<String> = values.into_iter().map(|v| v.to_string()).collect();
        if !values.is_empty() {
            self.query.push(QueryParam {
                name: name.into(),
                values,
                delimiter: (!explode).then_some(','),
            });
        }
        self
    }

    /// Adds an array query parameter joined by `delimiter` (`' '` for
    /// `spaceDelimited`, `'|'` for `pipeDelimited`).
    pub fn query_delimited<I, V>(
        mut self,
        name: impl Into<String>,
        values: I,
        delimiter: char,
    ) -> Self
    where
        I: IntoIterator<Item = V>,
        V: fmt::Display,
    {
        let values: Vec<String> = values.into_iter().map(|v| v.to_string()).collect();
        if !values.is_empty() {
            self.query.push(QueryParam {
                name: name.into(),
                values,
                delimiter: Some(delimiter),
            });
        }
        self
    }

    /// Adds an object query parameter in `deepObject` style: `name[key]=value`.
    pub fn query_deep_object<I, K, V>(mut self, name: &str, entries: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: fmt::Display,
        V: fmt::Display,
    {
        for (k, v) in entries {
            self = self.query(format!("{name}[{k}]"), v);
        }
        self
    }

    /// Sets a header (replacing any earlier value of the same name).
    pub fn header(mut self, name: &str, value: impl fmt::Display) -> Self {
        let value = value.to_string();
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            (Ok(n), Ok(v)) => {
                self.headers.insert(n, v);
                self
            }
            _ => self.fail(format!("invalid header `{name}`")),
        }
    }

    /// Sets a header if `value` is `Some`.
    pub fn header_opt<V: fmt::Display>(self, name: &str, value: Option<V>) -> Self {
        match value {
            Some(v) => self.header(name, v),
            None => self,
        }
    }

    /// Sets a header whose value is secret (marked sensitive, never logged).
    pub fn secret_header(mut self, name: &str, value: &Secret) -> Self {
        match (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value.expose()),
        ) {
            (Ok(n), Ok(mut v)) => {
                v.set_sensitive(true);
                self.headers.insert(n, v);
                self
            }
            _ => self.fail(format!("invalid value for secret header `{name}`")),
        }
    }

    /// Sets the `Accept` header.
    pub fn accept(mut self, media_type: &str) -> Self {
        match HeaderValue::from_str(media_type) {
            Ok(v) => {
                self.headers.insert(ACCEPT, v);
                self
            }
            Err(_) => self.fail(format!("invalid media type `{media_type}`")),
        }
    }

    /// A JSON body (`application/json`).
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        match serde_json::to_vec(body) {
            Ok(data) => {
                self.body = Some(Body::Bytes {
                    data,
                    content_type: Some("application/json".into()),
                });
                self
            }
            Err(e) => self.fail(format!("JSON body: {e}")),
        }
    }

    /// A form-urlencoded body (`application/x-www-form-urlencoded`).
    pub fn form<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        match serde_urlencoded::to_string(body) {
            Ok(s) => {
                self.body = Some(Body::Bytes {
                    data: s.into_bytes(),
                    content_type: Some("application/x-www-form-urlencoded".into()),
                });
                self
            }
            Err(e) => self.fail(format!("form body: {e}")),
        }
    }

    /// A multipart/form-data body.
    pub fn multipart(mut self, form: Multipart) -> Self {
        self.body = Some(Body::Multipart(form));
        self
    }

    /// A raw body with an optional content type.
    pub fn body_bytes(mut self, data: impl Into<Vec<u8>>, content_type: Option<&str>) -> Self {
        self.body = Some(Body::Bytes {
            data: data.into(),
            content_type: content_type.map(str::to_owned),
        });
        self
    }

    /// Declares that the operation takes an idempotency key in the client's
    /// default header: one is generated per call unless the caller gave one.
    pub fn idempotent(mut self) -> Self {
        if self.idempotency_header.is_none() {
            self.idempotency_header = Some(self.client.inner.config.idempotency_header.clone());
        }
        self
    }

    /// Like [`RequestBuilder::idempotent`] with the operation's own header name.
    pub fn idempotency_header(mut self, name: &str) -> Self {
        match HeaderName::from_bytes(name.as_bytes()) {
            Ok(n) => {
                self.idempotency_header = Some(n);
                self
            }
            Err(_) => self.fail(format!("invalid idempotency header `{name}`")),
        }
    }

    /// Uses the caller's idempotency key (sent in the operation's header, or
    /// the client's default one). The call becomes retryable.
    pub fn idempotency_key(mut self, key: impl Into<IdempotencyKey>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }

    /// Declares where this operation puts the tenant id.
    pub fn tenant(mut self, placement: TenantPlacement) -> Self {
        self.tenant_placement = Some(placement);
        self
    }

    /// Shorthand for `tenant(TenantPlacement::Header(name))`.
    pub fn tenant_header(self, name: impl Into<String>) -> Self {
        self.tenant(TenantPlacement::Header(name.into()))
    }

    /// Shorthand for `tenant(TenantPlacement::PathParam(name))`.
    pub fn tenant_path_param(self, name: impl Into<String>) -> Self {
        self.tenant(TenantPlacement::PathParam(name.into()))
    }

    /// The correlation id for this call (a [`CallOptions`] one wins).
    pub fn correlation_id(mut self, id: impl Into<String>) -> Self {
        self.correlation_id = Some(id.into());
        self
    }

    /// Timeout of each attempt of this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Applies the caller's per-call options (replacing earlier ones).
    pub fn options(mut self, options: CallOptions) -> Self {
        let timeout = options.timeout.or(self.options.timeout);
        self.options = options;
        self.options.timeout = timeout;
        self
    }

    /// Replaces all values of query parameter `name` with `value`.
    pub(crate) fn set_query(mut self, name: &str, value: String) -> Self {
        self.query.retain(|q| q.name != name);
        self.query.push(QueryParam {
            name: name.to_owned(),
            values: vec![value],
            delimiter: None,
        });
        self
    }

    /// Sends to an absolute URL instead of the path template and query
    /// (used to follow `Link: rel=next`).
    pub(crate) fn with_url(mut self, url: Url) -> Self {
        self.url_override = Some(url);
        self
    }

    /// The path template.
    pub fn path_template(&self) -> &str {
        &self.path_template
    }

    /// The method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// Sends the request and deserializes a JSON body into `T`. An empty
    /// body is read as `null` (so `()` and `Option<_>` accept it).
    pub async fn send<T: DeserializeOwned>(self) -> Result<ApiResponse<T>> {
        let raw = execute(self).await?;
        let body = decode_json::<T>(&raw)?;
        Ok(raw.into_response(body))
    }

    /// Sends the request and ignores the response body.
    pub async fn send_empty(self) -> Result<ApiResponse<()>> {
        let raw = execute(self).await?;
        Ok(raw.into_response(()))
    }

    /// Sends the request and returns the body as bytes.
    pub async fn send_bytes(self) -> Result<ApiResponse<Vec<u8>>> {
        let mut raw = execute(self).await?;
        let body = std::mem::take(&mut raw.body);
        Ok(raw.into_response(body))
    }

    /// Sends the request and returns the body as text (lossy UTF-8).
    pub async fn send_text(self) -> Result<ApiResponse<String>> {
        let raw = execute(self).await?;
        let body = String::from_utf8_lossy(&raw.body).into_owned();
        Ok(raw.into_response(body))
    }

    /// Turns this request into a paginator over items of type `T`.
    pub fn paginate<T: DeserializeOwned>(self, strategy: PageStrategy) -> Paginator<T> {
        Paginator::new(self, strategy)
    }
}

impl fmt::Debug for RequestBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestBuilder")
            .field("method", &self.method)
            .field("path_template", &self.path_template)
            .field("operation_id", &self.operation_id)
            .field("path_params", &self.path_params)
            .field(
                "query",
                &self.query.iter().map(|q| &q.name).collect::<Vec<_>>(),
            )
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("body", &self.body)
            .finish_non_exhaustive()
    }
}

/// Deserializes a JSON body, mapping failures to [`Error::Deserialize`].
pub(crate) fn decode_json<T: DeserializeOwned>(raw: &RawResponse) -> Result<T> {
    let body: &[u8] = if raw.body.iter().all(u8::is_ascii_whitespace) {
        b"null"
    } else {
        &raw.body
    };
    serde_json::from_slice(body).map_err(|e| {
        Error::Deserialize(Box::new(DeserializeError {
            status: raw.status,
            message: e.to_string(),
            snippet: snippet_at(body, e.line(), e.column()),
            context: raw.context.clone(),
        }))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_styles() {
        let q = vec![
            QueryParam {
                name: "id".into(),
                values: vec!["1".into(), "a b".into()],
                delimiter: None,
            },
            QueryParam {
                name: "tags".into(),
                values: vec!["x,y".into(), "z".into()],
                delimiter: Some(','),
            },
            QueryParam {
                name: "f[k]".into(),
                values: vec!["&".into()],
                delimiter: Some('|'),
            },
        ];
        assert_eq!(
            serialize_query(&q),
            "id=1&id=a%20b&tags=x%2Cy,z&f%5Bk%5D=%26"
        );
    }
}
