//! Overlay 1.0 applied while loading: semantics of update, remove and targets, locations of
//! overlaid content in the overlay's file, and malformed overlays refused with their line.

use std::path::{Path, PathBuf};

use accord_spec::{FsProvider, Limits, LoadErrorKind, Overlay, Severity};

/// A corpus contract; the test fails when the corpus is missing (see `accord_testkit`).
fn corpus(rel: &str) -> PathBuf {
    accord_testkit::corpus()
        .expect("the overlay tests need the corpus")
        .join("openapi")
        .join(rel)
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/overlays")
        .join(name)
}

fn load(contract: &Path, overlays: &[Overlay]) -> accord_spec::Contract {
    accord_spec::load_overlaid(contract, &FsProvider, &Limits::default(), overlays).unwrap()
}

fn line_of(path: &Path, needle: &str) -> u32 {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().position(|l| l.contains(needle)).unwrap() as u32 + 1
}

#[test]
fn custom_field_and_removed_property_on_a_corpus_crm() {
    let crm = corpus("apideck/crm@10.34.0.yml");
    let base = load(&crm, &[]);
    let overlay_path = fixture("apideck-crm-acme.yaml");
    let overlay = Overlay::load(&overlay_path).unwrap();
    let tenant = load(&crm, &[overlay]);

    let lead = |c: &accord_spec::Contract| c.schemas.get(c.components["Lead"]).clone();
    let (before, after) = (lead(&base), lead(&tenant));
    assert!(before.properties.contains_key("fax"));
    assert!(!after.properties.contains_key("fax"));
    assert!(!before.properties.contains_key("acmeRegion"));
    // The custom field is appended after the vendor's own properties, and is required.
    assert_eq!(after.properties.keys().last().unwrap(), "acmeRegion");
    assert!(after.required.iter().any(|r| r == "acmeRegion"));
    assert_eq!(after.properties.len(), before.properties.len());

    // What the overlay wrote is located in the overlay, at the line it is written on.
    let region = tenant.schemas.get(after.properties["acmeRegion"]);
    let loc = region.loc.clone().unwrap();
    assert_eq!(&*loc.file, overlay_path.to_str().unwrap());
    assert_eq!(loc.line, line_of(&overlay_path, "type: string"));
    assert_eq!(
        loc.pointer,
        "/components/schemas/Lead/properties/acmeRegion"
    );
    assert_eq!(
        region.enum_values.as_ref().unwrap().len(),
        3,
        "the enum of the custom field is read"
    );
    // What it did not write stays in the contract.
    let id = tenant.schemas.get(after.properties["id"]);
    let crm_display = accord_spec::normalize_path(&crm);
    assert_eq!(
        &*id.loc.clone().unwrap().file,
        crm_display.to_str().unwrap()
    );

    // The filter removed one header parameter of one operation only.
    let params = |c: &accord_spec::Contract| {
        c.operation("GET /crm/leads")
            .unwrap()
            .parameters
            .iter()
            .map(|p| p.name.clone())
            .collect::<Vec<_>>()
    };
    assert!(params(&base).iter().any(|p| p == "x-apideck-service-id"));
    assert!(!params(&tenant).iter().any(|p| p == "x-apideck-service-id"));
    assert!(
        params(&tenant).len() + 1 == params(&base).len(),
        "only the selected parameter is removed"
    );
    assert!(
        tenant
            .operation("GET /crm/contacts")
            .unwrap()
            .parameters
            .iter()
            .any(|p| p.name == "x-apideck-service-id")
    );
    // A correct overlay adds no finding; `extends` names this contract.
    assert_eq!(tenant.findings, base.findings);
    // The overlay is a source of the contract, for excerpts.
    assert!(
        tenant
            .sources
            .text(overlay_path.to_str().unwrap())
            .is_some()
    );
}

const PETS: &str = r#"openapi: 3.1.0
info: {title: Pets, version: "1"}
tags:
  - name: pets
paths:
  /pets:
    get:
      x-traits: [paged]
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: dummy, in: query, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  tag: {type: string, example: indoor}
                  meta: {type: object, properties: {a: {type: string}}}
"#;

fn overlaid(overlays: &[&str]) -> accord_spec::Contract {
    let parsed: Vec<Overlay> = overlays
        .iter()
        .enumerate()
        .map(|(i, text)| Overlay::parse(&format!("o{i}.yaml"), text).unwrap())
        .collect();
    accord_spec::load_str_overlaid("pets.yaml", PETS, &parsed).unwrap()
}

fn root_json(c: &accord_spec::Contract) -> serde_json::Value {
    c.sources.files[0].root.to_json()
}

