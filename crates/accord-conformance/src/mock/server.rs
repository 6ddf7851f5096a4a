//! The HTTP transport: hyper's HTTP/1.1 server on a tokio listener, one task per
//! connection, keep-alive, `TCP_NODELAY`. Nothing is recorded: a request's memory is freed
//! when its response is written, so the mock can run for hours under load.

use std::convert::Infallible;
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::sync::watch;

use super::problem::problem;
use super::{MockEngine, MockRequest, MockResponse};

/// Accepts connections until `shutdown` changes (or its sender is dropped).
pub(crate) async fn serve(
    listener: TcpListener,
    engine: Arc<MockEngine>,
    mut shutdown: watch::Receiver<()>,
) {
    loop {
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
        let mut shutdown = shutdown.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req| {
                let engine = engine.clone();
                async move { Ok::<_, Infallible>(handle(&engine, req).await) }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .keep_alive(true)
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

async fn handle(
    engine: &MockEngine,
    req: hyper::Request<Incoming>,
) -> hyper::Response<Full<Bytes>> {
    let (parts, body) = req.into_parts();
    let limit = engine.options().max_body_bytes;
    let response = match Limited::new(body, limit).collect().await {
        Ok(collected) => {
            let body = collected.to_bytes();
            engine.handle(&MockRequest {
                method: &parts.method,
                path: parts.uri.path(),
                query: parts.uri.query(),
                headers: &parts.headers,
                body: &body,
            })
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
    to_hyper(response)
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
