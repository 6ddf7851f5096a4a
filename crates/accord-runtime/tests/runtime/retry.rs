//! Retries, back-off, Retry-After and timeouts.

use std::time::{Duration, Instant};

use accord_runtime::{Client, Error, Method, RetryPolicy, StatusCode, TimeoutKind};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{builder, client, fast_retry, request_count};

async fn mount_then_ok(server: &MockServer, m: &str, first: ResponseTemplate, times: u64) {
    Mock::given(method(m))
        .and(path("/things"))
        .respond_with(first)
        .up_to_n_times(times)
        .mount(server)
        .await;
    Mock::given(method(m))
        .and(path("/things"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(server)
        .await;
}

#[tokio::test]
async fn retries_429_honouring_retry_after_seconds() {
    let server = MockServer::start().await;
    // Retry-After: 40 with a 1 ms unit waits 40 ms.
    mount_then_ok(
        &server,
        "GET",
        ResponseTemplate::new(429).insert_header("Retry-After", "40"),
        1,
    )
    .await;
    let c = client(&server);
    let start = Instant::now();
    let resp = c.get("/things").send::<Value>().await.unwrap();
    assert!(
        start.elapsed() >= Duration::from_millis(40),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.attempts(), 2);
    assert_eq!(resp.body()["ok"], true);
    assert_eq!(request_count(&server).await, 2);
}

#[tokio::test]
async fn retries_429_with_http_date_retry_after() {
    let server = MockServer::start().await;
    let date = httpdate_in(Duration::from_secs(30));
    mount_then_ok(
        &server,
        "GET",
        ResponseTemplate::new(429).insert_header("Retry-After", date.as_str()),
        1,
    )
    .await;
    // 30 s at a 1 ms unit is ~30 ms, capped at 50 ms.
    let resp = client(&server)
        .get("/things")
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(resp.attempts(), 2);
}

fn httpdate_in(d: Duration) -> String {
    // RFC 7231 IMF-fixdate without an extra dependency.
    let secs = (std::time::SystemTime::now() + d)
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let days = secs / 86_400;
    let rem = secs % 86_400;
    let (h, m, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    // Civil-from-days (Howard Hinnant).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let mon = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ][(month - 1) as usize];
    format!("{weekday}, {day:02} {mon} {year} {h:02}:{m:02}:{s:02} GMT")
}

#[tokio::test]
async fn real_one_second_retry_after_on_503() {
    let server = MockServer::start().await;
    mount_then_ok(
        &server,
        "GET",
        ResponseTemplate::new(503).insert_header("Retry-After", "1"),
        1,
    )
    .await;
    let c = builder(&server)
        .retry(
            RetryPolicy::new()
                .base_delay(Duration::from_millis(1))
                .max_delay(Duration::from_secs(5)),
        )
        .build_client()
        .unwrap();
    let start = Instant::now();
    c.get("/things").send::<Value>().await.unwrap();
    assert!(
        start.elapsed() >= Duration::from_millis(950),
        "{:?}",
        start.elapsed()
    );
}

#[tokio::test]
async fn retry_after_is_capped_by_max_delay() {
    let server = MockServer::start().await;
    mount_then_ok(
        &server,
        "GET",
        ResponseTemplate::new(429).insert_header("Retry-After", "3600"),
        1,
    )
    .await;
    let c = builder(&server)
        .retry(
            RetryPolicy::new()
                .base_delay(Duration::from_millis(1))
                .max_delay(Duration::from_millis(30)),
        )
        .build_client()
        .unwrap();
    let start = Instant::now();
    c.get("/things").send::<Value>().await.unwrap();
    assert!(start.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn retries_503_then_succeeds() {
    let server = MockServer::start().await;
    mount_then_ok(&server, "GET", ResponseTemplate::new(503), 2).await;
    let resp = client(&server)
        .get("/things")
        .send::<Value>()
        .await
        .unwrap();
    assert_eq!(resp.attempts(), 3);
    assert_eq!(request_count(&server).await, 3);
}

#[tokio::test]
async fn retries_502_and_504_on_put_and_delete() {
    let server = MockServer::start().await;
    mount_then_ok(&server, "PUT", ResponseTemplate::new(502), 1).await;
    mount_then_ok(&server, "DELETE", ResponseTemplate::new(504), 1).await;
    let c = client(&server);
    assert_eq!(
        c.put("/things")
            .json(&json!({}))
            .send_empty()
            .await
            .unwrap()
            .attempts(),
        2
    );
    assert_eq!(
        c.delete("/things").send_empty().await.unwrap().attempts(),
        2
    );
}

#[tokio::test]
async fn gives_up_after_max_attempts_with_retry_after_in_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "2"))
        .mount(&server)
        .await;
    let err = client(&server)
        .get("/things")
        .operation_id("listThings")
        .send::<Value>()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(err.retry_after(), Some(Duration::from_secs(2)));
    assert_eq!(err.context().unwrap().attempts, 3);
    let msg = err.to_string();
    assert!(
        msg.contains("listThings") && msg.contains("/things"),
        "{msg}"
    );
    assert_eq!(request_count(&server).await, 3);
}

#[tokio::test]
async fn post_without_idempotency_key_is_not_retried() {
    let server = MockServer::start().await;
    mount_then_ok(&server, "POST", ResponseTemplate::new(503), 1).await;
    let err = client(&server)
        .post("/things")
        .json(&json!({"name": "x"}))
        .send::<Value>()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(request_count(&server).await, 1);
}

#[tokio::test]
async fn client_errors_are_not_retried() {
    let server = MockServer::start().await;
    mount_then_ok(&server, "GET", ResponseTemplate::new(400), 1).await;
    let err = client(&server)
        .get("/things")
        .send::<Value>()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::BAD_REQUEST));
    assert_eq!(request_count(&server).await, 1);
}

