//! Pagination by cursor, Link header and offset, with loop protection.

use accord_runtime::{Error, PageStrategy, StreamExt, TryStreamExt};
use serde_json::json;
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::common::{client, request_count};

fn page(items: serde_json::Value, next: serde_json::Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"data": items, "meta": {"next": next}}))
}

#[tokio::test]
async fn cursor_in_body_over_three_pages() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .and(query_param_is_missing("cursor"))
        .and(query_param("limit", "2"))
        .respond_with(page(json!([1, 2]), json!("c2")))
        .mount(&server)
        .await;
    Mock::given(path("/items"))
        .and(query_param("cursor", "c2"))
        .and(query_param("limit", "2"))
        .respond_with(page(json!([3, 4]), json!("c3")))
        .mount(&server)
        .await;
    Mock::given(path("/items"))
        .and(query_param("cursor", "c3"))
        .respond_with(page(json!([5]), json!(null)))
        .mount(&server)
        .await;
    let items: Vec<u32> = client(&server)
        .get("/items")
        .query("limit", 2)
        .paginate::<u32>(PageStrategy::cursor("cursor", "/meta/next"))
        .items_at("/data")
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items, [1, 2, 3, 4, 5]);
    assert_eq!(request_count(&server).await, 3);
}

#[tokio::test]
async fn link_header_over_three_pages_with_next_page_loop() {
    let server = MockServer::start().await;
    let uri = server.uri();
    Mock::given(path("/repos"))
        .and(query_param_is_missing("page"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header(
                    "Link",
                    format!(
                        r#"<{uri}/repos?page=2>; rel="next", <{uri}/repos?page=3>; rel="last""#
                    )
                    .as_str(),
                )
                .set_body_json(json!([{"id": 1}, {"id": 2}])),
        )
        .mount(&server)
        .await;
    Mock::given(path("/repos"))
        .and(query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                // Relative links are resolved against the current URL.
                .insert_header("Link", r#"</repos?page=3>; rel="next""#)
                .set_body_json(json!([{"id": 3}])),
        )
        .mount(&server)
        .await;
    Mock::given(path("/repos"))
        .and(query_param("page", "3"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Link", format!(r#"<{uri}/repos>; rel="first""#).as_str())
                .set_body_json(json!([{"id": 4}])),
        )
        .mount(&server)
        .await;

    #[derive(serde::Deserialize)]
    struct Repo {
        id: u32,
    }
    let mut pages = client(&server)
        .get("/repos")
        .paginate::<Repo>(PageStrategy::link_header());
    let mut ids = Vec::new();
    let mut numbers = Vec::new();
    while let Some(page) = pages.next_page().await.unwrap() {
        numbers.push(page.number);
        ids.extend(page.items.iter().map(|r| r.id));
    }
    assert_eq!(ids, [1, 2, 3, 4]);
    assert_eq!(numbers, [1, 2, 3]);
    assert!(pages.next_page().await.unwrap().is_none());
}

#[tokio::test]
async fn repeated_cursor_stops_with_an_error() {
    let server = MockServer::start().await;
    Mock::given(path("/items"))
        .and(query_param_is_missing("cursor"))
        .respond_with(page(json!([1]), json!("same")))
        .mount(&server)
        .await;
    Mock::given(path("/items"))
        .and(query_param("cursor", "same"))
        .respond_with(page(json!([2]), json!("same")))
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server)
        .get("/items")
        .paginate::<u32>(PageStrategy::cursor("cursor", "/meta/next"))
        .items_at("/data")
        .items()
        .collect()
        .await;
    assert_eq!(results.len(), 3, "{results:?}");
    assert_eq!(*results[0].as_ref().unwrap(), 1);
    assert_eq!(*results[1].as_ref().unwrap(), 2);
    assert!(
        matches!(results[2], Err(Error::Pagination(_))),
        "{results:?}"
    );
    assert_eq!(request_count(&server).await, 2);
}

#[tokio::test]
async fn link_back_to_the_first_page_is_a_loop() {
    let server = MockServer::start().await;
    Mock::given(path("/l"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Link", r#"</l>; rel="next""#)
                .set_body_json(json!([1])),
        )
        .mount(&server)
        .await;
    let mut p = client(&server)
        .get("/l")
        .paginate::<u32>(PageStrategy::link_header());
    assert_eq!(p.next_page().await.unwrap().unwrap().items, [1]);
    assert!(matches!(p.next_page().await, Err(Error::Pagination(_))));
    assert!(p.next_page().await.unwrap().is_none());
}

#[tokio::test]
async fn cross_origin_link_is_not_followed() {
    let server = MockServer::start().await;
    Mock::given(path("/l"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("Link", r#"<http://127.0.0.2:1/steal>; rel="next""#)
                .set_body_json(json!([1])),
        )
        .mount(&server)
        .await;
    let items: Vec<_> = client(&server)
        .get("/l")
        .paginate::<u32>(PageStrategy::link_header())
        .items()
        .collect()
        .await;
    assert!(matches!(items.last(), Some(Err(Error::Pagination(m))) if m.contains("origin")));
}

#[tokio::test]
async fn offset_limit_and_header_cursor_and_empty_page() {
    let server = MockServer::start().await;
    for (offset, items) in [
        ("0", json!([1, 2])),
        ("2", json!([3, 4])),
        ("4", json!([5])),
    ] {
        Mock::given(path("/o"))
            .and(query_param("offset", offset))
            .and(query_param("limit", "2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({"results": items})))
            .mount(&server)
            .await;
    }
    let all = client(&server)
        .get("/o")
        .paginate::<u32>(PageStrategy::offset_limit("offset", "limit", 2))
        .items_at("/results")
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all, [1, 2, 3, 4, 5]);

    // Header cursor; an empty page ends the walk even with a cursor.
    Mock::given(path("/h"))
        .and(query_param_is_missing("token"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("X-Next-Token", "t2")
                .set_body_json(json!([1])),
        )
        .mount(&server)
        .await;
    Mock::given(path("/h"))
        .and(query_param("token", "t2"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("X-Next-Token", "t3")
                .set_body_json(json!([])),
        )
        .mount(&server)
        .await;
    let all = client(&server)
        .get("/h")
        .paginate::<u32>(PageStrategy::cursor_header("token", "X-Next-Token"))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all, [1]);
}
