//! Bad input never panics, hangs or takes unbounded memory: it gets a clear message with
//! file:line:column. A document that cannot be loaded at all exits 2; one that loads but is
//! broken (dangling, cyclic, remote or escaping `$ref`) is a finding and exits 1.

mod common;

use std::path::Path;

use common::{accord_in, stderr, stdout};

const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1.0.0'}\n";

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// Validates `name` in `dir`; asserts the exit code, no panic, and returns stdout + stderr.
fn validate(dir: &Path, name: &str, expected_exit: i32) -> String {
    let out = accord_in(dir, &["validate", name]);
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!text.contains("panicked"), "{name} panicked:\n{text}");
    assert_eq!(out.status.code(), Some(expected_exit), "{name}:\n{text}");
    text
}

#[test]
fn unloadable_documents_exit_2_with_a_location() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "malformed.yaml",
            format!("{HEAD}paths:\n  /a:\n    get: [unclosed\n").into_bytes(),
            "malformed.yaml:",
        ),
        (
            "malformed.json",
            b"{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\",, }".to_vec(),
            "malformed.json:1:",
        ),
        (
            "wrong-structure.yaml",
            format!("{HEAD}paths: [1, 2]\n").into_bytes(),
            "wrong-structure.yaml:3:",
        ),
        ("empty.yaml", Vec::new(), "empty"),
        (
            "comments.yaml",
            b"# nothing but a comment\n".to_vec(),
            "empty",
        ),
        (
            "swagger.yaml",
            b"swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n".to_vec(),
            "swagger.yaml:1:1: this is a Swagger 2.0 document",
        ),
        (
            "not-utf8.yaml",
            [HEAD.as_bytes(), b"paths:\n  /caf\xe9: {}\n"].concat(),
            "not-utf8.yaml:4:",
        ),
        (
            "scalar.yaml",
            b"just a string\n".to_vec(),
            "must be a mapping",
        ),
        (
            "openapi2.yaml",
            b"openapi: 2.5.0\ninfo: {title: t, version: '1'}\n".to_vec(),
            "not a version Accord reads",
        ),
    ];
    for (name, bytes, needle) in cases {
        write(d, name, bytes);
        let text = validate(d, name, 2);
        assert!(
            text.contains(needle),
            "{name}: expected `{needle}` in:\n{text}"
        );
    }
}

#[test]
fn alias_bombs_and_deep_nesting_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut bomb =
        format!("{HEAD}paths: {{}}\nx-bomb:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        bomb.push_str(&format!(
            "  a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    write(d, "bomb.yaml", bomb);
    assert!(validate(d, "bomb.yaml", 2).contains("alias bomb"));

    let deep_json = format!(
        "{{\"openapi\": \"3.0.3\", \"x\": {}{}}}",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    write(d, "deep.json", deep_json);
    let text = validate(d, "deep.json", 2);
    assert!(text.contains("deep.json:1:"), "{text}");

    let mut deep_yaml = String::from(HEAD);
    deep_yaml.push_str("x-deep:\n");
    // Block nesting costs one more indent a level, so 1,000 levels (0.5 MB) already go far
    // past the depth limit without tripping the size limit first.
    for i in 0..1_000 {
        deep_yaml.push_str(&" ".repeat(i + 1));
        deep_yaml.push_str("a:\n");
    }
    write(d, "deep.yaml", deep_yaml);
    let text = validate(d, "deep.yaml", 2);
    assert!(text.contains("nesting deeper than"), "{text}");
}

#[test]
fn huge_documents_are_refused_before_parsing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut text = String::with_capacity(51 * 1024 * 1024);
    text.push_str(HEAD);
    text.push_str("paths: {}\nx-padding: |\n");
    while text.len() < 50 * 1024 * 1024 {
        text.push_str("  0123456789012345678901234567890123456789012345678901234567890123456789\n");
    }
    write(d, "huge.yaml", text);
    let out = validate(d, "huge.yaml", 2);
    assert!(
        out.contains("huge.yaml: the file is") && out.contains("limit"),
        "{out}"
    );
}

