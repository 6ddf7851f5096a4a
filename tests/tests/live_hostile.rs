//! `accord test` against misbehaving servers on 127.0.0.1: a run that did not test is not a
//! pass (every answer 404 behind a doubled `/v1`, every answer 401, `429 Retry-After:
//! 3600`, a spent request budget), hostile answers cannot hurt it (an endless body, a
//! server that closes kept-alive connections), and a secret with quotes in it never
//! appears in any report format. No timed assertions: counts and texts only.

mod common;

use std::path::Path;
use std::process::Output;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{accord_in, stderr, stdout};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// A contract whose paths all start with `/v1`, with three read operations.
const CONTRACT: &str = r#"openapi: 3.0.3
info: {title: hostile, version: '1.0.0'}
servers: [{url: 'https://api.example.com'}]
paths:
  /v1/pets:
    get:
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {type: array, items: {type: object}}}}
  /v1/owners:
    get:
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {type: array, items: {type: object}}}}
  /v1/toys:
    get:
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {type: array, items: {type: object}}}}
"#;

/// What a raw server does with one request; `None` closes the connection unanswered.
type Answer = Arc<dyn Fn(usize, &str) -> Option<Vec<u8>> + Send + Sync>;

struct Server {
    url: String,
    requests: Arc<AtomicUsize>,
}

/// A raw HTTP/1.1 server on 127.0.0.1 on its own thread: `answer(n, head)` is given the
/// request count so far and the request head. `one_per_connection` closes a connection
/// when a second request arrives on it, without answering (an idle keep-alive timeout
/// racing the client).
fn serve(answer: Answer, one_per_connection: bool) -> Server {
    let requests = Arc::new(AtomicUsize::new(0));
    let counter = requests.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async move {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            loop {
                let Ok((socket, _)) = listener.accept().await else {
                    continue;
                };
                let answer = answer.clone();
                let counter = counter.clone();
                tokio::spawn(connection(socket, answer, counter, one_per_connection));
            }
        });
    });
    let addr = rx.recv().unwrap();
    Server {
        url: format!("http://{addr}"),
        requests,
    }
}

async fn connection(
    mut socket: TcpStream,
    answer: Answer,
    counter: Arc<AtomicUsize>,
    one_per_connection: bool,
) {
    let mut served = 0;
    loop {
        let mut head = Vec::new();
        let mut buf = [0u8; 4096];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") {
            match socket.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => head.extend_from_slice(&buf[..n]),
            }
        }
        if one_per_connection && served == 1 {
            return;
        }
        let text = String::from_utf8_lossy(&head).into_owned();
        let n = counter.fetch_add(1, Ordering::SeqCst);
        let Some(bytes) = answer(n, &text) else {
            return;
        };
        if socket.write_all(&bytes).await.is_err() {
            return;
        }
        served += 1;
    }
}

fn response(status: &str, headers: &[(&str, &str)], body: &str) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\ncontent-length: {}\r\n", body.len());
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(body);
    out.into_bytes()
}

fn json_ok() -> Vec<u8> {
    response("200 OK", &[("content-type", "application/json")], "[]")
}

fn run(dir: &Path, args: &[&str]) -> (Output, String) {
    std::fs::write(dir.join("api.yaml"), CONTRACT).unwrap();
    let mut all = vec!["test", "api.yaml", "--max-examples", "5", "--seed", "7"];
    all.extend_from_slice(args);
    let out = accord_in(dir, &all);
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!text.contains("panicked"), "{text}");
    (out, text)
}

fn coverage(json: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(json).expect("JSON report");
    v["coverage"].clone()
}

#[test]
fn doubled_v1_base_url_is_not_a_pass() {
    let server = serve(
        Arc::new(|_, head: &str| {
            if head.starts_with("GET /v1/v1/") {
                Some(response("404 Not Found", &[], ""))
            } else {
                Some(json_ok())
            }
        }),
        false,
    );
    let dir = tempfile::tempdir().unwrap();
    let base = format!("{}/v1", server.url);
    let (out, text) = run(dir.path(), &["--base-url", &base]);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("the base URL is probably wrong")
            && text.contains("ends in /v1")
            && text.contains(&format!("try --base-url {}", server.url)),
        "{text}"
    );
    assert!(text.contains("incomplete, not a pass"), "{text}");
    // It stopped once the diagnosis was certain instead of spending the budget.
    assert!(server.requests.load(Ordering::SeqCst) <= 15, "{text}");

    let (out, json) = run(dir.path(), &["--base-url", &base, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let c = coverage(&stdout(&out));
    assert_eq!(c["operations_total"], 3, "{json}");
    assert_eq!(c["operations_exercised"], 0, "{json}");
    let reason = c["operations"][0]["not_exercised"][0]["reason"]
        .as_str()
        .unwrap_or_default();
    assert!(reason.contains("base URL is probably wrong"), "{json}");

    // The right base URL passes.
    let (out, text) = run(dir.path(), &["--base-url", &server.url]);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("test: no failures in 3 of 3 operations"),
        "{text}"
    );
}