#[tokio::test]
async fn connect_errors_are_retried_then_reported() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let c = Client::builder(format!("http://127.0.0.1:{port}"))
        .retry(fast_retry())
        .build_client()
        .unwrap();
    let err = c.get("/x").send::<Value>().await.unwrap_err();
    match &err {
        Error::Transport(t) => {
            assert!(t.connect);
            assert_eq!(t.context.attempts, 3);
        }
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[tokio::test]
async fn per_attempt_timeout_is_retried_then_reported() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_millis(500)))
        .mount(&server)
        .await;
    let c = builder(&server)
        .request_timeout(Duration::from_millis(50))
        .retry(fast_retry().max_attempts(2))
        .build_client()
        .unwrap();
    let err = c.get("/slow").send::<Value>().await.unwrap_err();
    match &err {
        Error::Timeout(t) => {
            assert_eq!(t.kind, TimeoutKind::Request);
            assert_eq!(t.context.attempts, 2);
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(err.is_timeout());
}

#[tokio::test]
async fn total_timeout_covers_retries() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_millis(500)))
        .mount(&server)
        .await;
    let c = builder(&server)
        .request_timeout(Duration::from_secs(5))
        .total_timeout(Duration::from_millis(80))
        .build_client()
        .unwrap();
    let start = Instant::now();
    let err = c
        .request(Method::GET, "/slow")
        .send::<Value>()
        .await
        .unwrap_err();
    assert!(start.elapsed() < Duration::from_millis(400));
    match err {
        Error::Timeout(t) => assert_eq!(t.kind, TimeoutKind::Total),
        other => panic!("expected a total timeout, got {other:?}"),
    }
}

#[tokio::test]
async fn rate_limit_spaces_requests() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let c = builder(&server).rate_limit(50.0).build_client().unwrap();
    let start = Instant::now();
    for _ in 0..5 {
        c.get("/x").send_empty().await.unwrap();
    }
    // One immediate request, then 4 spaced by 20 ms.
    assert!(
        start.elapsed() >= Duration::from_millis(75),
        "{:?}",
        start.elapsed()
    );
}
