//! Shared fixtures for the integration tests: one small report of each kind,
//! the sources their excerpts come from, and a minimal XML well-formedness
//! checker (enough to prove the JUnit output parses).

#![allow(dead_code)]

use std::collections::BTreeMap;

use accord_report::{
    Change, ChangeLevel, ChangeSide, Diagnostic, DiffReport, EventFailure, EventReport, LintLevel,
    LintReport, Location, RenderOptions, SourceProvider, TestFailure, TestReport,
};

pub const PETS_YAML: &str = "openapi: 3.1.0\ninfo:\n  title: Pets\n  version: 1.0.0\npaths:\n  /pets:\n    get:\n      responses:\n        '200':\n          description: ok\n";

pub fn sources() -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    m.insert("contracts/pets.yaml".to_string(), PETS_YAML.to_string());
    m
}

pub fn options(sources: Option<&dyn SourceProvider>) -> RenderOptions<'_> {
    RenderOptions {
        color: false,
        sources,
        tool_version: "0.0.0-test",
        title: None,
        max_items: 50,
        summary_label: None,
        operations: None,
        events_source: None,
    }
}

pub fn lint() -> LintReport {
    LintReport::new(vec![
        Diagnostic {
            rule: "info-contact-required".into(),
            level: LintLevel::Warning,
            location: Location::new("contracts/pets.yaml", 2, 1, "/info"),
            operation: None,
            message: "The info object has no contact".into(),
            help: "Add info.contact with the owning team's email".into(),
        },
        Diagnostic {
            rule: "operation-id-required".into(),
            level: LintLevel::Error,
            location: Location::new("contracts/pets.yaml", 7, 5, "/paths/~1pets/get"),
            operation: Some("GET /pets".into()),
            message: "Operation has no operationId".into(),
            help: "Add an operationId in camelCase, e.g. `listPets`".into(),
        },
        Diagnostic {
            rule: "description-no-html".into(),
            level: LintLevel::Info,
            location: Location::new("contracts/a, b.yaml", 3, 0, "/info/description"),
            operation: None,
            message: "Description contains <script>alert(\"x\")</script> & markup | pipes".into(),
            help: String::new(),
        },
    ])
}

pub fn diff() -> DiffReport {
    DiffReport::new(
        "vendors/acme/v1.yaml",
        "vendors/acme/v2.yaml",
        vec![
            Change {
                id: "response-property-removed".into(),
                level: ChangeLevel::Breaking,
                operation: Some("GET /customers/{id}".into()),
                channel: None,
                message: "Response property `email` was removed from 200 application/json".into(),
                old: Some(ChangeSide {
                    file: "vendors/acme/v1.yaml".into(),
                    line: 40,
                    pointer: "/components/schemas/Customer".into(),
                    snippet: Some("type: object\nproperties:\n  id:\n    type: string\n  email:\n    type: string\n".into()),
                }),
                new: Some(ChangeSide {
                    file: "vendors/acme/v2.yaml".into(),
                    line: 42,
                    pointer: "/components/schemas/Customer".into(),
                    snippet: Some("type: object\nproperties:\n  id:\n    type: string\n".into()),
                }),
                affects: vec!["mappings/acme-customer.yaml: Customer.email".into()],
                group: String::new(),
                place: String::new(),
            },
            Change {
                id: "operation-added".into(),
                level: ChangeLevel::Info,
                operation: Some("POST /customers".into()),
                channel: None,
                message: "Operation was added".into(),
                old: None,
                new: Some(ChangeSide {
                    file: "vendors/acme/v2.yaml".into(),
                    line: 12,
                    pointer: "/paths/~1customers/post".into(),
                    snippet: None,
                }),
                affects: vec![],
                group: String::new(),
                place: String::new(),
            },
            Change {
                id: "response-enum-value-added".into(),
                level: ChangeLevel::Warning,
                operation: Some("GET /customers/{id}".into()),
                channel: None,
                message: "Response enum `status` gained `archived`; clients must tolerate unknown values".into(),
                old: Some(ChangeSide {
                    file: "vendors/acme/v1.yaml".into(),
                    line: 50,
                    pointer: "/components/schemas/Status".into(),
                    snippet: Some("enum: [active, closed]\n".into()),
                }),
                new: Some(ChangeSide {
                    file: "vendors/acme/v2.yaml".into(),
                    line: 49,
                    pointer: "/components/schemas/Status".into(),
                    snippet: Some("enum: [active, closed, archived]\n".into()),
                }),
                affects: vec![],
                group: String::new(),
                place: String::new(),
            },
            Change {
                id: "message-removed".into(),
                level: ChangeLevel::Breaking,
                operation: None,
                channel: Some("customer.deleted".into()),
                message: "Message `CustomerDeleted` was removed".into(),
                old: Some(ChangeSide {
                    file: "vendors/acme/v1.yaml".into(),
                    line: 90,
                    pointer: "/channels/customer.deleted".into(),
                    snippet: Some("subscribe:\n  message:\n    $ref: '#/components/messages/CustomerDeleted'\n".into()),
                }),
                new: None,
                affects: vec![],
                group: String::new(),
                place: String::new(),
            },
        ],
    )
}

