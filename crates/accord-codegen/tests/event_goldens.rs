//! Event goldens: the event crates generated for the bundled event contracts are checked
//! in under `tests/goldens/<crate-name>/` (compiled with `#![deny(warnings)]` as workspace
//! members, their `tests/round_trip.rs` run with them). This test regenerates them and
//! compares byte for byte; `ACCORD_UPDATE_GOLDENS=1` rewrites them instead. Every AsyncAPI
//! document of the corpus generates an event crate, and (ignored: slow) those crates
//! compile.

use std::path::{Path, PathBuf};
use std::process::Command;

use accord_codegen::events::generate_events;
use accord_codegen::{GeneratedCrate, Options, RuntimeDep};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// (crate name, contract path relative to the repository root).
const GOLDENS: &[(&str, &str)] = &[
    ("relay-crm-events", "contracts/events/relay-crm-events.yaml"),
    (
        "meterly-billing-events",
        "contracts/events/meterly-billing-webhooks.yaml",
    ),
];

fn options(name: Option<&str>, sources: Vec<String>) -> Options {
    Options {
        crate_name: name.map(str::to_string),
        runtime: RuntimeDep::Path("../../../crates/accord-runtime".into()),
        deny_warnings: true,
        sources,
        templates_dir: None,
    }
}

fn generate(name: &str, spec: &str) -> GeneratedCrate {
    let contract = accord_spec::load(&root().join(spec)).unwrap_or_else(|e| panic!("{spec}: {e}"));
    generate_events(&contract, &options(Some(name), vec![spec.to_string()]))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn event_goldens_are_up_to_date() {
    let update = std::env::var_os("ACCORD_UPDATE_GOLDENS").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for (name, spec) in GOLDENS {
        let generated = generate(name, spec);
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
        "event goldens differ from generation: {stale:?}\nrun `ACCORD_UPDATE_GOLDENS=1 cargo test -p accord-codegen --test event_goldens` and review the diff"
    );
}

#[test]
fn generation_is_deterministic() {
    for (name, spec) in GOLDENS {
        assert_eq!(generate(name, spec), generate(name, spec), "{name}");
    }
}

#[test]
fn channels_dispatch_on_the_type_discriminator() {
    let relay = generate("relay-crm-events", "contracts/events/relay-crm-events.yaml");
    let events = &relay.files["src/events.rs"];
    // One enum per channel, over its messages, picking by the `type` constant.
    for (channel, tag) in [
        ("ContactCreatedChannel", "crm.contact.created"),
        ("ContactUpdatedChannel", "crm.contact.updated"),
        (
            "OpportunityStageChangedChannel",
            "crm.opportunity.stage-changed",
        ),
    ] {
        assert!(
            events.contains(&format!("pub enum {channel} {{")),
            "{channel}"
        );
        assert!(events.contains(&format!("Some(\"{tag}\") =>")), "{tag}");
    }
    assert!(events.contains("pub enum Event {"));
    // The same type rules as clients: forward-compatible enums.
    let types = &relay.files["src/types.rs"];
    assert!(types.contains("pub enum OpportunityStage {"));
    assert!(types.contains("Unknown(String),"));
    // No accord-runtime: events need serde only.
    assert!(!relay.files["Cargo.toml"].contains("accord-runtime"));
}

/// Every AsyncAPI document of the corpus (the test fails when the corpus is missing).
fn corpus_asyncapi() -> Vec<PathBuf> {
    accord_testkit::corpus_documents(&["asyncapi"])
}

/// (crate name, generated crate) for every corpus AsyncAPI document.
fn corpus_crates() -> Vec<(String, GeneratedCrate)> {
    corpus_asyncapi()
        .iter()
        .enumerate()
        .map(|(i, path)| {
            let label = path.display().to_string();
            let contract = accord_spec::load(path).unwrap_or_else(|e| panic!("{label}: {e}"));
            assert!(contract.kind.is_asyncapi(), "{label}");
            let name = format!("corpus-events-{i}");
            let generated = generate_events(&contract, &options(Some(&name), Vec::new()))
                .unwrap_or_else(|e| panic!("{label}: {e}"));
            (name, generated)
        })
        .collect()
}

#[test]
fn every_corpus_asyncapi_document_generates_an_event_crate() {
    if accord_testkit::corpus().is_none() {
        return;
    }
    let crates = corpus_crates();
    assert!(
        crates.len() >= 9,
        "only {} AsyncAPI documents",
        crates.len()
    );
    for (name, generated) in &crates {
        let events = &generated.files["src/events.rs"];
        assert!(events.contains("pub enum Event {"), "{name}");
    }
}

/// Writes `crates` as a workspace under `dir` (sharing the repository's lock file so no
/// registry is asked) and runs `cargo test` on it: the crates compile and their round-trip tests pass.
fn compile(dir: &Path, crates: &[(String, GeneratedCrate)]) {
    let members: Vec<String> = crates.iter().map(|(n, _)| format!("{n:?}")).collect();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .unwrap();
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    for (name, generated) in crates {
        generated.write_to(&dir.join(name)).unwrap();
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["test", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", root().join("target/event-crates"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "generated event crates do not compile:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
#[ignore = "slow: compiles every corpus event crate (cargo test -p accord-codegen --test event_goldens -- --ignored)"]
fn corpus_event_crates_compile() {
    let dir = tempfile::tempdir().unwrap();
    let mut crates = corpus_crates();
    for (name, spec) in GOLDENS {
        crates.push((name.to_string(), generate(name, spec)));
    }
    compile(dir.path(), &crates);
}

#[test]
fn openapi_webhooks_get_typed_payloads_and_a_webhook_enum() {
    let spec = "contracts/vendors/ledgerline-erp/v1.yaml";
    let contract = accord_spec::load(&root().join(spec)).unwrap();
    let generated = accord_codegen::generate_client(
        &contract,
        &options(Some("ledgerline-erp-client"), vec![spec.into()]),
    )
    .unwrap();
    let webhooks = &generated.files["src/webhooks.rs"];
    // One alias per webhook payload, on the client's own types.
    assert!(webhooks.contains("pub type OnInvoicePaid = crate::types::InvoicePaidEvent;"));
    assert!(webhooks.contains("pub type OnPaymentReceived = crate::types::PaymentReceivedEvent;"));
    // One enum over them; a name is the operationId or the webhook key.
    assert!(webhooks.contains("pub enum Webhook {"));
    assert!(webhooks.contains("\"onInvoicePaid\" | \"invoice.paid\" =>"));
    assert!(generated.files["src/lib.rs"].contains("pub mod webhooks;"));
    // A contract without webhooks or callbacks gets no module.
    let spec = "contracts/vendors/relay-crm/v2.yaml";
    let contract = accord_spec::load(&root().join(spec)).unwrap();
    let generated = accord_codegen::generate_client(&contract, &options(None, Vec::new())).unwrap();
    assert!(!generated.files.contains_key("src/webhooks.rs"));
}
