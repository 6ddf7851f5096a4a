//! Events (AsyncAPI 2.x and 3.0) judged by direction, and the schema-registry
//! compatibility modes.

use accord_diff::{Compat, DiffOptions};
use accord_report::ChangeLevel;

fn doc(version: &str, action: &str, payload: &str) -> accord_spec::Contract {
    let text = if version.starts_with('2') {
        format!(
            "asyncapi: {version}\ninfo: {{title: e, version: '1'}}\nchannels:\n  contact.created:\n    {action}:\n      operationId: op\n      message:\n        name: Created\n        payload: {payload}\n"
        )
    } else {
        format!(
            "asyncapi: {version}\ninfo: {{title: e, version: '1'}}\nchannels:\n  created:\n    address: contact.created\n    messages:\n      Created:\n        payload: {payload}\noperations:\n  op:\n    action: {action}\n    channel: {{$ref: '#/channels/created'}}\n"
        )
    };
    accord_spec::load_str("events.yaml", &text).unwrap()
}

const OLD: &str = "{type: object, required: [id, phone], properties: {id: {type: string}, phone: {type: string}}}";
const REMOVED: &str = "{type: object, required: [id], properties: {id: {type: string}}}";
const OPTIONAL: &str =
    "{type: object, required: [id], properties: {id: {type: string}, phone: {type: string}}}";
const ADDED: &str = "{type: object, required: [id, phone], properties: {id: {type: string}, phone: {type: string}, tz: {type: string}}}";

fn verdict(version: &str, action: &str, new: &str, compat: Compat) -> Vec<(String, ChangeLevel)> {
    let options = DiffOptions {
        compat,
        ..DiffOptions::default()
    };
    let r = accord_diff::diff(
        &doc(version, action, OLD),
        &doc(version, action, new),
        &options,
    );
    r.changes.iter().map(|c| (c.id.clone(), c.level)).collect()
}

#[test]
fn consumer_side_by_direction() {
    for (version, send, receive) in [
        ("2.6.0", "subscribe", "publish"),
        ("3.0.0", "send", "receive"),
    ] {
        // a message the vendor sends: we consume it
        assert_eq!(
            verdict(version, send, REMOVED, Compat::Default),
            [("response-property-removed".into(), ChangeLevel::Breaking)],
            "{version}"
        );
        assert_eq!(
            verdict(version, send, OPTIONAL, Compat::Default),
            [(
                "response-property-became-optional".into(),
                ChangeLevel::Breaking
            )]
        );
        assert_eq!(
            verdict(version, send, ADDED, Compat::Default),
            [("response-property-added".into(), ChangeLevel::Info)]
        );
        // a message we send to the vendor: request rules
        assert_eq!(
            verdict(version, receive, REMOVED, Compat::Default),
            [("request-property-removed".into(), ChangeLevel::Warning)]
        );
        assert_eq!(
            verdict(version, receive, OPTIONAL, Compat::Default),
            [("request-property-became-optional".into(), ChangeLevel::Info)]
        );
    }
}

#[test]
fn compatibility_modes() {
    // BACKWARD: the new schema reads old data, i.e. request rules everywhere.
    assert_eq!(
        verdict("2.6.0", "subscribe", OPTIONAL, Compat::Backward),
        [("request-property-became-optional".into(), ChangeLevel::Info)]
    );
    // FORWARD: old readers read new data, i.e. response rules everywhere.
    assert_eq!(
        verdict("2.6.0", "publish", OPTIONAL, Compat::Forward),
        [(
            "response-property-became-optional".into(),
            ChangeLevel::Breaking
        )]
    );
    // FULL: the stricter of both.
    assert_eq!(
        verdict("2.6.0", "publish", REMOVED, Compat::Full),
        [("response-property-removed".into(), ChangeLevel::Breaking)]
    );
    let added_required = "{type: object, required: [id, phone, tz], properties: {id: {type: string}, phone: {type: string}, tz: {type: string}}}";
    assert_eq!(
        verdict("2.6.0", "subscribe", added_required, Compat::Full),
        [(
            "new-required-request-property".into(),
            ChangeLevel::Breaking
        )]
    );
    assert_eq!(
        verdict("2.6.0", "subscribe", added_required, Compat::Default),
        [("response-property-added".into(), ChangeLevel::Info)]
    );
}

#[test]
fn refs_renames_and_cycles_are_structural() {
    let inline = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {child: {type: object, properties: {name: {type: string}}}}}\n";
    let moved = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Node'}\ncomponents:\n  schemas:\n    Node: {type: object, properties: {child: {$ref: '#/components/schemas/Leaf'}}}\n    Leaf: {type: object, properties: {name: {type: string}}}\n";
    let renamed = moved.replace("Leaf", "Renamed");
    let a = accord_spec::load_str("a.yaml", inline).unwrap();
    let b = accord_spec::load_str("b.yaml", moved).unwrap();
    let c = accord_spec::load_str("c.yaml", &renamed).unwrap();
    let ids = |x: &accord_spec::Contract, y: &accord_spec::Contract| -> Vec<String> {
        accord_diff::diff(x, y, &DiffOptions::default())
            .changes
            .iter()
            .map(|c| c.id.clone())
            .collect()
    };
    assert_eq!(
        ids(&a, &b),
        ["component-schema-added", "component-schema-added"]
    );
    assert!(
        ids(&b, &c).is_empty(),
        "a rename is no change: {:?}",
        ids(&b, &c)
    );
    // cycles: a recursive schema against itself with one change deep inside
    let cyc = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/T'}\ncomponents:\n  schemas:\n    T: {type: object, properties: {kids: {type: array, items: {$ref: '#/components/schemas/T'}}, n: {type: integer}}}\n";
    let cyc2 = cyc.replace("n: {type: integer}", "n: {type: string}");
    let x = accord_spec::load_str("x.yaml", cyc).unwrap();
    let y = accord_spec::load_str("y.yaml", &cyc2).unwrap();
    assert_eq!(ids(&x, &y), ["response-type-changed"]);
    // allOf compared by its merged meaning
    let all = cyc.replace(
        "T: {type: object, properties: {kids: {type: array, items: {$ref: '#/components/schemas/T'}}, n: {type: integer}}}",
        "T: {allOf: [{type: object, properties: {kids: {type: array, items: {$ref: '#/components/schemas/T'}}}}, {type: object, properties: {n: {type: integer}}}]}",
    );
    let z = accord_spec::load_str("z.yaml", &all).unwrap();
    assert!(ids(&x, &z).is_empty(), "{:?}", ids(&x, &z));
}
