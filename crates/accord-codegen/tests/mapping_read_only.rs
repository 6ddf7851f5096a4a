//! Outbound never writes `readOnly` vendor properties: validation reports a field active
//! outbound that targets one (`mapping-outbound-read-only`), and generation, which may run on
//! such a mapping anyway, takes the field out of the outbound direction while keeping it
//! inbound (and in the round-trip checks, which reverse inbound-only fields too).

use std::path::{Path, PathBuf};

use accord_codegen::mapping::ir::{self, Names};
use accord_mapping::Contracts;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../accord-mapping/tests/fixtures/broken/relay-crm.readonly-to-customer.yaml")
}

fn names() -> Names {
    Names {
        crate_name: "relay-crm-readonly-to-customer-mapping".into(),
        vendor_crate: "relay-crm-v1-client".into(),
        vendor_path: "../relay-crm-v1-client".into(),
        canonical_crate: "accord-canonical".into(),
        canonical_path: "../accord-canonical".into(),
        source: "relay-crm.readonly-to-customer.yaml".into(),
        deny_warnings: true,
    }
}

#[test]
fn validation_flags_outbound_fields_on_read_only_vendor_properties() {
    let contracts = Contracts::new();
    let spec = accord_mapping::load_mapping(&fixture()).unwrap();
    let flagged: Vec<(String, u32, u32)> = accord_mapping::validate(&spec, &contracts)
        .into_iter()
        .filter(|d| d.rule == "mapping-outbound-read-only")
        .map(|d| (d.location.pointer, d.location.line, d.location.column))
        .collect();
    assert_eq!(
        flagged,
        [
            ("/fields/0/vendor".to_string(), 16, 13),
            ("/fields/6/vendor".to_string(), 30, 13),
        ]
    );
}

#[test]
fn generation_skips_read_only_vendor_properties_outbound() {
    let contracts = Contracts::new();
    let spec = accord_mapping::load_mapping(&fixture()).unwrap();
    let vendor = contracts.vendor(&spec).unwrap().unwrap();
    let canonical = contracts.canonical(&spec).unwrap().unwrap();
    let mapping = ir::build(&spec, &vendor, &canonical, &names()).unwrap();
    let field = |vendor_path: &str| {
        mapping
            .fields
            .iter()
            .find(|f| f.vendor == [vendor_path])
            .unwrap_or_else(|| panic!("no field reads `{vendor_path}`"))
    };
    // `id` is declared `both`: still read, never written.
    assert!(field("id").inbound && !field("id").outbound);
    assert!(field("id").direction.contains("outbound skipped"));
    // `createdAt` is declared `outbound` only: it does nothing at all.
    assert!(!field("createdAt").inbound && !field("createdAt").outbound);
    // Writable properties keep their direction.
    assert!(field("firstName").inbound && field("firstName").outbound);
    // The round trip still checks the read-only id (reversed like an inbound-only field).
    assert!(field("id").round_trip);
    assert!(mapping.checks.iter().any(|c| c.path == "id"));
}
