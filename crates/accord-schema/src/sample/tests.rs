//! Unit tests of the sample generator: each constraint kind met, budgets held, what cannot
//! be met reported.

use serde_json::json;

use super::*;

fn contract(schemas: &str) -> Contract {
    let doc = format!(
        "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
    );
    accord_spec::load_str("t.yaml", &doc).unwrap()
}

fn valid(c: &Contract, name: &str) -> Value {
    let id = c.components[name];
    let s = generate(c, id, Direction::Response, &SampleOptions::default());
    assert!(s.is_valid(), "{name}: {:?} {}", s.unmet, s.value);
    let issues = Validator::new(c, id, Direction::Response).issues(&s.value);
    assert_eq!(issues, vec![], "{name}: {}", s.value);
    s.value
}

#[test]
fn constraints_are_met() {
    let c = contract(
        r#"
    Invoice:
      type: object
      required: [id, total, status, lines, issuedAt, code, ratio, tags]
      properties:
        id: {type: string, format: uuid}
        total: {type: integer, minimum: 10, maximum: 20, multipleOf: 7}
        status: {type: string, enum: [draft, paid]}
        issuedAt: {type: string, format: date-time}
        code: {type: string, pattern: '^[A-Z]{3}-\d{4}$'}
        ratio: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1}
        note: {type: [string, 'null'], minLength: 12}
        tags: {type: array, minItems: 3, uniqueItems: true, items: {type: string, maxLength: 8}}
        lines:
          type: array
          minItems: 2
          items: {$ref: '#/components/schemas/Line'}
    Line:
      type: object
      required: [qty]
      properties:
        qty: {type: number, exclusiveMinimum: 0}
        parent: {$ref: '#/components/schemas/Line'}
"#,
    );
    let v = valid(&c, "Invoice");
    assert_eq!(v["total"], json!(14));
    assert_eq!(v["lines"].as_array().unwrap().len(), 2);
    assert_eq!(v["ratio"], json!(0.5));
    assert!(v["code"].as_str().unwrap().len() == 8, "{v}");
    // An optional member that re-enters its own schema is left out.
    assert!(v["lines"][0].get("parent").is_none(), "{v}");
}

#[test]
fn composition_picks_a_member_that_validates() {
    let c = contract(
        r#"
    Pet:
      oneOf:
        - {$ref: '#/components/schemas/Cat'}
        - {$ref: '#/components/schemas/Dog'}
      discriminator:
        propertyName: kind
        mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}
    Cat:
      type: object
      required: [kind, lives]
      properties:
        kind: {type: string}
        lives: {type: integer, minimum: 1, maximum: 9}
    Dog:
      type: object
      required: [kind]
      properties:
        kind: {type: string}
    Either:
      type: object
      properties:
        a: {type: string}
      oneOf:
        - required: [a]
          properties: {a: {type: string}}
        - required: [b]
          properties: {b: {type: integer}}
    Exclusive:
      oneOf:
        - {type: integer}
        - {type: number, minimum: 5}
    Merged:
      allOf:
        - {$ref: '#/components/schemas/Dog'}
        - type: object
          required: [name]
          properties:
            name: {type: string, minLength: 3, maxLength: 3}
"#,
    );
    // A cat is a dog too (a dog needs only a kind): only a dog is exactly one of them.
    assert_eq!(valid(&c, "Pet")["kind"], json!("dog"));
    assert!(valid(&c, "Either").get("a").is_some());
    assert_eq!(valid(&c, "Exclusive"), json!(1));
    assert_eq!(valid(&c, "Merged")["name"], json!("str"));
}

#[test]
fn invalid_examples_are_replaced_and_reported() {
    let c = contract(
        r#"
    Page:
      type: object
      required: [items]
      properties:
        items: {type: array, minItems: 1, items: {$ref: '#/components/schemas/Node'}}
      example: {items: [], cursor: null}
    Node:
      type: object
      required: [id]
      properties:
        id: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
      example: {name: orphan}
"#,
    );
    let id = c.components["Page"];
    let s = generate(&c, id, Direction::Response, &SampleOptions::default());
    assert!(s.is_valid(), "{:?}", s.unmet);
    let at: Vec<&str> = s
        .replaced_examples
        .iter()
        .map(|r| r.pointer.as_str())
        .collect();
    assert_eq!(at, ["", "/items/0"], "{:?}", s.replaced_examples);
    assert_eq!(
        s.value,
        json!({"items": [{"id": "string", "children": []}]})
    );
}

#[test]
fn recursion_and_size_are_bounded() {
    let c = contract(
        r#"
    Node:
      type: object
      required: [next]
      properties:
        next: {$ref: '#/components/schemas/Node'}
    Wide:
      type: object
      properties:
        a: {$ref: '#/components/schemas/Wide'}
        b: {$ref: '#/components/schemas/Wide'}
        e: {type: string}
    Huge: {type: array, minItems: 100000, items: {type: string}}
    Never: {not: {}}
    Clash: {type: integer, minimum: 5, maximum: 3}
"#,
    );
    let s = generate(
        &c,
        c.components["Node"],
        Direction::Response,
        &SampleOptions::default(),
    );
    assert_eq!(s.unmet[0].kind, UnmetKind::OverBudget, "{:?}", s.unmet);
    assert_eq!(valid(&c, "Wide"), json!({"e": "string"}));
    let s = generate(
        &c,
        c.components["Huge"],
        Direction::Response,
        &SampleOptions::default(),
    );
    assert_eq!(s.unmet[0].kind, UnmetKind::OverBudget);
    let s = generate(
        &c,
        c.components["Clash"],
        Direction::Response,
        &SampleOptions::default(),
    );
    assert_eq!(s.unmet[0].kind, UnmetKind::Unsatisfiable, "{:?}", s.unmet);
    let s = generate(
        &c,
        c.components["Never"],
        Direction::Response,
        &SampleOptions::default(),
    );
    assert!(!s.is_valid());
}

#[test]
fn patterns_are_drawn_per_seed() {
    let c = contract(
        r#"
    Phone: {type: string, pattern: '^\+[1-9][0-9]{6,14}$'}
    Word: {type: string, pattern: '^\w+$', minLength: 20}
"#,
    );
    valid(&c, "Word");
    let phone = |seed| {
        generate(
            &c,
            c.components["Phone"],
            Direction::Response,
            &SampleOptions::seeded(seed),
        )
    };
    assert_eq!(phone(1), phone(1), "deterministic per seed");
    let draws: std::collections::BTreeSet<String> =
        (0..8).map(|seed| phone(seed).value.to_string()).collect();
    assert!(draws.len() > 1, "{draws:?}");
    for seed in 0..8 {
        assert!(phone(seed).is_valid());
    }
}

#[test]
fn directions_leave_out_hidden_members() {
    let c = contract(
        r#"
    User:
      type: object
      required: [id, password]
      properties:
        id: {type: string, readOnly: true}
        password: {type: string, writeOnly: true}
"#,
    );
    let id = c.components["User"];
    assert_eq!(sample(&c, id, Direction::Response), json!({"id": "string"}));
    assert_eq!(
        sample(&c, id, Direction::Request),
        json!({"password": "string"})
    );
}
