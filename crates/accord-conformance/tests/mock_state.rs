//! The mock keeps state the way the vendor does (issue 18, items 1 and 2): a created
//! resource is readable, listable, updatable and deletable; a deleted one answers the
//! contract's 404; tenants never see each other's data; pages are stable, bounded by
//! `limit` and end; an idempotency key replays its first answer and refuses another body;
//! `--state` round-trips; per-operation faults and the connection guards hold.

#[path = "mock_support.rs"]
mod mock_support;

use std::collections::BTreeSet;
use std::time::Duration;

use accord_conformance::mock::{MockOptions, OperationFault};
use mock_support::*;
use serde_json::{Value, json};

const CUSTOMER_HUB: &str = "contracts/internal/customer-hub/v1.yaml";
const TENANT_HEADER: &str = "3d9c1b7e-2f4a-4c8d-9e6b-0a1f2c3d4e5f";

fn customer(n: usize) -> Value {
    json!({
        "type": "individual",
        "displayName": format!("Customer {n}"),
        "givenName": "Ada",
        "familyName": format!("Keller{n}"),
        "email": format!("ada{n}@nordwind.example"),
        "accountId": "9b1e7c3d-5a2f-4d8e-b6c0-1f3a5d7e9b2c",
        "currency": "EUR"
    })
}

async fn create(
    client: &reqwest::Client,
    base: &str,
    token: &str,
    key: &str,
    body: &Value,
) -> reqwest::Response {
    client
        .post(format!("{base}/v1/customers"))
        .bearer_auth(token)
        .header("X-Tenant-ID", TENANT_HEADER)
        .header("Idempotency-Key", key)
        .json(body)
        .send()
        .await
        .expect("send")
}

async fn get(client: &reqwest::Client, url: &str, token: &str) -> reqwest::Response {
    client
        .get(url)
        .bearer_auth(token)
        .header("X-Tenant-ID", TENANT_HEADER)
        .send()
        .await
        .expect("send")
}

