//! Authentication: static schemes, OAuth2 client credentials with caching,
//! refresh and the one retry on 401, and secrets kept out of output.

use std::time::Duration;

use accord_runtime::{Auth, Client, Error, OAuth2ClientCredentials, Secret, StatusCode};
use serde_json::{Value, json};
use wiremock::matchers::{body_string_contains, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{builder, request_count};

fn requests_to(reqs: &[wiremock::Request], p: &str) -> usize {
    reqs.iter().filter(|r| r.url.path() == p).count()
}

async fn ok_api(server: &MockServer, auth_header: &str) {
    Mock::given(method("GET"))
        .and(path("/me"))
        .and(header("Authorization", auth_header))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(server)
        .await;
}

fn token(t: &str, expires_in: u64) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "access_token": t,
        "token_type": "Bearer",
        "expires_in": expires_in,
    }))
}

fn oauth(server: &MockServer) -> OAuth2ClientCredentials {
    OAuth2ClientCredentials::new(
        format!("{}/oauth/token", server.uri()),
        "client-1",
        "s3cr3t-value",
    )
    .scopes(["read", "write"])
}

#[tokio::test]
async fn static_schemes() {
    let server = MockServer::start().await;
    ok_api(&server, "Bearer tok-1").await;
    Mock::given(path("/key"))
        .and(header("X-API-Key", "k-1"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/query"))
        .and(query_param("api_key", "k-2"))
        .and(query_param("a", "1"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path("/basic"))
        .and(header("Authorization", "Basic dXNlcjpwYXNz"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let with = |auth: Auth| builder(&server).auth(auth).build_client().unwrap();
    with(Auth::bearer("tok-1"))
        .get("/me")
        .send::<Value>()
        .await
        .unwrap();
    with(Auth::api_key_header("X-API-Key", "k-1"))
        .get("/key")
        .send_empty()
        .await
        .unwrap();
    with(Auth::api_key_query("api_key", "k-2"))
        .get("/query")
        .query("a", 1)
        .send_empty()
        .await
        .unwrap();
    with(Auth::basic("user", "pass"))
        .get("/basic")
        .send_empty()
        .await
        .unwrap();
}

#[tokio::test]
async fn oauth2_token_is_fetched_once_and_cached() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(body_string_contains("grant_type=client_credentials"))
        .and(body_string_contains("client_id=client-1"))
        .and(body_string_contains("scope=read+write"))
        .respond_with(token("t1", 3600))
        .expect(1)
        .mount(&server)
        .await;
    ok_api(&server, "Bearer t1").await;
    let c = builder(&server)
        .auth(Auth::oauth2(oauth(&server)))
        .build_client()
        .unwrap();
    for _ in 0..3 {
        c.get("/me").send::<Value>().await.unwrap();
    }
    // Clones share the cache.
    c.clone().get("/me").send::<Value>().await.unwrap();
    let reqs = server.received_requests().await.unwrap();
    assert_eq!(requests_to(&reqs, "/oauth/token"), 1);
    assert_eq!(requests_to(&reqs, "/me"), 4);
}

#[tokio::test]
async fn oauth2_token_is_refreshed_before_expiry() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth/token"))
        .respond_with(token("t1", 2))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/oauth/token"))
        .respond_with(token("t2", 3600))
        .mount(&server)
        .await;
    ok_api(&server, "Bearer t1").await;
    ok_api(&server, "Bearer t2").await;
    // A 2 s token refreshed 1.95 s early is stale after 50 ms.
    let config = oauth(&server).refresh_skew(Duration::from_millis(1950));
    let c = builder(&server)
        .auth(Auth::oauth2(config))
        .build_client()
        .unwrap();
    c.get("/me").send::<Value>().await.unwrap();
    c.get("/me").send::<Value>().await.unwrap();
    tokio::time::sleep(Duration::from_millis(80)).await;
    c.get("/me").send::<Value>().await.unwrap();
    c.get("/me").send::<Value>().await.unwrap();
    let reqs = server.received_requests().await.unwrap();
    assert_eq!(requests_to(&reqs, "/oauth/token"), 2);
    let auths: Vec<_> = reqs
        .iter()
        .filter(|r| r.url.path() == "/me")
        .map(|r| {
            r.headers
                .get("authorization")
                .unwrap()
                .to_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(auths, ["Bearer t1", "Bearer t1", "Bearer t2", "Bearer t2"]);
}

#[tokio::test]
async fn oauth2_retries_once_with_a_fresh_token_on_401() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth/token"))
        .respond_with(token("revoked", 3600))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/oauth/token"))
        .respond_with(token("fresh", 3600))
        .mount(&server)
        .await;
    Mock::given(path("/me"))
        .and(header("Authorization", "Bearer revoked"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    ok_api(&server, "Bearer fresh").await;
    let c = builder(&server)
        .auth(Auth::oauth2(oauth(&server)))
        .build_client()
        .unwrap();
    let resp = c.get("/me").send::<Value>().await.unwrap();
    assert_eq!(resp.attempts(), 2);
    let reqs = server.received_requests().await.unwrap();
    assert_eq!(requests_to(&reqs, "/oauth/token"), 2);
    assert_eq!(requests_to(&reqs, "/me"), 2);
}

#[tokio::test]
async fn persistent_401_is_retried_only_once() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth/token"))
        .respond_with(token("t", 3600))
        .mount(&server)
        .await;
    Mock::given(path("/me"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    let c = builder(&server)
        .auth(Auth::oauth2(oauth(&server)))
        .build_client()
        .unwrap();
    let err = c.get("/me").send::<Value>().await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::UNAUTHORIZED));
    let reqs = server.received_requests().await.unwrap();
    assert_eq!(requests_to(&reqs, "/oauth/token"), 2);
    assert_eq!(requests_to(&reqs, "/me"), 2);
}

#[tokio::test]
async fn token_endpoint_failure_is_an_auth_error_without_secrets() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({
            "error": "invalid_client",
            "error_description": "bad secret s3cr3t-value",
        })))
        .mount(&server)
        .await;
    let c = builder(&server)
        .auth(Auth::oauth2(oauth(&server)))
        .build_client()
        .unwrap();
    let err = c
        .get("/me")
        .operation_id("getMe")
        .send::<Value>()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Auth(_)), "{err:?}");
    let shown = format!("{err} {err:?}");
    assert!(shown.contains("invalid_client"), "{shown}");
    assert!(shown.contains("getMe"), "{shown}");
    assert_eq!(request_count(&server).await, 1);
}

