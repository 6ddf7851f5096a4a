//! The HTTP transport: hyper's HTTP/1.1 server on a tokio listener, one task per
//! connection, keep-alive, `TCP_NODELAY`. Nothing is recorded: a request's memory is freed
//! when its response is written, so the mock can run for hours under load. A client has
//! `header_read_timeout` to send a request's headers (idle half-open connections are
//! closed, not kept), and at most `max_connections` are open at once: beyond that the
//! listener waits for one to close, so slow clients cannot starve the others' memory.

use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::watch;

use super::problem::problem;
use super::record::Intercept;
use super::{MockEngine, MockRequest, MockResponse};

/// Accepts connections until `shutdown` changes (or its sender is dropped). `intercept`
/// answers requests before the engine does (`--record`, `--replay`).
pub(crate) async fn serve(
    listener: TcpListener,
    engine: Arc<MockEngine>,
    intercept: Option<Arc<dyn Intercept>>,
    mut shutdown: watch::Receiver<()>,
) {
    let options = engine.options();
    let slots = Arc::new(tokio::sync::Semaphore::new(options.max_connections.max(1)));
    let header_timeout = options.header_read_timeout;
    loop {
        let permit = tokio::select! {
            biased;
            _ = shutdown.changed() => break,
            permit = slots.clone().acquire_owned() => match permit {
                Ok(p) => p,
                Err(_) => break,
            },
        };
        let stream = tokio::select! {
            biased;
            _ = shutdown.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors and the like: back off briefly, keep serving.
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let engine = engine.clone();
        let intercept = intercept.clone();
        let mut shutdown = shutdown.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req| {
                let engine = engine.clone();
                let intercept = intercept.clone();
                async move { handle(&engine, intercept.as_deref(), req).await }
            });
            let _permit = permit;
            let conn = hyper::server::conn::http1::Builder::new()
                .keep_alive(true)
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .serve_connection(TokioIo::new(stream), service);
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = shutdown.changed() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
        });
    }
}

/// The response, or an error that makes hyper close the connection without one (an
/// injected `drop` fault).
async fn handle(
    engine: &MockEngine,
    intercept: Option<&dyn Intercept>,
    req: hyper::Request<Incoming>,
) -> Result<hyper::Response<Full<Bytes>>, std::io::Error> {
    let (parts, body) = req.into_parts();
    let limit = engine.options().max_body_bytes;
    let response = match Limited::new(body, limit).collect().await {
        Ok(collected) => {
            let body = collected.to_bytes();
            let request = MockRequest {
                method: &parts.method,
                path: parts.uri.path(),
                query: parts.uri.query(),
                headers: &parts.headers,
                body: &body,
            };
            let intercepted = match intercept {
                Some(i) => i.intercept(engine, &request).await,
                None => None,
            };
            match intercepted {
                Some(response) => response,
                None => engine.handle(&request),
            }
        }
        Err(e) => {
            let too_large = e
                .downcast_ref::<http_body_util::LengthLimitError>()
                .is_some();
            if too_large {
                problem(
                    413,
                    "content-too-large",
                    "Content Too Large",
                    format!("the mock reads bodies of at most {limit} bytes"),
                    &[],
                )
            } else {
                problem(
                    400,
                    "unreadable-body",
                    "Bad Request",
                    format!("the request body could not be read: {e}"),
                    &[],
                )
            }
        }
    };
    if let Some(delay) = response.delay {
        tokio::time::sleep(delay).await;
    }
    if response.drop_connection {
        return Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "connection dropped by an injected fault",
        ));
    }
    Ok(to_hyper(response))
}

fn to_hyper(response: MockResponse) -> hyper::Response<Full<Bytes>> {
    let mut out = hyper::Response::new(Full::new(response.body));
    *out.status_mut() = http::StatusCode::from_u16(response.status)
        .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = out.headers_mut();
    for (name, value) in response.headers {
        headers.append(name, value);
    }
    out
}
