//! Untagged unions whose members overlap (`tests/fixtures/unions.yaml`): every valid
//! payload must parse into the variant it belongs to. A union of string enums is one
//! forward-compatible enum; otherwise variants are tried narrowest first, and an enum
//! followed by another string-taking variant is tried in its strict form.
//!
//! The compile-and-run test writes the generated models crate, plus an integration test
//! that deserialises one value per variant, into a scratch workspace under
//! `CARGO_TARGET_TMPDIR` with this workspace's `Cargo.lock` (nothing is fetched) and
//! runs `cargo test --offline` on it; the scratch target is kept between runs.

use std::path::{Path, PathBuf};
use std::process::Command;

use accord_codegen::{GeneratedCrate, Options, RuntimeDep};

const CRATE: &str = "union-shapes";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/unions.yaml")
}

fn generated() -> GeneratedCrate {
    let contract = accord_spec::load(&fixture()).expect("fixture loads");
    accord_codegen::generate_models(
        std::slice::from_ref(&contract),
        &Options {
            crate_name: Some(CRATE.into()),
            runtime: RuntimeDep::Vendor,
            deny_warnings: true,
            ..Options::default()
        },
    )
    .expect("generates")
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn union_of_string_enums_is_one_forward_compatible_enum() {
    let g = generated();
    let types = squash(&g.files["src/types.rs"]);
    let has = |needle: &str| assert!(types.contains(needle), "missing `{needle}` in\n{types}");
    has("pub enum EventType { \
         /// A resource was created. Create, \
         /// A resource was updated. Update, \
         Archive, \
         /// A value this version of the contract does not know (sent by a newer version). \
         Unknown(String), }");
    has("\"CREATE\" => Self::Create, \"UPDATE\" => Self::Update, \"ARCHIVE\" => Self::Archive,");
    has("/// What happened to the resource. #[derive(");
    assert!(
        !types.contains("EventTypeString"),
        "no per-member enums left:\n{types}"
    );
}

#[test]
fn untagged_variants_are_ordered_narrowest_first() {
    let g = generated();
    let types = squash(&g.files["src/types.rs"]);
    let has = |needle: &str| assert!(types.contains(needle), "missing `{needle}` in\n{types}");
    // Enum and object share no JSON kind: structs first as ever, the enum keeps its
    // catch-all (no later variant takes strings).
    has("pub enum StatusOrProblem { Problem(Problem), Status(Status), Other(serde_json::Value), }");
    // The plain string is listed first but tried after the enum, which is tried strictly.
    has(
        "pub enum ColourOrName { #[serde(deserialize_with = \"Colour::deserialize_known\")] \
         Colour(Colour), String(String), Other(serde_json::Value), }",
    );
    has("fn deserialize_known<'de, D: serde::Deserializer<'de>>(");
    assert_eq!(
        types.matches("fn deserialize_known").count(),
        1,
        "only enums tried strictly get the function:\n{types}"
    );
    // The struct requiring members goes before the one that takes any object.
    has("pub enum NoteOrTicket { Ticket(Ticket), Note(Note), Other(serde_json::Value), }");
    // A member taking anything no longer hides the members after it.
    has("pub enum AnythingOrTicket { Ticket(Ticket), Variant1(serde_json::Value), }");
}

/// The generated crate's own test: one payload per variant.
const VARIANTS_TEST: &str = r##"//! Each payload parses into the variant it belongs to.

use union_shapes::types::*;

fn parse<T: serde::de::DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{json}: {e}"))
}

#[test]
fn string_enum_union() {
    assert_eq!(parse::<EventType>(r#""CREATE""#), EventType::Create);
    assert_eq!(parse::<EventType>(r#""UPDATE""#), EventType::Update);
    assert_eq!(parse::<EventType>(r#""ARCHIVE""#), EventType::Archive);
    assert_eq!(parse::<EventType>(r#""PURGE""#), EventType::Unknown("PURGE".into()));
    assert_eq!(serde_json::to_string(&EventType::Archive).unwrap(), r#""ARCHIVE""#);
}

#[test]
fn enum_or_object() {
    assert_eq!(parse::<StatusOrProblem>(r#""closed""#), StatusOrProblem::Status(Status::Closed));
    assert_eq!(
        parse::<StatusOrProblem>(r#"{"code":"E1"}"#),
        StatusOrProblem::Problem(Problem { code: "E1".into(), message: None })
    );
    assert_eq!(
        parse::<StatusOrProblem>(r#""archived""#),
        StatusOrProblem::Status(Status::Unknown("archived".into()))
    );
    assert_eq!(parse::<StatusOrProblem>("7"), StatusOrProblem::Other(serde_json::json!(7)));
}

#[test]
fn enum_or_plain_string() {
    assert_eq!(parse::<ColourOrName>(r#""green""#), ColourOrName::Colour(Colour::Green));
    assert_eq!(parse::<ColourOrName>(r#""teal""#), ColourOrName::String("teal".into()));
    assert_eq!(parse::<ColourOrName>("true"), ColourOrName::Other(serde_json::json!(true)));
    assert_eq!(serde_json::to_string(&ColourOrName::Colour(Colour::Red)).unwrap(), r#""red""#);
    // Outside the union the enum stays forward compatible.
    assert_eq!(parse::<Colour>(r#""teal""#), Colour::Unknown("teal".into()));
}

#[test]
fn objects_by_what_they_require() {
    assert_eq!(
        parse::<NoteOrTicket>(r#"{"id":1,"subject":"Hi"}"#),
        NoteOrTicket::Ticket(Ticket { id: 1, subject: "Hi".into() })
    );
    assert_eq!(
        parse::<NoteOrTicket>(r#"{"text":"hello"}"#),
        NoteOrTicket::Note(Note { text: Some("hello".into()) })
    );
    assert_eq!(
        parse::<AnythingOrTicket>(r#"{"id":2,"subject":"Re"}"#),
        AnythingOrTicket::Ticket(Ticket { id: 2, subject: "Re".into() })
    );
    assert_eq!(
        parse::<AnythingOrTicket>(r#"[1]"#),
        AnythingOrTicket::Variant1(serde_json::json!([1]))
    );
}
"##;

#[test]
fn generated_unions_parse_each_payload_into_its_variant() {
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("untagged-unions");
    let workspace = scratch.join("workspace");
    let crate_dir = workspace.join(CRATE);
    generated().write_to(&crate_dir).expect("crate is writable");
    std::fs::create_dir_all(crate_dir.join("tests")).unwrap();
    std::fs::write(crate_dir.join("tests/variants.rs"), VARIANTS_TEST).unwrap();
    std::fs::write(
        workspace.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"2\"\nmembers = [\"{CRATE}\"]\n"),
    )
    .unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../Cargo.lock"),
        workspace.join("Cargo.lock"),
    )
    .unwrap();
    let out = Command::new(env!("CARGO"))
        .args(["test", "--offline", "-p", CRATE, "--test", "variants"])
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
    for test in [
        "string_enum_union",
        "enum_or_object",
        "enum_or_plain_string",
        "objects_by_what_they_require",
    ] {
        assert!(stdout.contains(&format!("test {test} ... ok")), "{stdout}");
    }
}
