//! Pagination against servers that lie: they ignore the page parameter, repeat a
//! cursor, or never say which page is the last. Every walk must still end.

use accord_runtime::{DEFAULT_MAX_PAGES, Error, PageStrategy, StopReason, StreamExt};
use serde_json::json;
use wiremock::matchers::{path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

use crate::common::{client, request_count};

/// Page `n` holds item `n` and says nothing about being last: an endless list.
struct Endless;

impl Respond for Endless {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let page: u64 = request
            .url
            .query_pairs()
            .find(|(k, _)| k == "page")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        ResponseTemplate::new(200).set_body_json(json!({"items": [page]}))
    }
}

#[tokio::test]
async fn a_server_ignoring_the_page_parameter_ends_at_the_repeated_page() {
    let server = MockServer::start().await;
    Mock::given(path("/contacts"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"Contacts": [1, 2]})))
        .mount(&server)
        .await;
    let mut pages = client(&server)
        .get("/contacts")
        .paginate::<u32>(PageStrategy::page_number("page", 1))
        .items_at("/Contacts");
    let mut items = Vec::new();
    while let Some(page) = pages.next_page().await.unwrap() {
        items.extend(page.items);
    }
    // The repeated second page is not yielded: no duplicates.
    assert_eq!(items, [1, 2]);
    assert_eq!(pages.stop_reason(), Some(StopReason::RepeatedPage));
    assert_eq!(request_count(&server).await, 2);
}

#[tokio::test]
async fn an_offset_server_ignoring_the_offset_ends_at_the_repeated_page() {
    let server = MockServer::start().await;
    Mock::given(path("/journals"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"n": 1}, {"n": 2}])))
        .mount(&server)
        .await;
    let all = client(&server)
        .get("/journals")
        .paginate::<serde_json::Value>(PageStrategy::offset("offset"))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(request_count(&server).await, 2);
}

#[tokio::test]
async fn the_page_count_of_the_response_ends_a_walk_the_server_would_go_on_with() {
    let server = MockServer::start().await;
    // Xero's shape: `pagination.pageCount` beside the items, and pages past the count
    // still full (the server never sends an empty page).
    Mock::given(path("/Invoices"))
        .respond_with(XeroLike { page_count: 3 })
        .mount(&server)
        .await;
    let mut pages = client(&server)
        .get("/Invoices")
        .paginate::<u64>(PageStrategy::page_number("page", 1))
        .items_at("/Invoices")
        .page_count_at("/pagination/pageCount");
    let mut items = Vec::new();
    while let Some(page) = pages.next_page().await.unwrap() {
        items.extend(page.items);
    }
    assert_eq!(items, [1, 2, 3]);
    assert_eq!(pages.stop_reason(), Some(StopReason::LastPage));
    assert_eq!(request_count(&server).await, 3);
}

/// Pages like Xero's: page `n` holds item `n` and the page count, whatever `n` is.
struct XeroLike {
    page_count: u64,
}

impl Respond for XeroLike {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let page: u64 = request
            .url
            .query_pairs()
            .find(|(k, _)| k == "page")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(1);
        ResponseTemplate::new(200).set_body_json(json!({
            "pagination": {"page": page, "pageSize": 1, "pageCount": self.page_count},
            "Invoices": [page],
        }))
    }
}

#[tokio::test]
async fn page_count_and_total_and_has_more_are_last_page_signals() {
    let server = MockServer::start().await;
    for (page, body) in [
        (
            "1",
            json!({"items": [1], "meta": {"pageCount": 2, "total": 9, "hasMore": true}}),
        ),
        (
            "2",
            json!({"items": [2], "meta": {"pageCount": 2, "total": 9, "hasMore": true}}),
        ),
        (
            "3",
            json!({"items": [3], "meta": {"pageCount": 2, "total": 3, "hasMore": false}}),
        ),
    ] {
        Mock::given(path("/p"))
            .and(query_param("page", page))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .mount(&server)
            .await;
    }
    let by_count = client(&server)
        .get("/p")
        .paginate::<u32>(PageStrategy::page_number("page", 1))
        .items_at("/items")
        .page_count_at("/meta/pageCount")
        .collect_all()
        .await
        .unwrap();
    assert_eq!(by_count, [1, 2]);
    let mut by_total = client(&server)
        .get("/p")
        .paginate::<u32>(PageStrategy::page_number("page", 1))
        .items_at("/items")
        .total_at("/meta/total");
    let mut items = Vec::new();
    while let Some(page) = by_total.next_page().await.unwrap() {
        items.extend(page.items);
    }
    assert_eq!(items, [1, 2, 3]);
    assert_eq!(by_total.stop_reason(), Some(StopReason::LastPage));
    let by_flag = client(&server)
        .get("/p")
        .paginate::<u32>(PageStrategy::page_number("page", 1))
        .items_at("/items")
        .has_more_at("/meta/hasMore")
        .collect_all()
        .await
        .unwrap();
    assert_eq!(by_flag, [1, 2, 3]);
}

