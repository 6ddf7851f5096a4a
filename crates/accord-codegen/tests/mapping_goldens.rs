//! Mapping goldens: the crates generated for bundled mappings are checked in under
//! `tests/goldens/<mapping id with dashes>-mapping/` (workspace members, compiled with
//! `#![deny(warnings)]`, their round-trip proptests run by `cargo test -p <crate>`). This
//! test regenerates them and compares byte for byte; `ACCORD_UPDATE_GOLDENS=1` rewrites them.
//!
//! Mapping crates compile against a sibling crate with the vendor's types. Where no full
//! client golden fits, this test also generates the vendor client restricted to what the
//! mappings use ([`mapping::vendor_subset`]): the Apideck contracts are real and large (a
//! full client would be a large crate in every build), and the Relay mappings target v1, the
//! version we integrate with today, while the `relay-crm-client` golden is v2, the upgrade
//! under review (against v2, `Contact.phone` would silently never round-trip).
//!
//! `ACCORD_MAPPING_GOLDENS_DIR=<dir>` writes (or compares) under `<dir>` instead of
//! `tests/goldens/`, to stage new crates and compile them before they become workspace
//! members.

use std::path::{Path, PathBuf};

use accord_codegen::mapping::{self, MappingOptions};
use accord_codegen::{Options, RuntimeDep};
use accord_mapping::{Contracts, MappingSpec};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where goldens live.
fn goldens_dir() -> PathBuf {
    match std::env::var_os("ACCORD_MAPPING_GOLDENS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => root().join("tests/goldens"),
    }
}

/// A vendor client generated here: (crate name, contract relative to the repository root,
/// the mappings it serves).
const VENDOR_CLIENTS: &[(&str, &str, &[&str])] = &[
    (
        "relay-crm-v1-client",
        "contracts/vendors/relay-crm/v1.yaml",
        &[
            "contracts/mappings/relay-crm.contact-to-customer.yaml",
            "contracts/mappings/relay-crm.account-to-account.yaml",
        ],
    ),
    (
        "apideck-crm-client",
        "../shared/corpus/openapi/apideck/crm@10.34.0.yml",
        &["contracts/mappings/apideck-crm.contact-to-customer.yaml"],
    ),
    (
        "apideck-accounting-client",
        "../shared/corpus/openapi/apideck/accounting@10.34.0.yml",
        &["contracts/mappings/apideck-accounting.invoice-to-invoice.yaml"],
    ),
];

/// Mapping files (relative to the repository root) with checked-in crates, and the vendor
/// crate each compiles against (`None`: the client golden of the name `accord generate
/// client` gives the vendor contract by default; Apideck's titles, `CRM API`, are too
/// generic for an application, so its clients are named as with `--crate-name`).
const MAPPINGS: &[(&str, Option<&str>)] = &[
    (
        "contracts/mappings/relay-crm.contact-to-customer.yaml",
        Some("relay-crm-v1-client"),
    ),
    (
        "contracts/mappings/relay-crm.account-to-account.yaml",
        Some("relay-crm-v1-client"),
    ),
    (
        "contracts/mappings/meterly-billing.subscription-to-subscription.yaml",
        None,
    ),
    (
        "contracts/mappings/meterly-billing.invoice-to-invoice.yaml",
        None,
    ),
    (
        "contracts/mappings/helpwise-support.ticket-to-case.yaml",
        None,
    ),
    (
        "contracts/mappings/ledgerline-erp.customer-to-customer.yaml",
        None,
    ),
    (
        "contracts/mappings/ledgerline-erp.invoice-to-invoice.yaml",
        None,
    ),
    (
        "contracts/mappings/ledgerline-erp.sales-order-to-order.yaml",
        None,
    ),
    (
        "contracts/mappings/apideck-crm.contact-to-customer.yaml",
        Some("apideck-crm-client"),
    ),
    (
        "contracts/mappings/apideck-accounting.invoice-to-invoice.yaml",
        Some("apideck-accounting-client"),
    ),
];