async fn delete(client: &reqwest::Client, url: &str, token: &str) -> reqwest::Response {
    client
        .delete(url)
        .bearer_auth(token)
        .header("X-Tenant-ID", TENANT_HEADER)
        .send()
        .await
        .expect("send")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn created_resources_live_per_tenant_until_deleted() {
    let contract = load(CUSTOMER_HUB);
    let mock = start(contract, MockOptions::default()).await;
    let (client, base) = (client(), mock.uri());

    let created = create(
        &client,
        &base,
        "alpha",
        "key-0000000000000001",
        &customer(1),
    )
    .await;
    assert_eq!(created.status(), 201);
    let body: Value = created.json().await.expect("json");
    let id = body["id"].as_str().expect("id").to_string();
    assert_eq!(body["displayName"], "Customer 1", "request fields are kept");
    let item = format!("{base}/v1/customers/{id}");

    let read = get(&client, &item, "alpha").await;
    assert_eq!(read.status(), 200);
    assert_eq!(read.json::<Value>().await.expect("json")["id"], json!(id));

    // Another tenant neither reads nor lists it.
    assert_eq!(get(&client, &item, "beta").await.status(), 404);
    let listed: Value = get(&client, &format!("{base}/v1/customers?limit=200"), "beta")
        .await
        .json()
        .await
        .expect("json");
    assert!(
        !listed["data"]
            .as_array()
            .expect("data")
            .iter()
            .any(|c| c["id"] == json!(id))
    );

    let patched = client
        .patch(&item)
        .bearer_auth("alpha")
        .header("X-Tenant-ID", TENANT_HEADER)
        .json(&json!({"displayName": "Renamed"}))
        .send()
        .await
        .expect("send");
    assert_eq!(patched.status(), 200);
    let read: Value = get(&client, &item, "alpha")
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(read["displayName"], "Renamed");

    let deleted = delete(&client, &item, "alpha").await;
    assert!(deleted.status().is_success(), "{}", deleted.status());
    let gone = get(&client, &item, "alpha").await;
    assert_eq!(gone.status(), 404);
    let problem: Value = gone.json().await.expect("json");
    assert!(problem["detail"].is_string(), "{problem}");
}

/// A page or an item the mock answered before is rendered once and served again until
/// its collection changes: every create, update and delete shows in the next read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_answered_before_see_every_change() {
    let contract = load(CUSTOMER_HUB);
    let mock = start(contract, MockOptions::default()).await;
    let (client, base) = (client(), mock.uri());
    let list_url = format!("{base}/v1/customers?limit=200");
    let listed_ids = |page: Value| -> BTreeSet<String> {
        page["data"]
            .as_array()
            .expect("data")
            .iter()
            .filter_map(|c| c["id"].as_str().map(str::to_string))
            .collect()
    };
    let list = || async {
        let answer = get(&client, &list_url, "alpha").await;
        assert_eq!(answer.status(), 200);
        listed_ids(answer.json().await.expect("json"))
    };
    let before = list().await;
    assert_eq!(list().await, before, "the same state lists the same");

    let created = create(
        &client,
        &base,
        "alpha",
        "key-0000000000000042",
        &customer(42),
    )
    .await;
    assert_eq!(created.status(), 201);
    let id = created.json::<Value>().await.expect("json")["id"]
        .as_str()
        .expect("id")
        .to_string();
    assert!(
        list().await.contains(&id),
        "a create shows in the next page"
    );

    let item = format!("{base}/v1/customers/{id}");
    for name in ["First", "Second"] {
        let patched = client
            .patch(&item)
            .bearer_auth("alpha")
            .header("X-Tenant-ID", TENANT_HEADER)
            .json(&json!({"displayName": name}))
            .send()
            .await
            .expect("send");
        assert_eq!(patched.status(), 200);
        for _ in 0..2 {
            let read: Value = get(&client, &item, "alpha")
                .await
                .json()
                .await
                .expect("json");
            assert_eq!(
                read["displayName"], name,
                "an update shows in the next read"
            );
        }
    }

    let deleted = delete(&client, &item, "alpha").await;
    assert!(deleted.status().is_success(), "{}", deleted.status());
    assert_eq!(get(&client, &item, "alpha").await.status(), 404);
    assert_eq!(list().await, before, "a delete shows in the next page");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_follow_the_cursor_to_a_last_page_without_repeats() {
    let contract = load(CUSTOMER_HUB);
    let mock = start(contract, MockOptions::default()).await;
    let (client, base) = (client(), mock.uri());
    let mut created = BTreeSet::new();
    for n in 0..7 {
        let r = create(
            &client,
            &base,
            "alpha",
            &format!("key-{n:016}"),
            &customer(n),
        )
        .await;
        let body: Value = r.json().await.expect("json");
        created.insert(body["id"].as_str().expect("id").to_string());
    }
    let mut seen = BTreeSet::new();
    let mut url = format!("{base}/v1/customers?limit=3");
    let mut pages = 0;
    loop {
        pages += 1;
        assert!(pages < 20, "pagination does not end");
        let page: Value = get(&client, &url, "alpha")
            .await
            .json()
            .await
            .expect("json");
        let items = page["data"].as_array().expect("data");
        assert!(items.len() <= 3, "limit respected");
        for item in items {
            assert!(
                seen.insert(item["id"].as_str().expect("id").to_string()),
                "an item came twice"
            );
        }
        match page["nextCursor"].as_str() {
            Some(cursor) => url = format!("{base}/v1/customers?limit=3&cursor={cursor}"),
            None => break,
        }
    }
    assert!(created.is_subset(&seen), "every created item is listed");
    assert!(pages >= 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idempotency_keys_replay_and_refuse_another_body() {
    let contract = load(CUSTOMER_HUB);
    let mock = start(contract, MockOptions::default()).await;
    let (client, base) = (client(), mock.uri());
    let key = "replay-key-000000001";
    let first: Value = create(&client, &base, "alpha", key, &customer(1))
        .await
        .json()
        .await
        .expect("json");
    let again = create(&client, &base, "alpha", key, &customer(1)).await;
    assert_eq!(again.status(), 201);
    assert_eq!(again.json::<Value>().await.expect("json"), first);
    let other = create(&client, &base, "alpha", key, &customer(2)).await;
    assert_eq!(
        other.status(),
        409,
        "the contract documents 409 for a reused key"
    );
    // Another tenant's key space is its own.
    let theirs = create(&client, &base, "beta", key, &customer(2)).await;
    assert_eq!(theirs.status(), 201);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn state_saves_and_loads() {
    let contract = load(CUSTOMER_HUB);
    let file = std::env::temp_dir().join(format!("accord-mock-state-{}.json", std::process::id()));
    let _ = std::fs::remove_file(&file);
    let mock = start(contract.clone(), MockOptions::default()).await;
    let body: Value = create(
        &client(),
        &mock.uri(),
        "alpha",
        "k-00000000000000001",
        &customer(3),
    )
    .await
    .json()
    .await
    .expect("json");
    let state = mock.engine().state();
    mock.shutdown().await;
    std::fs::write(&file, serde_json::to_string(&state).expect("json")).expect("write");

    let options = MockOptions {
        state_file: Some(file.clone()),
        ..MockOptions::default()
    };
    let mock = start(contract, options).await;
    let url = format!(
        "{}/v1/customers/{}",
        mock.uri(),
        body["id"].as_str().expect("id")
    );
    assert_eq!(get(&client(), &url, "alpha").await.status(), 200);
    assert_eq!(get(&client(), &url, "beta").await.status(), 404);
    let _ = std::fs::remove_file(&file);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn faults_of_one_operation_leave_the_others_alone() {
    let contract = load(CUSTOMER_HUB);
    let options = MockOptions {
        faults: vec![
            OperationFault::parse("listCustomers:rate-limit=1").expect("fault"),
            OperationFault::parse("GET /v1/accounts:drop=1").expect("fault"),
        ],
        ..MockOptions::default()
    };
    let mock = start(contract, options).await;
    let (client, base) = (client(), mock.uri());
    let statuses: Vec<u16> = futures_statuses(&client, &format!("{base}/v1/customers"), 4).await;
    assert!(statuses.contains(&429), "{statuses:?}");
    let throttled = get(&client, &format!("{base}/v1/customers"), "alpha").await;
    if throttled.status() == 429 {
        assert!(throttled.headers().contains_key("retry-after"));
    }
    let dropped = client
        .get(format!("{base}/v1/accounts"))
        .bearer_auth("alpha")
        .header("X-Tenant-ID", TENANT_HEADER)
        .send()
        .await;
    assert!(
        dropped.is_err(),
        "the connection is dropped without an answer"
    );
    let orders = get(&client, &format!("{base}/v1/orders"), "alpha").await;
    assert_eq!(orders.status(), 200);
}

async fn futures_statuses(client: &reqwest::Client, url: &str, n: usize) -> Vec<u16> {
    let mut out = Vec::new();
    for _ in 0..n {
        out.push(get(client, url, "alpha").await.status().as_u16());
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_connections_are_closed_after_the_header_timeout() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let contract = load(CUSTOMER_HUB);
    let options = MockOptions {
        header_read_timeout: Duration::from_millis(300),
        max_connections: 2,
        ..MockOptions::default()
    };
    let mock = start(contract, options).await;
    // Two half-open connections that never finish their headers fill the cap ...
    let mut idle = Vec::new();
    for _ in 0..2 {
        let mut s = tokio::net::TcpStream::connect(mock.address())
            .await
            .expect("connect");
        s.write_all(b"GET /v1/customers HTTP/1.1\r\nHost: x\r\n")
            .await
            .expect("write");
        idle.push(s);
    }
    // ... and are closed by the header timeout, so a real client is served afterwards.
    for s in &mut idle {
        let mut buf = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut buf)).await;
        assert!(read.is_ok(), "an idle connection was kept open");
    }
    let r = tokio::time::timeout(
        Duration::from_secs(10),
        get(&client(), &format!("{}/v1/customers", mock.uri()), "alpha"),
    )
    .await
    .expect("served once the idle connections are gone");
    assert_eq!(r.status(), 200);
}
