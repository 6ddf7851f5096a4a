//! Mapping goldens: the crates generated for bundled mappings are checked in under
//! `tests/goldens/<mapping id with dashes>-mapping/` (workspace members, compiled with
//! `#![deny(warnings)]`, their round-trip proptests run by `cargo test -p <crate>`). This
//! test regenerates them and compares byte for byte; `ACCORD_UPDATE_GOLDENS=1` rewrites them.

use std::path::{Path, PathBuf};

use accord_codegen::mapping::{self, MappingOptions};
use accord_mapping::Contracts;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Mapping files (relative to the repository root) with checked-in crates.
const MAPPINGS: &[&str] = &[
    "contracts/mappings/relay-crm.contact-to-customer.yaml",
    "contracts/mappings/meterly-billing.subscription-to-subscription.yaml",
    "contracts/mappings/helpwise-support.ticket-to-case.yaml",
    "contracts/mappings/ledgerline-erp.customer-to-customer.yaml",
];

fn generate(rel: &str, contracts: &Contracts) -> (String, Vec<(PathBuf, String)>) {
    let spec =
        accord_mapping::load_mapping(&root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let problems = accord_mapping::validate(&spec, contracts);
    assert!(problems.is_empty(), "{rel} does not validate: {problems:?}");
    let options = MappingOptions {
        deny_warnings: true,
        source: Some(rel.to_string()),
        ..MappingOptions::default()
    };
    let files = mapping::generate_mapping(&spec, contracts, &options)
        .unwrap_or_else(|e| panic!("{rel}: {e}"));
    (mapping::default_crate_name(&spec), files)
}

#[test]
fn mapping_goldens_are_up_to_date() {
    let update = std::env::var_os("ACCORD_UPDATE_GOLDENS").is_some_and(|v| v == "1");
    let contracts = Contracts::new();
    let mut stale = Vec::new();
    for rel in MAPPINGS {
        let (name, files) = generate(rel, &contracts);
        let dir = root().join("tests/goldens").join(&name);
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
    let a = generate(MAPPINGS[0], &contracts);
    let b = generate(MAPPINGS[0], &contracts);
    assert_eq!(a, b);
}