fn load(rel: &str, contracts: &Contracts) -> MappingSpec {
    let spec =
        accord_mapping::load_mapping(&root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let problems = accord_mapping::validate(&spec, contracts);
    assert!(problems.is_empty(), "{rel} does not validate: {problems:?}");
    spec
}

fn generate(
    rel: &str,
    vendor_crate: Option<&str>,
    contracts: &Contracts,
) -> (String, Vec<(PathBuf, String)>) {
    let spec = load(rel, contracts);
    let options = MappingOptions {
        deny_warnings: true,
        source: Some(rel.to_string()),
        vendor_crate: vendor_crate.map(str::to_string),
        ..MappingOptions::default()
    };
    let files = mapping::generate_mapping(&spec, contracts, &options)
        .unwrap_or_else(|e| panic!("{rel}: {e}"));
    (mapping::default_crate_name(&spec), files)
}

fn generate_client(
    name: &str,
    contract: &str,
    mappings: &[&str],
    contracts: &Contracts,
) -> accord_codegen::GeneratedCrate {
    let specs: Vec<MappingSpec> = mappings.iter().map(|m| load(m, contracts)).collect();
    let refs: Vec<&MappingSpec> = specs.iter().collect();
    let vendor =
        accord_spec::load(&root().join(contract)).unwrap_or_else(|e| panic!("{contract}: {e}"));
    let subset = mapping::vendor_subset(&vendor, &refs);
    let options = Options {
        crate_name: Some(name.to_string()),
        // What `accord generate mapping --vendor-client` writes: a runtime copy of its own,
        // which tests/multi-vendor-app proves can sit beside the others in one application.
        runtime: RuntimeDep::Vendor,
        deny_warnings: true,
        sources: vec![contract.to_string()],
        templates_dir: None,
    };
    accord_codegen::generate_client(&subset, &options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn mapping_goldens_are_up_to_date() {
    let update = std::env::var_os("ACCORD_UPDATE_GOLDENS").is_some_and(|v| v == "1");
    let contracts = Contracts::new();
    let goldens = goldens_dir();
    let mut stale = Vec::new();
    for (name, contract, mappings) in VENDOR_CLIENTS {
        let generated = generate_client(name, contract, mappings, &contracts);
        let dir = goldens.join(name);
        if update {
            generated.write_to(&dir).expect("goldens are writable");
            for extra in generated.stale_files(&dir) {
                std::fs::remove_file(dir.join(extra)).expect("stray golden files are removable");
            }
        } else {
            for file in generated.stale_files(&dir) {
                stale.push(format!("{name}/{file}"));
            }
        }
    }
    for (rel, vendor_crate) in MAPPINGS {
        let (name, files) = generate(rel, *vendor_crate, &contracts);
        let dir = goldens.join(&name);
        if update {
            mapping::write_files(&files, &dir).expect("goldens are writable");
        } else {
            for f in mapping::stale_files(&files, &dir) {
                stale.push(format!("{name}/{}", f.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "mapping goldens differ from generation: {stale:?}\nrun `ACCORD_UPDATE_GOLDENS=1 cargo test -p accord-codegen --test mapping_goldens` and review the diff"
    );
}

#[test]
fn mapping_generation_is_deterministic() {
    let contracts = Contracts::new();
    let (rel, vendor_crate) = MAPPINGS[0];
    assert_eq!(
        generate(rel, vendor_crate, &contracts),
        generate(rel, vendor_crate, &contracts)
    );
}

#[test]
fn vendor_subset_keeps_only_what_the_mappings_use() {
    let contracts = Contracts::new();
    let (name, contract, mappings) = VENDOR_CLIENTS[1];
    let spec = load(mappings[0], &contracts);
    let vendor = accord_spec::load(&root().join(contract)).unwrap();
    let subset = mapping::vendor_subset(&vendor, &[&spec]);
    let keys: Vec<String> = subset.operations.iter().map(|o| o.key()).collect();
    assert_eq!(
        keys,
        ["GET /crm/contacts", "GET /crm/contacts/{id}"],
        "{name}"
    );
    assert_eq!(subset.components.keys().collect::<Vec<_>>(), ["Contact"]);
    assert!(vendor.components.len() > 50, "the full contract is large");
}
