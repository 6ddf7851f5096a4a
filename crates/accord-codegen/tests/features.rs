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
    // Builders: required fields through `new`, every optional one through a `with_` method
    // (an explicit null stays possible through the field).
    has(
        "pub fn with_nickname(mut self, value: impl Into<String>) -> Self { self.nickname = Some(Some(value.into())); self }",
    );
    has(
        "pub fn with_lives(mut self, value: impl Into<i64>) -> Self { self.lives = value.into(); self }",
    );
    has(
        "pub fn with_chip(mut self, value: impl Into<i64>) -> Self { self.chip = Some(value.into()); self }",
    );
    has(
        "pub fn with_type(mut self, value: impl Into<String>) -> Self { self.type_ = Some(value.into()); self }",
    );
    // Forward-compatible enums; a value named like the catch-all is renamed.
    // The wire value maps both ways through `as_str` and `From<String>`, which serde uses.
    has("Self::UnknownValue => \"unknown\",");
    has("\"in-care\" => Self::InCare,");
    has("_ => Self::Unknown(value),");
    has("serializer.serialize_str(self.as_str())");
    has("<String as serde::Deserialize>::deserialize(deserializer).map(Self::from)");
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
fn success_statuses_with_different_bodies_get_a_response_enum() {
    let g = generated();
    let client = squash(&g.files["src/client.rs"]);
    let has = |needle: &str| {
        assert!(
            client.contains(needle),
            "missing `{needle}` in\n{}",
            g.files["src/client.rs"]
        )
    };
    // 200 and 202 carry different types: a typed enum instead of `serde_json::Value`,
    // inside the `ApiResponse` that keeps status and headers.
    has("-> crate::Result<ReplacePetResponse, serde_json::Value>");
    has("let response = req.send_bytes().await.map_err(crate::ApiError::from)?;");
    has("crate::decode_by_status( response, \"replacePet\", \"PUT\", \"/pets/{petId}\",");
    has(
        "200 => ReplacePetResponse::Ok(crate::json_body(body)?), 202 => ReplacePetResponse::Accepted(crate::json_body(body)?), 204 => ReplacePetResponse::NoContent, _ => ReplacePetResponse::Other(crate::json_body(body)?),",
    );
    has(
        "pub enum ReplacePetResponse { /// `200`: Replaced. Ok(types::Pet), /// `202`: Queued. Accepted(types::ReplacePetAcceptedResponse), /// `204`: Nothing to change. NoContent,",
    );
    has("Other(serde_json::Value), }");
    let lib = squash(&g.files["src/lib.rs"]);
    assert!(lib.contains("fn decode_by_status<T, E>("), "{lib}");
    assert!(
        lib.contains("accord_runtime::Error::Deserialize(Box::new(error))"),
        "{lib}"
    );
    // One status type, or one type and an empty 204: no enum.
    has("-> crate::Result<types::Pet, types::Problem>");
}

/// The form encoder generated crates carry, included from its template (which has no
/// template syntax) and run here.
#[path = "../../../templates/client/src/form.rs.jinja"]
mod form;

#[test]
fn nested_form_bodies_use_bracket_notation() {
    let g = generated();
    let client = squash(&g.files["src/client.rs"]);
    assert!(
        client.contains("let req = req.form(&crate::form::FormBody(body));"),
        "{client}"
    );
    assert!(g.files["src/lib.rs"].contains("mod form;"));
    assert_eq!(
        g.files["src/form.rs"],
        accord_codegen::format::format_rust(
            "src/form.rs",
            include_str!("../../../templates/client/src/form.rs.jinja")
        )
        .unwrap()
    );
    // The body type is the contract's, nested types and all.
    let types = squash(&g.files["src/types.rs"]);
    assert!(
        types.contains("pub struct CreateChargeBody { pub amount: i64,"),
        "{types}"
    );
    assert!(
        types.contains("pub shipping: Option<CreateChargeBodyShipping>"),
        "{types}"
    );

    // A body shaped like the fixture's, as the generated struct serializes it.
    let body = serde_json::json!({
        "amount": 2000,
        "capture": false,
        "metadata": {"order_id": "6735", "note": "a&b=c"},
        "expand": ["customer", "invoice.subscription"],
        "items": [{"price": "price_1", "quantity": 2}, {"price": "price_2"}],
        "shipping": {"address": {"city": "Berlin", "line1": null}},
    });
    let encoded = serde_urlencoded::to_string(form::FormBody(&body)).unwrap();
    assert_eq!(
        encoded,
        "amount=2000&capture=false\
         &metadata%5Border_id%5D=6735&metadata%5Bnote%5D=a%26b%3Dc\
         &expand%5B0%5D=customer&expand%5B1%5D=invoice.subscription\
         &items%5B0%5D%5Bprice%5D=price_1&items%5B0%5D%5Bquantity%5D=2&items%5B1%5D%5Bprice%5D=price_2\
         &shipping%5Baddress%5D%5Bcity%5D=Berlin&shipping%5Baddress%5D%5Bline1%5D="
    );
    let decoded: Vec<(String, String)> = serde_urlencoded::from_str(&encoded).unwrap();
    assert_eq!(decoded[2], ("metadata[order_id]".into(), "6735".into()));
    assert_eq!(decoded[7], ("items[0][quantity]".into(), "2".into()));
    // What the runtime's `form` does with the same body unflattened: it cannot.
    assert!(serde_urlencoded::to_string(&body).is_err());
    // A body that is not an object is a clear error, not a panic.
    let err = serde_urlencoded::to_string(form::FormBody(&serde_json::json!([1]))).unwrap_err();
    assert!(err.to_string().contains("must be an object"), "{err}");
}

#[test]
fn templates_can_be_read_from_disk() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates");
    // Same templates on disk and embedded: same output.
    let embedded = generated();
    let from_disk = generated_with(Some(dir));
    assert_eq!(embedded, from_disk);
}
