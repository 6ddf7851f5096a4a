//! Every paged list of real contracts gets a paginator, with the contract's own
//! last-page signals: Xero's page-number lists (`page` with `pagination.pageCount` in
//! the body; the items array named after the resource, beside `Warnings`), its
//! offset-only `Journals`, and Stripe's `starting_after` lists with `has_more`.

use accord_codegen::ir::{CrateIr, PageStrategy};
use accord_codegen::{Options, RuntimeDep};

/// The client IR of the corpus document `rel`; `None` only when the run knowingly goes
/// without the corpus (`accord_testkit::OPT_OUT`).
fn ir(rel: &str) -> Option<CrateIr> {
    let path = accord_testkit::corpus()?.join("openapi").join(rel);
    let contract = accord_spec::load(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let ir = accord_codegen::client_ir(
        &contract,
        &Options {
            runtime: RuntimeDep::Version("0.1".into()),
            ..Options::default()
        },
    )
    .expect("generates");
    Some(ir)
}

#[test]
fn every_xero_paged_list_paginates_and_reads_the_page_count() {
    let Some(ir) = ir("xero/xero_accounting@16.1.0.yaml") else {
        return;
    };
    let client = ir.client.expect("a client");
    let paged: Vec<(&str, &accord_codegen::ir::Pagination)> = client
        .operations
        .iter()
        .filter_map(|op| Some((op.path.as_str(), op.pagination.as_ref()?)))
        .collect();
    let paths: Vec<&str> = paged.iter().map(|(p, _)| *p).collect();
    for expected in [
        "/BankTransactions",
        "/Contacts",
        "/CreditNotes",
        "/Invoices",
        "/Journals",
        "/LinkedTransactions",
        "/ManualJournals",
        "/Overpayments",
        "/Payments",
        "/Prepayments",
        "/PurchaseOrders",
        "/Quotes",
    ] {
        assert!(
            paths.contains(&expected),
            "{expected} has no paginator: {paths:?}"
        );
    }
    // Every GET list with a `page` or `offset` parameter in the contract (12 of them).
    let listed = client
        .operations
        .iter()
        .filter(|op| {
            op.http_method == "GET"
                && op
                    .optional
                    .iter()
                    .any(|p| p.name == "page" || p.name == "offset")
        })
        .count();
    assert_eq!(listed, 12);
    assert_eq!(paged.len(), listed, "{paths:?}");
    let (_, invoices) = paged.iter().find(|(p, _)| *p == "/Invoices").unwrap();
    assert_eq!(
        invoices.strategy,
        PageStrategy::PageNumber {
            param: "page".into(),
            first: 1
        }
    );
    assert_eq!(invoices.items_pointer, "/Invoices");
    assert_eq!(
        invoices.page_count_pointer.as_deref(),
        Some("/pagination/pageCount")
    );
    assert_eq!(
        invoices.total_pointer.as_deref(),
        Some("/pagination/itemCount")
    );
    let (_, journals) = paged.iter().find(|(p, _)| *p == "/Journals").unwrap();
    assert_eq!(
        journals.strategy,
        PageStrategy::Offset {
            offset_param: "offset".into()
        }
    );
}

#[test]
fn stripe_lists_follow_the_last_item_until_has_more_is_false() {
    let Some(ir) = ir("stripe/spec3@7a9733e7ec0e.yaml") else {
        return;
    };
    let client = ir.client.expect("a client");
    let customers = client
        .operations
        .iter()
        .find(|op| op.http_method == "GET" && op.path == "/v1/customers")
        .and_then(|op| op.pagination.as_ref())
        .expect("GET /v1/customers paginates");
    assert_eq!(
        customers.strategy,
        PageStrategy::LastItemCursor {
            param: "starting_after".into(),
            id_pointer: "/id".into()
        }
    );
    assert_eq!(customers.items_pointer, "/data");
    assert_eq!(customers.has_more_pointer.as_deref(), Some("/has_more"));
    let with_starting_after = client
        .operations
        .iter()
        .filter(|op| {
            op.http_method == "GET" && op.optional.iter().any(|p| p.name == "starting_after")
        })
        .count();
    let paginated = client
        .operations
        .iter()
        .filter(|op| op.pagination.is_some())
        .count();
    // Polymorphic lists (external accounts, sources) included: each variant has an `id`.
    assert!(
        paginated >= with_starting_after,
        "{paginated} paginators for {with_starting_after} lists with starting_after"
    );
}
