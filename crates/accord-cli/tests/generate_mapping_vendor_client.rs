//! `accord generate mapping --vendor-client DIR` on a bundled mapping: it writes the mapping
//! crate and, into DIR, the vendor client cut down to what the mapping uses, and the mapping
//! crate's `Cargo.toml` depends on that client by a path relative to the mapping crate.
//! `--check` then covers both crates.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const MAPPING: &str = "contracts/mappings/meterly-billing.subscription-to-subscription.yaml";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn accord(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_accord"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("accord runs")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs the generation into `out` and `client` (paths as given on the command line).
fn generate(out: &Path, client: &Path, extra: &[&str]) -> Output {
    let (out, client) = (out.to_string_lossy(), client.to_string_lossy());
    let mut args = vec![
        "generate",
        "mapping",
        MAPPING,
        "--out",
        &out,
        "--vendor-client",
        &client,
    ];
    args.extend(extra);
    accord(&args)
}

#[test]
fn writes_the_cut_down_vendor_client_and_depends_on_it() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp
        .path()
        .join("meterly-billing-subscription-to-subscription-mapping");
    let client = tmp.path().join("meterly-billing-client");
    let run = generate(&out, &client, &[]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run));

    let mapping_toml = read(&out.join("Cargo.toml"));
    assert!(
        mapping_toml.contains(r#"meterly-billing-client = { path = "../meterly-billing-client" }"#),
        "{mapping_toml}"
    );
    let client_toml = read(&client.join("Cargo.toml"));
    assert!(
        client_toml.contains(r#"name = "meterly-billing-client""#),
        "{client_toml}"
    );
    // The runtime is copied in, so the pair builds outside this repository.
    assert!(client.join("accord-runtime/Cargo.toml").is_file());
    // Cut down: the mapped schema is there, schemas only other operations use are not.
    let types = read(&client.join("src/types.rs"));
    assert!(
        types.contains("pub struct Subscription {"),
        "no Subscription type"
    );
    assert!(
        !types.contains("pub struct Invoice {"),
        "the subset kept Invoice"
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.contains("cut down to the mapping's 3 operation(s)"),
        "{stdout}"
    );

    // --check covers both crates: fresh, then stale when the client changes.
    let check = generate(&out, &client, &["--check"]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check));
    std::fs::write(client.join("src/types.rs"), "// edited\n").unwrap();
    let check = generate(&out, &client, &["--check"]);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check));
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(
        stderr.contains("meterly-billing-client is stale (1 file(s) differ: src/types.rs)"),
        "{stderr}"
    );
}

#[test]
fn the_dependency_path_is_relative_to_the_mapping_crate() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("crates/mappings/subscription");
    let client = tmp.path().join("vendor/meterly");
    let run = generate(&out, &client, &[]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run));
    let mapping_toml = read(&out.join("Cargo.toml"));
    assert!(
        mapping_toml.contains(r#"meterly-billing-client = { path = "../../../vendor/meterly" }"#),
        "{mapping_toml}"
    );
    assert!(client.join("Cargo.toml").is_file());
}

#[test]
fn the_vendor_client_cannot_overwrite_the_mapping_crate() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("mapping");
    let run = generate(&out, &tmp.path().join("./mapping"), &[]);
    assert_eq!(run.status.code(), Some(2), "{}", text(&run));
    assert!(
        text(&run).contains("--vendor-client must be a folder other than --out"),
        "{}",
        text(&run)
    );
    assert!(!out.exists(), "nothing is written");
}

/// The crate name of a generated crate's `Cargo.toml`.
fn package_name(manifest: &str) -> String {
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("name = "))
        .map(|n| n.trim_matches('"').to_string())
        .unwrap_or_default()
}

#[test]
fn a_mapping_expects_its_vendor_client_under_the_default_client_name() {
    let tmp = tempfile::tempdir().unwrap();
    // "Helpwise Support Desk API": the default client name is not the mapping's vendor slug.
    let client = tmp.path().join("client");
    let run = accord(&[
        "generate",
        "client",
        "contracts/vendors/helpwise-support/v1.yaml",
        "--out",
        &client.to_string_lossy(),
    ]);
    assert!(run.status.success(), "{}", text(&run));
    let client_name = package_name(&read(&client.join("Cargo.toml")));
    assert_eq!(client_name, "helpwise-support-desk-client");
    let mapping = tmp.path().join("mapping");
    let run = accord(&[
        "generate",
        "mapping",
        "contracts/mappings/helpwise-support.ticket-to-case.yaml",
        "--out",
        &mapping.to_string_lossy(),
    ]);
    assert!(run.status.success(), "{}", text(&run));
    let mapping_toml = read(&mapping.join("Cargo.toml"));
    assert!(
        mapping_toml.contains(&format!(
            "{client_name} = {{ path = \"../{client_name}\" }}"
        )),
        "{mapping_toml}"
    );
    // The client's runtime copy has a package name of its own.
    let runtime_toml = read(&client.join("accord-runtime/Cargo.toml"));
    assert_eq!(
        package_name(&runtime_toml),
        "helpwise-support-desk-client-runtime"
    );
}