#[tokio::test]
async fn secrets_never_appear_in_debug_or_errors() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth/token"))
        .respond_with(token("access-tok-XYZ", 3600))
        .mount(&server)
        .await;
    Mock::given(path("/me"))
        .respond_with(ResponseTemplate::new(500).set_body_string("boom"))
        .mount(&server)
        .await;
    let secret = Secret::new("s3cr3t-value");
    assert_eq!(format!("{secret:?} {secret}"), "*** ***");

    let c = builder(&server)
        .auth(Auth::oauth2(oauth(&server)))
        .build_client()
        .unwrap();
    let err = c.get("/me").send::<Value>().await.unwrap_err();
    let outputs = [
        format!("{c:?}"),
        format!("{:?}", c.config()),
        format!("{err} {err:?}"),
        format!("{:?}", c.get("/me").header("X-Other", "1")),
    ];
    for o in outputs {
        assert!(!o.contains("s3cr3t-value"), "{o}");
        assert!(!o.contains("access-tok-XYZ"), "{o}");
    }

    // An API key in the query never shows up in a transport error.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let c = Client::builder(format!("http://127.0.0.1:{port}"))
        .auth(Auth::api_key_query("api_key", "query-secret-1"))
        .retry(accord_runtime::RetryPolicy::none())
        .build_client()
        .unwrap();
    let err = c.get("/x").send::<Value>().await.unwrap_err();
    let shown = format!("{err} {err:?} {c:?}");
    assert!(matches!(err, Error::Transport(_)));
    assert!(!shown.contains("query-secret-1"), "{shown}");
}
