//! Round trips through arrays nested in arrays (`lines[].taxes[].code`): the fixture mapping
//! `tests/fixtures/nested-arrays/` maps invoice lines with tax lines to bill items with taxes.
//! The IR must generate the inner array inside every element of the outer one (not skip the
//! path), and the generated crate, compiled against models-only crates of both sides, must
//! pass its own round-trip proptests.
//!
//! The compile runs `cargo test --offline` on a scratch workspace under `CARGO_TARGET_TMPDIR`
//! with this workspace's `Cargo.lock` (so no dependency is fetched) and its own target folder
//! (the outer build holds the workspace one); it is kept between runs, so only the first run
//! compiles serde and proptest.

use std::path::{Path, PathBuf};
use std::process::Command;

use accord_codegen::mapping::ir::{self, Names};
use accord_codegen::mapping::{self, MappingOptions};
use accord_codegen::{Options, RuntimeDep};
use accord_mapping::{Contracts, MappingSpec};

const VENDOR_CRATE: &str = "nested-billing-client";
const CANONICAL_CRATE: &str = "nested-billing-canonical";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/nested-arrays")
}

fn load(contracts: &Contracts) -> MappingSpec {
    let spec =
        accord_mapping::load_mapping(&fixtures().join("nested-billing.invoice-to-bill.yaml"))
            .expect("the fixture mapping loads");
    let problems = accord_mapping::validate(&spec, contracts);
    assert!(
        problems.is_empty(),
        "the fixture mapping validates: {problems:?}"
    );
    spec
}

fn mapping_options() -> MappingOptions {
    MappingOptions {
        vendor_crate: Some(VENDOR_CRATE.into()),
        canonical_crate: Some(CANONICAL_CRATE.into()),
        deny_warnings: true,
        ..MappingOptions::default()
    }
}

#[test]
fn nested_arrays_are_generated_inside_each_outer_element() {
    let contracts = Contracts::new();
    let spec = load(&contracts);
    let vendor = contracts.vendor(&spec).unwrap().unwrap();
    let canonical = contracts.canonical(&spec).unwrap().unwrap();
    let names = Names {
        crate_name: mapping::default_crate_name(&spec),
        vendor_crate: VENDOR_CRATE.into(),
        vendor_path: format!("../{VENDOR_CRATE}"),
        canonical_crate: CANONICAL_CRATE.into(),
        canonical_path: format!("../{CANONICAL_CRATE}"),
        source: "nested-billing.invoice-to-bill.yaml".into(),
        deny_warnings: true,
    };
    let m = ir::build(&spec, &vendor, &canonical, &names).unwrap();
    let arrays: Vec<(&str, Option<usize>)> = m
        .arrays
        .iter()
        .map(|a| (a.path.as_str(), a.parent))
        .collect();
    assert_eq!(arrays, [("lines", None), ("lines[].taxes", Some(0))]);
    // A tax line's minimal element holds its required code.
    assert_eq!(m.arrays[1].item, r#"{"code":"string"}"#);
    let check = |path: &str| {
        m.checks
            .iter()
            .find(|c| c.path == path)
            .unwrap_or_else(|| panic!("the round trip does not check `{path}`"))
    };
    assert_eq!(check("lines[].description").array, Some(0));
    for nested in ["lines[].taxes[].code", "lines[].taxes[].rateBasisPoints"] {
        let c = check(nested);
        assert_eq!(c.array, Some(1), "{nested}");
        // One value per (line, tax line) slot: MAX_ITEMS² of them.
        assert_eq!(c.each_count, 2, "{nested}");
    }
    // The optional rate may be absent in any tax line; the required code never is.
    assert!(check("lines[].taxes[].rateBasisPoints").optional);
    assert!(!check("lines[].taxes[].code").optional);
}

/// Writes the three crates (vendor models, canonical models, mapping) into a scratch workspace.
fn write_workspace(dir: &Path) {
    let contracts = Contracts::new();
    let spec = load(&contracts);
    let models = |contract: &accord_spec::Contract, name: &str| {
        let options = Options {
            crate_name: Some(name.to_string()),
            runtime: RuntimeDep::Vendor,
            deny_warnings: true,
            ..Options::default()
        };
        let generated = accord_codegen::generate_models(std::slice::from_ref(contract), &options)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        generated.write_to(&dir.join(name)).unwrap();
    };
    models(&contracts.vendor(&spec).unwrap().unwrap(), VENDOR_CRATE);
    models(
        &contracts.canonical(&spec).unwrap().unwrap(),
        CANONICAL_CRATE,
    );
    let files = mapping::generate_mapping(&spec, &contracts, &mapping_options()).unwrap();
    mapping::write_files(&files, &dir.join(mapping::default_crate_name(&spec))).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        "[workspace]\nresolver = \"2\"\nmembers = [\"*-client\", \"*-canonical\", \"*-mapping\"]\n",
    )
    .unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../Cargo.lock"),
        dir.join("Cargo.lock"),
    )
    .unwrap();
}

#[test]
fn generated_crate_round_trips_nested_arrays() {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("mapping-nested-arrays");
    let workspace = scratch.join("workspace");
    write_workspace(&workspace);
    let crate_name = mapping::default_crate_name(&load(&Contracts::new()));
    let out = Command::new(env!("CARGO"))
        .args(["test", "--offline", "-p", &crate_name])
        .current_dir(&workspace)
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the generated crate's tests fail:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("test round_trip::vendor_to_canonical_to_vendor ... ok"),
        "{stdout}"
    );
}
