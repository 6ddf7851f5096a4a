//! The runtime's [`Error`] type and its detailed variants.
//!
//! Errors never carry secrets: URLs (which may hold an API key in the query)
//! are stripped from transport errors, only the path *template* is recorded,
//! and response headers are not printed by `Debug`.

use std::fmt;
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;

use crate::problem::Problem;

/// Convenience alias used throughout the runtime.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What the runtime knew about the call when it failed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorContext {
    /// The operation id declared by the generated code, if any.
    pub operation_id: Option<String>,
    /// The HTTP method.
    pub method: String,
    /// The path template (`/users/{id}`), never the filled-in URL.
    pub path_template: String,
    /// The correlation id (from the response if it echoed one, else the one sent).
    pub correlation_id: Option<String>,
    /// The server's request id, if the response carried one.
    pub request_id: Option<String>,
    /// How many HTTP attempts were made.
    pub attempts: u32,
}

impl fmt::Display for ErrorContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path_template)?;
        if let Some(op) = &self.operation_id {
            write!(f, " (operation {op})")?;
        }
        if self.attempts > 1 {
            write!(f, " after {} attempts", self.attempts)?;
        }
        if let Some(id) = &self.correlation_id {
            write!(f, ", correlation id {id}")?;
        }
        if let Some(id) = &self.request_id {
            write!(f, ", request id {id}")?;
        }
        Ok(())
    }
}

/// All errors the runtime returns.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be sent or the response could not be read
    /// (connection refused, reset, TLS failure...).
    #[error(transparent)]
    Transport(Box<TransportError>),
    /// A connect, per-request or total timeout elapsed.
    #[error(transparent)]
    Timeout(Box<TimeoutError>),
    /// The server answered with a non-success status.
    #[error(transparent)]
    Status(Box<StatusError>),
    /// The response body did not match the expected type.
    #[error(transparent)]
    Deserialize(Box<DeserializeError>),
    /// Credentials could not be obtained or were rejected.
    #[error(transparent)]
    Auth(Box<AuthError>),
    /// The request could not be built (bad header, missing path parameter...).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The client configuration is invalid.
    #[error("invalid client configuration: {0}")]
    Config(String),
    /// Pagination stopped because the server misbehaved (repeated cursor,
    /// cross-origin `Link`...).
    #[error("pagination error: {0}")]
    Pagination(String),
}

impl Error {
    /// The HTTP status, for [`Error::Status`], [`Error::Deserialize`] and
    /// [`Error::Auth`] errors that got a response.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Status(e) => Some(e.status),
            Error::Deserialize(e) => Some(e.status),
            Error::Auth(e) => e.status,
            _ => None,
        }
    }

    /// The parsed problem details, if the error response was `application/problem+json`.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            Error::Status(e) => e.problem.as_ref(),
            _ => None,
        }
    }

    /// The server's `Retry-After`, if it sent one.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::Status(e) => e.retry_after,
            _ => None,
        }
    }

    /// The call context, when the error happened during a call.
    pub fn context(&self) -> Option<&ErrorContext> {
        match self {
            Error::Transport(e) => Some(&e.context),
            Error::Timeout(e) => Some(&e.context),
            Error::Status(e) => Some(&e.context),
            Error::Deserialize(e) => Some(&e.context),
            Error::Auth(e) => e.context.as_ref(),
            _ => None,
        }
    }

    /// The correlation id of the failed call.
    pub fn correlation_id(&self) -> Option<&str> {
        self.context().and_then(|c| c.correlation_id.as_deref())
    }

    /// The server's request id for the failed call.
    pub fn request_id(&self) -> Option<&str> {
        self.context().and_then(|c| c.request_id.as_deref())
    }

    /// Whether this is a timeout.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout(_))
    }

    pub(crate) fn with_context(mut self, ctx: &ErrorContext) -> Self {
        match &mut self {
            Error::Auth(e) if e.context.is_none() => e.context = Some(ctx.clone()),
            _ => {}
        }
        self
    }
}

/// Details of [`Error::Transport`].
#[derive(Debug)]
pub struct TransportError {
    /// Whether the failure happened while connecting (so nothing was sent).
    pub connect: bool,
    /// The call context.
    pub context: ErrorContext,
    source: reqwest::Error,
}

impl TransportError {
    pub(crate) fn new(source: reqwest::Error, context: ErrorContext) -> Self {
        Self {
            connect: source.is_connect(),
            context,
            source: source.without_url(),
        }
    }

    /// Whether the connection failed after it was made (reset, closed early).
    pub(crate) fn is_connection_failure(&self) -> bool {
        !self.connect && crate::retry::is_connection_failure(&self.source)
    }
}

/// Renders an error and its causes, which never include the URL.
fn chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut out = err.to_string();
    let mut cur = err.source();
    while let Some(e) = cur {
        let s = e.to_string();
        if !out.contains(&s) {
            out.push_str(": ");
            out.push_str(&s);
        }
        cur = e.source();
    }
    out
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "transport error for {}: {}",
            self.context,
            chain(&self.source)
        )
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Which timeout elapsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeoutKind {
    /// Establishing the connection took too long.
    Connect,
    /// One attempt (request and response body) took too long.
    Request,
    /// The whole call, retries and back-off included, took too long.
    Total,
}