#[test]
fn update_merges_objects_recursively_appends_to_arrays_and_replaces_primitives() {
    let c = overlaid(&[r#"overlay: 1.0.0
info: {title: t, version: "1"}
actions:
  - target: $.paths['/pets'].get
    update:
      summary: List pets
      x-traits: [sorted]
      responses:
        "200":
          content:
            application/json:
              schema:
                properties:
                  meta: {properties: {b: {type: integer}}}
  - target: $.tags
    update: {name: cats}
  - target: $.tags
    update: [{name: dogs}, {name: birds}]
"#]);
    let j = root_json(&c);
    let get = &j["paths"]["/pets"]["get"];
    assert_eq!(get["summary"], "List pets");
    assert_eq!(get["x-traits"], serde_json::json!(["paged", "sorted"]));
    let props = &get["responses"]["200"]["content"]["application/json"]["schema"]["properties"];
    assert_eq!(props["meta"]["properties"]["a"]["type"], "string");
    assert_eq!(props["meta"]["properties"]["b"]["type"], "integer");
    assert_eq!(props["tag"]["type"], "string", "untouched siblings stay");
    let tags: Vec<_> = j["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(tags, ["pets", "cats", "dogs", "birds"]);
    assert!(c.findings.is_empty(), "{:?}", c.findings);
}

#[test]
fn remove_wins_over_update_and_later_actions_see_earlier_ones() {
    let c = overlaid(&[
        r#"overlay: 1.0.0
info: {title: t, version: "1"}
actions:
  - target: $.paths.*.get.parameters[?@.name == 'dummy']
    remove: true
    update: {name: ignored}
  - target: $.paths.*.get.parameters[?@.name == 'dummy']
    update: {description: gone already}
"#,
        r#"overlay: 1.0.0
info: {title: second, version: "1"}
actions:
  - target: $.paths['/pets'].get.parameters
    update: {name: dummy, in: query, schema: {type: boolean}}
"#,
    ]);
    let j = root_json(&c);
    let params = j["paths"]["/pets"]["get"]["parameters"].as_array().unwrap();
    assert_eq!(params.len(), 2);
    assert_eq!(
        params[1]["schema"]["type"], "boolean",
        "re-added by the second overlay"
    );
    // The second action of the first overlay selected nothing: a finding at its target.
    assert_eq!(c.findings.len(), 1, "{:?}", c.findings);
    let f = &c.findings[0];
    assert_eq!(f.code, "overlay-target-unmatched");
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(&*f.loc.file, "o0.yaml");
    assert_eq!(
        (f.loc.line, f.loc.pointer.as_str()),
        (7, "/actions/1/target")
    );
    // The re-added parameter is located in the second overlay.
    let op = c.operation("GET /pets").unwrap();
    assert_eq!(&*op.parameters[1].loc.file, "o1.yaml");
    assert_eq!(&*op.parameters[0].loc.file, "pets.yaml");
}

#[test]
fn primitive_targets_and_incompatible_merges_are_findings() {
    let c = overlaid(&[r#"overlay: 1.0.0
info: {title: t, version: "1"}
extends: other.yaml
actions:
  - target: $.info.title
    update: New title
  - target: $.paths['/pets'].get.responses['200'].content['application/json'].schema.properties.tag
    update:
      type: array
      example: [indoor]
  - target: $.info
    update: [not, an, object]
"#]);
    let codes: Vec<_> = c
        .findings
        .iter()
        .map(|f| (f.code, f.loc.line, f.severity))
        .collect();
    assert!(codes.contains(&("overlay-target-primitive", 5, Severity::Error)));
    assert!(codes.contains(&("overlay-incompatible-update", 10, Severity::Warning)));
    assert!(codes.contains(&("overlay-incompatible-update", 12, Severity::Error)));
    assert!(codes.contains(&("overlay-extends-mismatch", 3, Severity::Warning)));
    let j = root_json(&c);
    assert_eq!(
        j["info"]["title"], "Pets",
        "a primitive target is not updated"
    );
    let tag = &j["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        ["properties"]["tag"];
    assert_eq!(tag["example"], serde_json::json!(["indoor"]));
}

#[test]
fn malformed_overlays_are_load_errors_with_their_line_and_column() {
    let cases: &[(&str, u32, &str)] = &[
        (
            "info: {title: t, version: '1'}\nactions: []\n",
            1,
            "`overlay` field",
        ),
        (
            "overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, remove: true}]\n",
            1,
            "not a version",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\n",
            3,
            "at least one action",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t}\nactions: [{target: $, remove: true}]\n",
            2,
            "info.version",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.paths[?@.x ==]\n    remove: true\n",
            4,
            "RFC 9535",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: paths\n    remove: true\n",
            4,
            "RFC 9535",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n    remove: yes\n",
            5,
            "true or false",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n",
            4,
            "does nothing",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n    upsert: {}\n",
            5,
            "not a field",
        ),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n    remove: true\n  - [",
            7,
            "",
        ),
    ];
    for (text, line, needle) in cases {
        let err = Overlay::parse("bad.yaml", text).unwrap_err();
        assert_eq!(err.line, *line, "{text}: {err}");
        assert!(err.column > 0, "{err}");
        assert!(err.message.contains(needle), "{err}");
        assert!(err.to_string().starts_with(&format!("bad.yaml:{line}:")));
        assert_ne!(err.kind, LoadErrorKind::Io);
    }
}