/// [`diff`] plus one info check reported 14 times across 7 operations: more often than the
/// text and markdown diffs list one check one by one.
pub fn repeated_diff() -> DiffReport {
    let mut report = diff();
    let operations = [
        "GET /customers",
        "GET /customers/{id}",
        "GET /invoices",
        "GET /invoices/{id}",
        "GET /payments",
        "POST /invoices",
        "POST /payments",
    ];
    for (i, op) in operations.iter().enumerate() {
        for (j, variant) in ["Legacy", "Deprecated"].iter().enumerate() {
            report.changes.push(Change {
                id: "response-variant-removed".into(),
                level: ChangeLevel::Info,
                operation: Some((*op).into()),
                channel: None,
                message: format!("Response variant `{variant}Source` of `source` was removed"),
                old: Some(ChangeSide {
                    file: "vendors/acme/v1.yaml".into(),
                    line: (200 + 10 * i + j) as u32,
                    pointer: format!("/components/schemas/{variant}Source"),
                    snippet: None,
                }),
                new: None,
                affects: vec![],
                group: String::new(),
                place: String::new(),
            });
        }
    }
    report
}

pub fn test() -> TestReport {
    TestReport {
        failures: vec![
            TestFailure {
                check: "not_a_server_error".into(),
                operation: "GET /pets/{petId}".into(),
                message: "Received 500 Internal Server Error".into(),
                reproduction: "curl -X GET 'https://api.example.test/pets/0?access_token=SECRET1' -H 'Authorization: Bearer SECRET2'".into(),
            },
            TestFailure {
                check: "response_schema_conformance".into(),
                operation: "GET /pets".into(),
                message: "/0/name: null is not of type \"string\"".into(),
                reproduction: "curl -X GET 'https://api.example.test/pets' -H 'X-API-Key: SECRET3'".into(),
            },
            TestFailure {
                check: "not_a_server_error".into(),
                operation: "GET /pets/{petId}".into(),
                message: "Received 502 Bad Gateway".into(),
                reproduction: "curl -X GET 'https://api.example.test/pets/-1'".into(),
            },
        ],
        operations: 4,
        requests: 120,
        duration_ms: 2345,
        coverage: test_coverage(),
        verdict: None,
        contract: test_contract(),
    }
}

/// Two examples of the contract that fail their own schemas (given out of order), one
/// quoting a token the renderers must mask.
fn test_contract() -> Vec<accord_report::ContractFinding> {
    use accord_report::{ContractFinding, Location, ValidationError};
    vec![
        ContractFinding {
            id: "invalid-example".into(),
            operation: "POST /pets".into(),
            location: Location::new("petstore.yaml", 88, 17, "/paths/~1pets/post/requestBody/content/application~1json/example"),
            message: "the example of the request body (application/json) does not match its schema at `/age`: -1 is less than the minimum of 0".into(),
            error: ValidationError {
                pointer: "/age".into(),
                message: "-1 is less than the minimum of 0".into(),
            },
        },
        ContractFinding {
            id: "invalid-example".into(),
            operation: "GET /pets".into(),
            location: Location::new("petstore.yaml", 21, 20, "/paths/~1pets/get/parameters/1/example"),
            message: "the example of header parameter `X-Upstream-Auth` does not match its schema: \"Bearer SECRET4\" does not match \"^Token \"".into(),
            error: ValidationError {
                pointer: String::new(),
                message: "\"Bearer SECRET4\" does not match \"^Token \"".into(),
            },
        },
    ]
}

/// Four operations, one not reached before the time budget ran out.
fn test_coverage() -> accord_report::TestCoverage {
    use accord_report::{
        GeneratedInput, NotExercised, OperationCoverage, StopReason, TestCoverage,
    };
    let statuses = |pairs: &[(&str, u64)]| pairs.iter().map(|(k, n)| (k.to_string(), *n)).collect();
    let passive = [
        "not_a_server_error",
        "status_code_conformance",
        "response_schema_conformance",
    ];
    TestCoverage {
        operations_total: 4,
        operations_exercised: 3,
        stopped_by: Some(StopReason::MaxDuration),
        operations: vec![
            OperationCoverage {
                operation: "DELETE /pets/{petId}".into(),
                requests: 0,
                statuses: statuses(&[]),
                not_exercised: passive
                    .iter()
                    .map(|c| NotExercised {
                        check: c.to_string(),
                        reason: "budget spent".into(),
                    })
                    .collect(),
                generated: vec![],
                exercised: vec![],
            },
            OperationCoverage {
                operation: "GET /pets".into(),
                requests: 60,
                statuses: statuses(&[("2xx", 55), ("4xx", 5)]),
                not_exercised: vec![],
                generated: vec![GeneratedInput {
                    location: "header".into(),
                    name: "X-Tenant-Id".into(),
                }],
                exercised: passive.iter().map(|c| c.to_string()).collect(),
            },
            OperationCoverage {
                operation: "GET /pets/{petId}".into(),
                requests: 52,
                statuses: statuses(&[("2xx", 40), ("4xx", 10), ("5xx", 2)]),
                not_exercised: vec![],
                generated: vec![],
                exercised: passive.iter().map(|c| c.to_string()).collect(),
            },
            OperationCoverage {
                operation: "POST /pets".into(),
                requests: 8,
                statuses: statuses(&[("4xx", 8)]),
                not_exercised: vec![NotExercised {
                    check: "idempotency_replay".into(),
                    reason: "no 2xx create to replay (it answered 422)".into(),
                }],
                generated: vec![],
                exercised: passive.iter().map(|c| c.to_string()).collect(),
            },
        ],
    }
}