/// Details of [`Error::Timeout`].
#[derive(Debug)]
pub struct TimeoutError {
    /// Which timeout elapsed.
    pub kind: TimeoutKind,
    /// The configured limit, when known.
    pub limit: Option<Duration>,
    /// The call context.
    pub context: ErrorContext,
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            TimeoutKind::Connect => "connect",
            TimeoutKind::Request => "request",
            TimeoutKind::Total => "total",
        };
        write!(f, "{kind} timeout")?;
        if let Some(limit) = self.limit {
            write!(f, " ({limit:?})")?;
        }
        write!(f, " for {}", self.context)
    }
}

impl std::error::Error for TimeoutError {}

/// Details of [`Error::Status`]: the server answered with a non-success status.
pub struct StatusError {
    /// The HTTP status.
    pub status: StatusCode,
    /// Problem details, if the body was `application/problem+json`.
    pub problem: Option<Problem>,
    /// The body as text (lossy UTF-8), truncated to the configured limit.
    pub body: Option<String>,
    /// Whether [`StatusError::body`] was truncated.
    pub body_truncated: bool,
    /// The server's `Retry-After`, if present and parseable.
    pub retry_after: Option<Duration>,
    /// The response headers (not shown by `Debug`).
    pub headers: HeaderMap,
    /// The call context.
    pub context: ErrorContext,
}

impl StatusError {
    /// Deserializes the (possibly truncated) body, e.g. into a typed error model.
    pub fn json<T: DeserializeOwned>(&self) -> Option<T> {
        self.body
            .as_deref()
            .and_then(|b| serde_json::from_str(b).ok())
    }
}

impl fmt::Debug for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StatusError")
            .field("status", &self.status)
            .field("problem", &self.problem)
            .field("body", &self.body)
            .field("body_truncated", &self.body_truncated)
            .field("retry_after", &self.retry_after)
            .field("header_names", &self.headers.keys().collect::<Vec<_>>())
            .field("context", &self.context)
            .finish()
    }
}

const DISPLAY_BODY_CHARS: usize = 200;

impl fmt::Display for StatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {} for {}", self.status, self.context)?;
        if let Some(p) = &self.problem {
            write!(f, ": {p}")?;
        } else if let Some(body) = self.body.as_deref().filter(|b| !b.trim().is_empty()) {
            let snippet: String = body.chars().take(DISPLAY_BODY_CHARS).collect();
            let more = self.body_truncated || snippet.len() < body.len();
            write!(f, ": {}{}", snippet.trim(), if more { "…" } else { "" })?;
        }
        if let Some(ra) = self.retry_after {
            write!(f, " (retry after {ra:?})")?;
        }
        Ok(())
    }
}

impl std::error::Error for StatusError {}

/// Details of [`Error::Deserialize`].
#[derive(Debug)]
pub struct DeserializeError {
    /// The HTTP status of the response.
    pub status: StatusCode,
    /// The parser's message (with line and column).
    pub message: String,
    /// A short excerpt of the body around the failure.
    pub snippet: String,
    /// The call context.
    pub context: ErrorContext,
}

impl fmt::Display for DeserializeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "could not deserialize the HTTP {} response for {}: {} (near `{}`)",
            self.status, self.context, self.message, self.snippet
        )
    }
}

impl std::error::Error for DeserializeError {}

/// Details of [`Error::Auth`].
#[derive(Debug)]
pub struct AuthError {
    /// What went wrong (never contains the secret).
    pub message: String,
    /// The status of the token endpoint or API response, if any.
    pub status: Option<StatusCode>,
    /// The call context, when the failure happened during a call.
    pub context: Option<ErrorContext>,
}

impl AuthError {
    /// Wraps a message into an [`Error::Auth`].
    pub fn error(message: impl Into<String>, status: Option<StatusCode>) -> Error {
        Error::Auth(Box::new(AuthError {
            message: message.into(),
            status,
            context: None,
        }))
    }
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "authentication failed: {}", self.message)?;
        if let Some(s) = self.status {
            write!(f, " (HTTP {s})")?;
        }
        if let Some(ctx) = &self.context {
            write!(f, " for {ctx}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AuthError {}

/// Builds a short excerpt of `body` around a serde_json error position.
pub(crate) fn snippet_at(body: &[u8], line: usize, column: usize) -> String {
    const RADIUS: usize = 60;
    let text = String::from_utf8_lossy(body);
    let mut offset = 0usize;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line.max(1) {
            offset += column.saturating_sub(1).min(l.len());
            break;
        }
        offset += l.len() + 1;
    }
    let offset = offset.min(text.len());
    let mut start = offset.saturating_sub(RADIUS);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (offset + RADIUS).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let mut s = String::new();
    if start > 0 {
        s.push('…');
    }
    s.push_str(&text[start..end]);
    if end < text.len() {
        s.push('…');
    }
    s.replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_points_near_error() {
        let body = br#"{"id": 1, "name": 42}"#;
        let err = serde_json::from_slice::<serde_json::Value>(b"{\"a\": tru}").unwrap_err();
        assert!(err.line() == 1);
        let s = snippet_at(body, 1, 19);
        assert!(s.contains("\"name\": 42"), "{s}");
    }

    #[test]
    fn error_is_small() {
        assert!(std::mem::size_of::<Error>() <= 32);
    }
}
