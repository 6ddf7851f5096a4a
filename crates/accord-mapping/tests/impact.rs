//! Coverage (text and JSON) of the bundled mappings, and the usages `accord diff` reads for
//! `affects`.

use std::path::PathBuf;

use accord_mapping::{Contracts, MappingSpec, coverage, load_mapping, usages};

fn bundled() -> Vec<MappingSpec> {
    let mut files: Vec<PathBuf> = std::fs::read_dir("../../contracts/mappings")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files.iter().map(|f| load_mapping(f).unwrap()).collect()
}

#[test]
fn coverage_of_the_bundled_mappings() {
    let contracts = Contracts::new();
    let specs = bundled();
    let report = coverage(&specs, &contracts);
    insta::assert_snapshot!("coverage_text", report.to_text());
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    assert_eq!(json["format"], "accord.mapping-coverage/v1");
    // Deterministic: same input, same bytes, whatever the order of the mappings.
    let mut reversed = specs.clone();
    reversed.reverse();
    assert_eq!(coverage(&reversed, &contracts).to_json(), report.to_json());
}

#[test]
fn usages_name_operations_and_vendor_fields() {
    let contracts = Contracts::new();
    let all = usages(&bundled(), &contracts);
    assert_eq!(all.len(), 10);
    let contact = all
        .iter()
        .find(|u| u.mapping == "relay-crm.contact-to-customer")
        .unwrap();
    assert_eq!(contact.consumer, "mapping relay-crm.contact-to-customer");
    assert!(contact.uses_operation("POST /contacts/{contactId}/merge"));
    let phone = contact.fields_using("Contact", "phone");
    assert_eq!(phone.len(), 1);
    assert_eq!(phone[0].canonical, "Customer.phone");
    assert_eq!(contact.fields_using("LifecycleStage", "").len(), 1);
    let meterly = all
        .iter()
        .find(|u| u.mapping == "meterly-billing.invoice-to-invoice")
        .unwrap();
    assert!(
        !meterly
            .fields_using("Invoice", "lines.data.amount")
            .is_empty()
    );
    insta::assert_json_snapshot!("usage_relay_contact", contact);
}
