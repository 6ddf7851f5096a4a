//! One HTTP exchange, defended against hostile servers: the body is read in chunks and
//! abandoned past a cap (after decompression, so a gzip bomb is bounded too), and a failure
//! is named by its cause (refused, reset, closed, timed out, TLS, malformed HTTP, header
//! too large) so a report never says only "request failed".

use std::error::Error as _;

use crate::request::{HttpRequest, HttpResponse};

/// Why an exchange produced no response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// What a reader is told (`connection reset by the server`).
    pub cause: String,
    /// The connection could not be made at all (refused, DNS): the server is unreachable.
    pub connect: bool,
    /// The server closed a (pooled) connection under the request; retrying on a fresh
    /// connection is safe for idempotent requests.
    pub closed: bool,
}

impl Failure {
    fn new(cause: impl Into<String>) -> Failure {
        Failure {
            cause: cause.into(),
            connect: false,
            closed: false,
        }
    }
}

/// Whether `req` may be sent twice: an idempotent method (RFC 9110 §9.2.2) or a request
/// carrying an idempotency key.
pub fn idempotent(req: &HttpRequest) -> bool {
    req.method.is_safe()
        || matches!(
            req.method,
            accord_spec::Method::Put | accord_spec::Method::Delete
        )
        || req
            .headers
            .iter()
            .any(|(name, _)| accord_spec::HeaderRole::Idempotency.is(name))
}

/// Sends `req` and reads at most `max_body` bytes of (decoded) body.
pub async fn send(
    client: &reqwest::Client,
    req: &HttpRequest,
    max_body: usize,
) -> Result<HttpResponse, Failure> {
    let method = reqwest::Method::from_bytes(req.method.upper().as_bytes())
        .map_err(|_| Failure::new("the method cannot be sent"))?;
    let mut builder = client.request(method, &req.url);
    for (k, v) in &req.headers {
        builder = builder.header(k.as_str(), v.as_str());
    }
    if let Some(body) = &req.body {
        builder = builder.body(body.clone());
    }
    let mut resp = builder.send().await.map_err(|e| describe(&e))?;
    let status = resp.status().as_u16();
    let headers = resp
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_ascii_lowercase(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let encoded = resp
        .headers()
        .contains_key(reqwest::header::CONTENT_ENCODING);
    if let Some(len) = resp.content_length() {
        if !encoded && len > max_body as u64 {
            return Err(too_large(max_body, Some(len)));
        }
    }
    let mut body = Vec::new();
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > max_body {
                    return Err(too_large(max_body, None));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => break,
            Err(e) => {
                let mut f = describe(&e);
                f.cause = format!("the response body could not be read: {}", f.cause);
                return Err(f);
            }
        }
    }
    Ok(HttpResponse {
        status,
        headers,
        body,
    })
}

fn too_large(max: usize, declared: Option<u64>) -> Failure {
    let declared = declared
        .map(|n| format!(" (Content-Length {n})"))
        .unwrap_or_default();
    Failure::new(format!(
        "the response body is larger than the {} cap{declared} (--max-response-size)",
        human(max as u64)
    ))
}

/// `8 MiB`, `512 KiB`, `300 B`.
pub fn human(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes & ((1 << 20) - 1) == 0 {
        format!("{} MiB", bytes >> 20)
    } else if bytes >= 1 << 10 && bytes & ((1 << 10) - 1) == 0 {
        format!("{} KiB", bytes >> 10)
    } else {
        format!("{bytes} B")
    }
}

/// Names the cause of a reqwest error by walking its source chain.
fn describe(e: &reqwest::Error) -> Failure {
    if e.is_timeout() {
        return Failure::new("timed out (--timeout)");
    }
    let mut io_kind = None;
    let mut hyper_closed = false;
    let mut parse = None;
    let mut tls = None;
    let mut source = e.source();
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            io_kind.get_or_insert(io.kind());
        }
        if let Some(h) = s.downcast_ref::<hyper::Error>() {
            if h.is_incomplete_message() || h.is_canceled() {
                hyper_closed = true;
            }
            if h.is_parse() || h.is_parse_status() {
                parse.get_or_insert_with(|| h.to_string());
            }
        }
        let text = s.to_string();
        let lower = text.to_ascii_lowercase();
        if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") {
            tls.get_or_insert(text);
        }
        source = s.source();
    }
    use std::io::ErrorKind;
    if let Some(t) = tls {
        return Failure::new(format!("TLS failure: {t}"));
    }
    if e.is_connect() {
        let why = match io_kind {
            Some(ErrorKind::ConnectionRefused) => "connection refused",
            Some(ErrorKind::TimedOut) => "connection timed out",
            _ => "could not connect",
        };
        return Failure {
            cause: why.into(),
            connect: true,
            closed: false,
        };
    }
    if let Some(p) = parse {
        let lower = p.to_ascii_lowercase();
        let cause = if lower.contains("too large") || lower.contains("too long") {
            "the response header is too large".to_string()
        } else {
            format!("malformed HTTP response ({p})")
        };
        return Failure::new(cause);
    }
    match io_kind {
        Some(ErrorKind::ConnectionReset) => Failure {
            cause: "connection reset by the server".into(),
            connect: false,
            closed: true,
        },
        Some(ErrorKind::ConnectionAborted | ErrorKind::BrokenPipe | ErrorKind::UnexpectedEof) => {
            Failure {
                cause: "the server closed the connection".into(),
                connect: false,
                closed: true,
            }
        }
        _ if hyper_closed => Failure {
            cause: "the server closed the connection before answering".into(),
            connect: false,
            closed: true,
        },
        _ if e.is_body() || e.is_decode() => Failure::new("the response body is malformed"),
        _ => Failure::new(format!("request failed: {}", chain(e))),
    }
}

/// The error's causes, outermost first (not the error itself: it names the URL, which may
/// carry credentials).
fn chain(e: &reqwest::Error) -> String {
    let mut parts = Vec::new();
    let mut source = e.source();
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    if parts.is_empty() {
        "no cause given".into()
    } else {
        parts.join(": ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_well() {
        assert_eq!(human(8 << 20), "8 MiB");
        assert_eq!(human(512 << 10), "512 KiB");
        assert_eq!(human(300), "300 B");
    }
}
