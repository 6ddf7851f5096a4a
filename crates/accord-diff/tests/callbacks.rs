//! Callbacks and webhooks are requests the vendor sends us: their request bodies are judged
//! from the consumer's side (like responses), and each change names the operation that
//! registered the callback and the callback itself, so exceptions and `affects` key on the
//! operation a team knows.

use std::path::Path;

use accord_diff::DiffOptions;
use accord_report::{Change, ChangeLevel};

fn diff_fixture(name: &str) -> Vec<Change> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let old = accord_spec::load(&dir.join("base.yaml")).unwrap();
    let new = accord_spec::load(&dir.join("revision.yaml")).unwrap();
    let options = DiffOptions {
        today: Some("2025-09-01".into()),
        snippets: false,
        ..DiffOptions::default()
    };
    accord_diff::diff(&old, &new, &options).changes
}

#[test]
fn a_field_removed_from_a_callback_body_breaks_the_consumer() {
    let changes = diff_fixture("callback-payload-property-removed");
    assert_eq!(changes.len(), 1, "{changes:#?}");
    let c = &changes[0];
    assert_eq!(c.level, ChangeLevel::Breaking);
    assert_eq!(c.operation.as_deref(), Some("POST /subscriptions"));
    assert_eq!(
        c.message,
        "property `amount` removed in request body (application/json) of callback \
         `onRenewal` (POST {$request.body#/callbackUrl})"
    );
    // both sides point into the callback's schema
    let old = c.old.as_ref().unwrap();
    assert!(
        old.pointer.contains("/callbacks/onRenewal/"),
        "{}",
        old.pointer
    );
}

#[test]
fn a_new_required_field_the_vendor_sends_is_fine() {
    for name in [
        "callback-payload-required-property-added",
        "webhook-payload-required-property-added",
    ] {
        let changes = diff_fixture(name);
        assert_eq!(changes.len(), 1, "{name}: {changes:#?}");
        assert_eq!(changes[0].id, "response-property-added", "{name}");
        assert_eq!(changes[0].level, ChangeLevel::Info, "{name}");
    }
}

#[test]
fn a_retyped_webhook_field_breaks_the_consumer() {
    let changes = diff_fixture("webhook-payload-property-retyped");
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(changes[0].level, ChangeLevel::Breaking);
    assert_eq!(changes[0].operation.as_deref(), Some("POST invoicePaid"));
}

#[test]
fn a_removed_callback_is_a_warning_not_a_break() {
    let changes = diff_fixture("callback-removed");
    assert_eq!(changes.len(), 1, "{changes:#?}");
    assert_eq!(changes[0].level, ChangeLevel::Warning);
    assert_eq!(
        changes[0].message,
        "callback `onCancel` (POST {$request.body#/callbackUrl}) removed: the vendor no longer \
         sends this request"
    );
}
