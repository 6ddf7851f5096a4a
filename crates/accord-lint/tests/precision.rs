//! False positives found on real vendor contracts, each pinned by a fixture: the rule stays
//! quiet on the convention it used to misread, and still reports the real deviation.

use accord_lint::{Profile, find, lint_with_rules};

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