#[test]
fn credentials_rejected_everywhere_is_not_a_pass() {
    let server = serve(
        Arc::new(|_, _: &str| Some(response("401 Unauthorized", &[], ""))),
        false,
    );
    let dir = tempfile::tempdir().unwrap();
    let (out, text) = run(
        dir.path(),
        &[
            "--base-url",
            &server.url,
            "-H",
            "Authorization: Bearer wrong-token",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("credentials"), "{text}");
    assert!(!text.contains("wrong-token"), "{text}");
}

#[test]
fn retry_after_an_hour_stops_after_one_request() {
    let server = serve(
        Arc::new(|_, _: &str| {
            Some(response(
                "429 Too Many Requests",
                &[("retry-after", "3600")],
                "",
            ))
        }),
        false,
    );
    let dir = tempfile::tempdir().unwrap();
    let (out, text) = run(dir.path(), &["--base-url", &server.url, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let c = coverage(&stdout(&out));
    assert_eq!(c["stopped_by"], "throttled", "{text}");
    assert_eq!(c["operations_exercised"], 0, "{text}");
    assert_eq!(server.requests.load(Ordering::SeqCst), 1, "{text}");

    let (_, text) = run(dir.path(), &["--base-url", &server.url]);
    assert!(text.contains("rate-limited for 3600 s"), "{text}");
}

#[test]
fn spent_budget_is_not_a_pass_unless_accepted() {
    let server = serve(Arc::new(|_, _: &str| Some(json_ok())), false);
    let dir = tempfile::tempdir().unwrap();
    let (out, text) = run(
        dir.path(),
        &[
            "--base-url",
            &server.url,
            "--max-requests",
            "4",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{text}");
    let c = coverage(&stdout(&out));
    assert_eq!(c["stopped_by"], "max-requests", "{text}");
    assert_eq!(server.requests.load(Ordering::SeqCst), 4);
    let untested: Vec<&str> = c["operations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["requests"] == 0)
        .flat_map(|o| o["not_exercised"].as_array().unwrap())
        .map(|n| n["reason"].as_str().unwrap())
        .collect();
    assert!(
        !untested.is_empty() && untested.iter().all(|r| *r == "budget spent"),
        "{text}"
    );

    let (out, text) = run(
        dir.path(),
        &[
            "--base-url",
            &server.url,
            "--max-requests",
            "4",
            "--min-coverage",
            "30%",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("accepted by --min-coverage"), "{text}");
}

#[test]
fn endless_body_is_capped() {
    let server = serve(
        Arc::new(|n, _: &str| {
            if n == 0 {
                return Some(json_ok());
            }
            // Declares a chunked body and never ends it: 1 MiB of chunks, then the
            // connection closes mid-body. The cap must trip long before.
            let mut out =
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n"
                    .to_vec();
            for _ in 0..256 {
                out.extend_from_slice(b"1000\r\n");
                out.extend_from_slice(&[b' '; 4096]);
                out.extend_from_slice(b"\r\n");
            }
            Some(out)
        }),
        false,
    );
    let dir = tempfile::tempdir().unwrap();
    let (out, text) = run(
        dir.path(),
        &["--base-url", &server.url, "--max-response-size", "64K"],
    );
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("larger than the 64 KiB cap (--max-response-size)"),
        "{text}"
    );
}

#[test]
fn closed_keep_alive_connections_are_retried_not_blamed() {
    let server = serve(Arc::new(|_, _: &str| Some(json_ok())), true);
    let dir = tempfile::tempdir().unwrap();
    let (out, text) = run(dir.path(), &["--base-url", &server.url]);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(!text.contains("no response"), "{text}");
}

#[test]
fn consecutive_transport_failures_stop_the_run() {
    let server = serve(
        Arc::new(|n, _: &str| if n == 0 { Some(json_ok()) } else { None }),
        false,
    );
    let dir = tempfile::tempdir().unwrap();
    let (out, text) = run(dir.path(), &["--base-url", &server.url, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let c = coverage(&stdout(&out));
    assert_eq!(c["stopped_by"], "transport", "{text}");
    assert!(text.contains("closed the connection"), "{text}");
}

#[test]
fn secret_with_quotes_never_printed() {
    let server = serve(
        Arc::new(|_, _: &str| Some(response("500 Internal Server Error", &[], ""))),
        false,
    );
    let dir = tempfile::tempdir().unwrap();
    let secret = r#"s3cr'et"va\lue"#;
    let header = format!("X-Api-Token: {secret}");
    let base = server.url.replace("http://", "http://admin:hunter22@");
    for format in [
        "text", "json", "junit", "sarif", "html", "markdown", "github",
    ] {
        let (out, text) = run(
            dir.path(),
            &["--base-url", &base, "-H", &header, "--format", format],
        );
        assert_eq!(out.status.code(), Some(1), "{format}: {text}");
        assert!(text.contains("not_a_server_error"), "{format}: {text}");
        for leak in [
            secret.to_string(),
            "s3cr".to_string(),
            "hunter22".to_string(),
            serde_json::to_string(secret).unwrap(),
        ] {
            assert!(!text.contains(&leak), "{format} leaks {leak}:\n{text}");
        }
    }
    let (_, text) = run(dir.path(), &["--base-url", &base, "-H", &header]);
    assert!(
        text.contains(r#"-H "X-Api-Token: $ACCORD_HEADER_X_API_TOKEN""#),
        "{text}"
    );
}

/// Ctrl-C (SIGINT) stops a run under way: exit 130, and the report of what ran is still
/// written, saying the run was interrupted.
#[cfg(unix)]
#[test]
fn interrupted_run_writes_the_report_of_what_ran() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};

    let server = serve(
        Arc::new(|_, _: &str| {
            std::thread::sleep(Duration::from_millis(20));
            Some(json_ok())
        }),
        false,
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("api.yaml"), CONTRACT).unwrap();
    let child = Command::new(common::accord_bin())
        .args([
            "test",
            "api.yaml",
            "--base-url",
            &server.url,
            "--max-examples",
            "100000",
            "--seed",
            "7",
            // One request in flight: every request the report counts is one the
            // server has seen.
            "--workers",
            "1",
            "--format",
            "json",
            "--output",
            "report.json",
        ])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("accord starts");
    // A guard against a run that never starts, not a timing assertion.
    let guard = Instant::now() + Duration::from_secs(120);
    while server.requests.load(Ordering::SeqCst) < 5 {
        assert!(Instant::now() < guard, "the run never got under way");
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = common::interrupt(child);
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(130), "{text}");
    assert!(
        text.contains("interrupted: the report covers what ran before"),
        "{text}"
    );
    let json = std::fs::read_to_string(dir.path().join("report.json")).expect("report written");
    assert_eq!(coverage(&json)["stopped_by"], "interrupted", "{json}");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let sent = report["summary"]["requests"].as_u64().unwrap_or(0);
    assert!(sent >= 5, "{json}");
    assert!(
        sent as usize <= server.requests.load(Ordering::SeqCst),
        "{json}"
    );
}

/// An API key the contract takes in the query travels there, never as a header, and the
/// reproduction names it with `--url-query` and an environment variable, never the value.
#[test]
fn query_api_key_is_sent_in_the_query_and_never_printed() {
    let contract = CONTRACT.replace(
        "servers:",
        "security: [{key: []}]\ncomponents:\n  securitySchemes:\n    key: {type: apiKey, in: query, name: api_key}\nservers:",
    );
    let server = serve(
        Arc::new(|_, head: &str| {
            let line = head.lines().next().unwrap_or_default();
            if line.contains("api_key=s3cr%27et%2Fkey") && !head.contains("api_key:") {
                Some(response("500 Internal Server Error", &[], ""))
            } else {
                Some(response("401 Unauthorized", &[], ""))
            }
        }),
        false,
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("key.yaml"), contract).unwrap();
    let out = accord_in(
        dir.path(),
        &[
            "test",
            "key.yaml",
            "--max-examples",
            "2",
            "--seed",
            "7",
            "--base-url",
            &server.url,
            "--tenant",
            "alpha=api_key: s3cr'et/key",
        ],
    );
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("not_a_server_error"),
        "the key reached the query: {text}"
    );
    assert!(
        text.contains("--url-query \"api_key=$ACCORD_TENANT_ALPHA_API_KEY\""),
        "{text}"
    );
    for leak in ["s3cr", "s3cr%27et"] {
        assert!(!text.contains(leak), "leaks {leak}:\n{text}");
    }
}
