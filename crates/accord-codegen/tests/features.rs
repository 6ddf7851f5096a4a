//! What the generator makes of each schema and operation feature, on a small
//! contract that has them all (`tests/fixtures/features.yaml`).

use std::path::Path;

use accord_codegen::{Options, RuntimeDep};

fn generated() -> accord_codegen::GeneratedCrate {
    generated_with(None)
}

fn generated_with(templates_dir: Option<std::path::PathBuf>) -> accord_codegen::GeneratedCrate {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/features.yaml");
    let contract = accord_spec::load(&path).expect("fixture loads");
    accord_codegen::generate_client(
        &contract,
        &Options {
            crate_name: Some("zoo".into()),
            runtime: RuntimeDep::Version("0.1".into()),
            templates_dir,
            ..Options::default()
        },
    )
    .expect("generates")
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn schema_features() {
    let g = generated();
    let types = squash(&g.files["src/types.rs"]);
    let has = |needle: &str| {
        assert!(
            types.contains(needle),
            "missing `{needle}` in\n{}",
            g.files["src/types.rs"]
        )
    };
    // oneOf + discriminator: a tagged union with an Unknown catch-all.
    has("pub enum Pet { /// `petType: cat`. Cat(Cat), /// `petType: dog`. Dog(Dog),");
    has("Unknown(serde_json::Value)");
    // allOf merged; keywords; required vs optional vs nullable; formats.
    has("pub struct Cat { #[serde(rename = \"petType\")] pub pet_type: String, pub name: String,");
    has(
        "#[serde(rename = \"type\")] #[serde(default, skip_serializing_if = \"Option::is_none\")] pub type_: Option<String>,",
    );
    has("deserialize_with = \"nullable::deserialize\" )] pub nickname: Option<Option<String>>");
    has("pub born: Option<crate::formats::DateTime>");
    has("pub weight: Option<crate::formats::Decimal>");
    has("pub chip: Option<i64>");
    // Defaults.
    has("#[serde(default = \"defaults::cat_lives\")] pub lives: i64");
    has("fn cat_lives() -> i64 { 9 }");
    // Forward-compatible enums; a value named like the catch-all is renamed.
    has("#[serde(rename = \"unknown\")] UnknownValue,");
    has("#[serde(rename = \"in-care\")] InCare,");
    has("#[serde(untagged)] Unknown(String),");
    // Recursion is boxed (not through Vec), maps for additionalProperties.
    has("pub parent: Option<Box<Dog>>");
    has("pub puppies: Option<Vec<Dog>>");
    has("pub labels: Option<std::collections::BTreeMap<String, String>>");
    // anyOf without discriminator: untagged, with a catch-all so valid payloads parse.
    has(
        "#[serde(untagged)] pub enum IdOrName { Integer(i64), String(String), Other(serde_json::Value), }",
    );
}

#[test]
fn operation_features() {
    let g = generated();
    let client = squash(&g.files["src/client.rs"]);
    let has = |needle: &str| {
        assert!(
            client.contains(needle),
            "missing `{needle}` in\n{}",
            g.files["src/client.rs"]
        )
    };
    has("pub const DEFAULT_BASE_URL: &'static str = \"https://eu.zoo.example/v1\";");
    has(
        "pub async fn list_pets( &self, params: ListPetsParams, ) -> crate::Result<types::ListPetsResponse, serde_json::Value>",
    );
    has(".tenant_header(\"X-Tenant\")");
    has(".query_array(\"tags\", params.tags.iter().flatten(), true)");
    has(".query_opt(\"kind\", params.kind.as_ref())");
    has("accord_runtime::PageStrategy::offset_limit(\"offset\", \"limit\", 20)");
    has(".items_at(\"/items\")");
    has(".idempotency_header(\"Idempotency-Key\")");
    has("-> crate::Result<types::Pet, types::Problem>");
    has(
        "pub async fn upload_photo( &self, pet_id: i64, body: Option<accord_runtime::Multipart>, ) -> crate::Result<(), serde_json::Value>",
    );
    has("Some(body) => req.multipart(body)");
    has("req.send_empty()");
    let lib = squash(&g.files["src/lib.rs"]);
    assert!(lib.contains("pub fn api_key(key: impl Into<accord_runtime::Secret>) -> accord_runtime::Auth { accord_runtime::Auth::api_key_header(\"X-Api-Key\", key) }"), "{lib}");
    assert!(g.files["Cargo.toml"].contains("accord-runtime = \"0.1\""));
}

#[test]
fn templates_can_be_read_from_disk() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates");
    // Same templates on disk and embedded: same output.
    let embedded = generated();
    let from_disk = generated_with(Some(dir));
    assert_eq!(embedded, from_disk);
}