#[tokio::test]
async fn a_server_that_never_says_last_stops_at_the_default_page_cap() {
    let server = MockServer::start().await;
    Mock::given(path("/endless"))
        .respond_with(Endless)
        .mount(&server)
        .await;
    let mut pages = client(&server)
        .get("/endless")
        .paginate::<u64>(PageStrategy::page_number("page", 1))
        .items_at("/items");
    let mut count = 0;
    while let Some(page) = pages.next_page().await.unwrap() {
        count += page.items.len();
    }
    assert_eq!(count, DEFAULT_MAX_PAGES);
    assert_eq!(pages.stop_reason(), Some(StopReason::PageCap));
    assert_eq!(request_count(&server).await, DEFAULT_MAX_PAGES);
}

#[tokio::test]
async fn the_caller_can_raise_the_page_cap() {
    let server = MockServer::start().await;
    Mock::given(path("/endless"))
        .respond_with(Endless)
        .mount(&server)
        .await;
    let raised = DEFAULT_MAX_PAGES + 5;
    let items = client(&server)
        .get("/endless")
        .paginate::<u64>(PageStrategy::page_number("page", 1))
        .items_at("/items")
        .max_pages(raised)
        .collect_all()
        .await
        .unwrap();
    assert_eq!(items.len(), raised);
}

#[tokio::test]
async fn a_repeated_last_item_cursor_stops_with_an_error() {
    let server = MockServer::start().await;
    // Stripe's shape: `starting_after` is the last item's id; this server ignores it.
    Mock::given(path("/v1/customers"))
        .and(query_param_is_missing("starting_after"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"data": [{"id": "cus_1"}, {"id": "cus_2"}], "has_more": true}),
            ),
        )
        .mount(&server)
        .await;
    Mock::given(path("/v1/customers"))
        .and(query_param("starting_after", "cus_2"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"data": [{"id": "cus_3"}, {"id": "cus_2"}], "has_more": true}),
            ),
        )
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server)
        .get("/v1/customers")
        .paginate::<serde_json::Value>(PageStrategy::last_item_cursor("starting_after", "/id"))
        .items_at("/data")
        .has_more_at("/has_more")
        .items()
        .collect()
        .await;
    assert_eq!(results.len(), 5, "{results:?}");
    assert!(
        matches!(results[4], Err(Error::Pagination(_))),
        "{results:?}"
    );
    assert_eq!(request_count(&server).await, 2);
}

#[tokio::test]
async fn last_item_cursor_follows_until_has_more_is_false() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/customers"))
        .and(query_param_is_missing("starting_after"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": [{"id": "cus_1"}], "has_more": true})),
        )
        .mount(&server)
        .await;
    Mock::given(path("/v1/customers"))
        .and(query_param("starting_after", "cus_1"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"data": [{"id": "cus_2"}], "has_more": false})),
        )
        .mount(&server)
        .await;
    let all = client(&server)
        .get("/v1/customers")
        .paginate::<serde_json::Value>(PageStrategy::last_item_cursor("starting_after", "/id"))
        .items_at("/data")
        .has_more_at("/has_more")
        .collect_all()
        .await
        .unwrap();
    assert_eq!(all, [json!({"id": "cus_1"}), json!({"id": "cus_2"})]);
    assert_eq!(request_count(&server).await, 2);
}
