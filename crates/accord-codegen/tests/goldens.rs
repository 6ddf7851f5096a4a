//! Goldens: the crates generated for every bundled contract are checked in under
//! `tests/goldens/<crate-name>/` (and compiled with `#![deny(warnings)]` as
//! workspace members). This test regenerates them and compares byte for byte;
//! `ACCORD_UPDATE_GOLDENS=1` rewrites them instead.

use std::path::{Path, PathBuf};

use accord_codegen::{GeneratedCrate, Options, RuntimeDep};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// (crate name, contract paths relative to the repository root).
fn goldens() -> Vec<(&'static str, Vec<String>)> {
    let mut canonical: Vec<String> = std::fs::read_dir(root().join("contracts/canonical"))
        .expect("contracts/canonical exists")
        .flatten()
        .map(|e| format!("contracts/canonical/{}", e.file_name().to_string_lossy()))
        .filter(|p| p.ends_with(".yaml") || p.ends_with(".json"))
        .collect();
    canonical.sort();
    vec![
        (
            "relay-crm-client",
            vec!["contracts/vendors/relay-crm/v2.yaml".into()],
        ),
        (
            "ledgerline-erp-client",
            vec!["contracts/vendors/ledgerline-erp/v1.yaml".into()],
        ),
        (
            "meterly-billing-client",
            vec!["contracts/vendors/meterly-billing/v1.yaml".into()],
        ),
        (
            "helpwise-support-desk-client",
            vec!["contracts/vendors/helpwise-support/v1.yaml".into()],
        ),
        (
            "webhook-callbacks-client",
            vec!["crates/accord-codegen/tests/fixtures/webhook-callbacks.yaml".into()],
        ),
        (
            "customer-hub-client",
            vec!["contracts/internal/customer-hub/v1.yaml".into()],
        ),
        ("accord-canonical", canonical),
    ]
}

fn generate(name: &str, specs: &[String]) -> GeneratedCrate {
    let contracts: Vec<_> = specs
        .iter()
        .map(|s| accord_spec::load(&root().join(s)).unwrap_or_else(|e| panic!("{s}: {e}")))
        .collect();
    let options = Options {
        crate_name: Some(name.to_string()),
        runtime: RuntimeDep::Path("../../../crates/accord-runtime".into()),
        deny_warnings: true,
        sources: specs.to_vec(),
        templates_dir: None,
    };
    if contracts.len() == 1 && contracts[0].kind.is_openapi() {
        accord_codegen::generate_client(&contracts[0], &options)
    } else {
        accord_codegen::generate_models(&contracts, &options)
    }
    .unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn goldens_are_up_to_date() {
    let update = std::env::var_os("ACCORD_UPDATE_GOLDENS").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for (name, specs) in goldens() {
        let generated = generate(name, &specs);
        let dir = root().join("tests/goldens").join(name);
        if update {
            generated.write_to(&dir).expect("goldens are writable");
            for extra in generated.stale_files(&dir) {
                let _ = std::fs::remove_file(dir.join(extra));
            }
        } else {
            for file in generated.stale_files(&dir) {
                stale.push(format!("{name}/{file}"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "goldens differ from generation: {stale:?}\nrun `ACCORD_UPDATE_GOLDENS=1 cargo test -p accord-codegen --test goldens` and review the diff"
    );
}

#[test]
fn generation_is_deterministic() {
    for (name, specs) in goldens().into_iter().take(2) {
        assert_eq!(generate(name, &specs), generate(name, &specs));
    }
}