#[test]
fn broken_references_are_findings_and_the_rest_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "outside/secret.yaml", "TOP-SECRET-VALUE: do not print\n");
    let contract = format!(
        "{HEAD}paths:
  /a:
    get:
      operationId: getA
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  dangling: {{$ref: '#/components/schemas/Missing'}}
                  remote: {{$ref: 'https://schemas.example.com/common.json#/Money'}}
                  escaping: {{$ref: '../outside/secret.yaml'}}
                  cyclic: {{$ref: '#/components/schemas/LoopA'}}
                  fine: {{$ref: 'parts/money.yaml'}}
components:
  schemas:
    LoopA: {{$ref: '#/components/schemas/LoopB'}}
    LoopB: {{$ref: '#/components/schemas/LoopA'}}
"
    );
    write(d, "api/contract.yaml", contract);
    write(
        d,
        "api/parts/money.yaml",
        "type: object\nproperties:\n  amount: {type: string}\n  next: {$ref: '#'}\n",
    );
    let text = validate(d, "api/contract.yaml", 1);
    for needle in [
        "dangling-ref",
        "#/components/schemas/Missing",
        "remote-ref",
        "https://schemas.example.com/common.json#/Money",
        "escaping-ref",
        "cyclic-ref",
        "api/contract.yaml:15:",
        "\nvalidate: ",
    ] {
        assert!(text.contains(needle), "expected `{needle}` in:\n{text}");
    }
    assert!(
        !text.contains("TOP-SECRET"),
        "the escaping file's content was printed:\n{text}"
    );
    assert!(
        !text.contains("parts/money.yaml"),
        "the good relative reference was reported:\n{text}"
    );
}

#[test]
fn recursive_and_many_file_contracts_load_clean() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "api.yaml",
        format!(
            "{HEAD}paths:
  /nodes/{{id}}:
    parameters:
      - $ref: 'common/parameters.yaml#/Id'
    get:
      operationId: getNode
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Node'}}
components:
  schemas:
    Node:
      type: object
      properties:
        children: {{type: array, items: {{$ref: '#/components/schemas/Node'}}}}
        owner: {{$ref: 'common/schemas.yaml#/Owner'}}
"
        ),
    );
    write(
        d,
        "common/parameters.yaml",
        "Id: {name: id, in: path, required: true, schema: {type: string}}\n",
    );
    write(
        d,
        "common/schemas.yaml",
        "Owner: {type: object, properties: {manager: {$ref: '#/Owner'}}}\n",
    );
    let text = validate(d, "api.yaml", 0);
    assert!(text.contains("1 contract(s) valid"), "{text}");
}

#[test]
fn the_root_flag_names_the_folder_no_reference_may_leave() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "repo/common/schemas.yaml",
        "Money:\n  type: object\n  properties:\n    amount: {type: string}\n",
    );
    write(
        d,
        "repo/service/api.yaml",
        format!(
            "{HEAD}paths:
  /a:
    get:
      operationId: getA
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {{$ref: '../common/schemas.yaml#/Money'}}
"
        ),
    );
    // With neither accord.toml nor .git above it, the document's own folder is the boundary.
    let text = validate(d, "repo/service/api.yaml", 1);
    assert!(text.contains("escaping-ref"), "{text}");
    // `--root` widens it to the repository the shared schemas live in...
    let out = accord_in(d, &["--root", "repo", "validate", "repo/service/api.yaml"]);
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{text}");
    // ...or narrows it, after the subcommand as well as before.
    let out = accord_in(
        d,
        &[
            "validate",
            "repo/service/api.yaml",
            "--root",
            "repo/service",
        ],
    );
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("escaping-ref"), "{text}");
    // A root that is not a folder is a usage error.
    let out = accord_in(
        d,
        &["--root", "nowhere", "validate", "repo/service/api.yaml"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--root nowhere: not a folder"));
}