pub fn events() -> EventReport {
    EventReport {
        failures: vec![
            EventFailure {
                line: 7,
                channel: "customer.created".into(),
                check: "payload_schema".into(),
                pointer: "/payload/email".into(),
                message: "\"not-an-email\" is not a \"email\"".into(),
            },
            EventFailure {
                line: 3,
                channel: "customer.created".into(),
                check: "payload_schema".into(),
                pointer: "/payload".into(),
                message: "\"id\" is a required property".into(),
            },
            EventFailure {
                line: 5,
                channel: "order.shipped".into(),
                check: "unknown_message".into(),
                pointer: String::new(),
                message: "No message named `OrderShipped2` on this channel".into(),
            },
        ],
        events: 10,
    }
}

/// Check that `xml` is well formed: one root, balanced tags, quoted
/// attributes without duplicates, only known entity references, no stray
/// `<` or `&`. Returns the element names in document order.
pub fn check_xml(xml: &str) -> Result<Vec<String>, String> {
    let mut rest = xml;
    if let Some(r) = rest.strip_prefix("<?xml") {
        let end = r.find("?>").ok_or("unterminated declaration")?;
        rest = &r[end + 2..];
    }
    let mut stack: Vec<String> = Vec::new();
    let mut names = Vec::new();
    let mut roots = 0;
    while !rest.is_empty() {
        match rest.find('<') {
            None => {
                check_text(rest)?;
                if !rest.trim().is_empty() {
                    return Err("text after the root".into());
                }
                break;
            }
            Some(i) => {
                let text = &rest[..i];
                check_text(text)?;
                if stack.is_empty() && !text.trim().is_empty() {
                    return Err(format!("text outside the root: {text:?}"));
                }
                rest = &rest[i + 1..];
                let end = rest.find('>').ok_or("unterminated tag")?;
                let tag = &rest[..end];
                rest = &rest[end + 1..];
                if let Some(name) = tag.strip_prefix('/') {
                    let open = stack.pop().ok_or("close without open")?;
                    if open != name.trim() {
                        return Err(format!("</{name}> closes <{open}>"));
                    }
                    continue;
                }
                let self_closing = tag.ends_with('/');
                let tag = tag.trim_end_matches('/');
                let name: String = tag.chars().take_while(|c| !c.is_whitespace()).collect();
                if name.is_empty()
                    || !name
                        .chars()
                        .all(|c| c.is_alphanumeric() || "-_:.".contains(c))
                {
                    return Err(format!("bad element name {name:?}"));
                }
                check_attributes(&tag[name.len()..])?;
                if stack.is_empty() {
                    roots += 1;
                }
                names.push(name.clone());
                if !self_closing {
                    stack.push(name);
                }
            }
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed elements {stack:?}"));
    }
    if roots != 1 {
        return Err(format!("{roots} root elements"));
    }
    Ok(names)
}

fn check_text(text: &str) -> Result<(), String> {
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        rest = &rest[i + 1..];
        let end = rest.find(';').ok_or("unterminated entity")?;
        let entity = &rest[..end];
        let ok = matches!(entity, "amp" | "lt" | "gt" | "quot" | "apos")
            || entity
                .strip_prefix('#')
                .is_some_and(|n| n.parse::<u32>().is_ok());
        if !ok {
            return Err(format!("unknown entity &{entity};"));
        }
    }
    if text
        .chars()
        .any(|c| (c as u32) < 0x20 && !"\t\n\r".contains(c))
    {
        return Err("control character".into());
    }
    Ok(())
}

fn check_attributes(mut attrs: &str) -> Result<(), String> {
    let mut seen = Vec::new();
    loop {
        attrs = attrs.trim_start();
        if attrs.is_empty() {
            return Ok(());
        }
        let eq = attrs
            .find('=')
            .ok_or(format!("attribute without value: {attrs:?}"))?;
        let name = attrs[..eq].trim().to_string();
        if seen.contains(&name) {
            return Err(format!("duplicate attribute {name}"));
        }
        seen.push(name);
        let value = attrs[eq + 1..].trim_start();
        let value = value.strip_prefix('"').ok_or("unquoted attribute")?;
        let end = value.find('"').ok_or("unterminated attribute")?;
        let v = &value[..end];
        if v.contains('<') {
            return Err("`<` in attribute".into());
        }
        check_text(v)?;
        attrs = &value[end + 1..];
    }
}
