//! False positives found on real vendor contracts, each pinned by a fixture: the rule stays
//! quiet on the convention it used to misread, and still reports the real deviation.

use accord_lint::{LintContext, Profile, find, lint_with_rules};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// `(operation, message)` of every finding of `rule` on `fixture` under `profile`.
fn findings(rule: &str, fixture: &str, profile: &Profile) -> Vec<(String, String)> {
    let path = format!("{FIXTURES}/{rule}/{fixture}");
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    let contract = accord_spec::load_str(fixture, &text).expect("fixture loads");
    let entry = find(rule).expect("rule exists");
    lint_with_rules(&contract, profile, [entry.rule])
        .into_iter()
        .map(|d| (d.operation.unwrap_or_default(), d.message))
        .collect()
}

#[test]
fn page_envelope_named_after_the_collection_is_one_convention() {
    // Helpwise answers `{tickets: [...]}` and `{comments: [...]}`: consistent, not two
    // envelopes. Only `/requesters`, answering `results`, deviates.
    let found = findings(
        "page-envelope-consistent",
        "named-after-collection.yaml",
        &Profile::vendor(),
    );
    assert_eq!(
        found,
        [(
            "GET /requesters".to_string(),
            "`listRequesters` (GET /requesters) returns its items in `results`, not a property \
             named after the collection, as the other lists do: this list needs its own \
             pagination code"
                .to_string()
        )]
    );
}

#[test]
fn list_envelopes_are_found_on_real_shapes() {
    // Google's `aggregatedList` keeps its items in a map of per-zone lists, not in
    // `unreachables`; arrays of IDs, `links` and `warnings` sit beside the items.
    let path = format!("{FIXTURES}/list-paginated/list-envelope-shapes.yaml");
    let text = std::fs::read_to_string(&path).expect("fixture exists");
    let contract = accord_spec::load_str("list-envelope-shapes.yaml", &text).expect("loads");
    let profile = Profile::vendor();
    let cx = LintContext::new(&contract, &profile);
    let lists: Vec<(String, Option<String>)> = cx
        .list_ops()
        .iter()
        .map(|l| (contract.operations[l.index].key(), l.items.clone()))
        .collect();
    let expected = [
        ("GET /projects/{project}/aggregated/instances", "items"),
        ("GET /projects/{project}/zones/{zone}/instances", "items"),
        (
            "GET /v1/projects/{project}/locations/{location}/clusters",
            "clusters",
        ),
        ("GET /v1/customers", "results"),
        ("GET /v1/ledger-entries", "records"),
        ("GET /Invoices/{InvoiceID}/History", "HistoryRecords"),
        ("GET /v2/disputes/{dispute_id}/evidence", "evidence"),
    ]
    .map(|(op, items)| (op.to_string(), Some(items.to_string())));
    assert_eq!(lists, expected);
}
