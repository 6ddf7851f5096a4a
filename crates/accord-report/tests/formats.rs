//! Structural checks of each format: JSON round trips and exact shapes,
//! SARIF required keys, JUnit well-formedness, HTML escaping and counts,
//! GitHub commands, secret masking across every format, determinism.

mod common;

use accord_report::{
    DiffReport, EventReport, Format, LintReport, Render, RenderOptions, TestReport, json, junit,
};
use serde_json::Value;

fn opts() -> RenderOptions<'static> {
    common::options(None)
}

#[test]
fn json_round_trips() {
    let mut lint = common::lint();
    lint.sort();
    let back: LintReport = serde_json::from_str(&json::lint(&lint)).unwrap();
    assert_eq!(back, lint);

    let mut diff = common::diff();
    diff.sort();
    let back: DiffReport = serde_json::from_str(&json::diff(&diff)).unwrap();
    // Snippets and file labels are not part of the JSON shape.
    let mut expected = diff.clone();
    expected.old_file.clear();
    expected.new_file.clear();
    for c in &mut expected.changes {
        for side in [&mut c.old, &mut c.new].into_iter().flatten() {
            side.snippet = None;
        }
    }
    assert_eq!(back, expected);
    assert_eq!(json::diff(&back), json::diff(&diff));

    let mut events = common::events();
    events.sort();
    let back: EventReport = serde_json::from_str(&json::events(&events)).unwrap();
    assert_eq!(back, events);

    let mut test = common::test();
    test.failures.retain(|f| !f.reproduction.contains("SECRET"));
    test.contract.retain(|f| !f.message.contains("SECRET"));
    // Which checks passed is for JUnit; the JSON lists what failed and what did not run.
    for op in &mut test.coverage.operations {
        op.exercised.clear();
    }
    let back: TestReport = serde_json::from_str(&json::test(&test)).unwrap();
    assert_eq!(back, test);
}

/// Only text and markdown condense a repeated check: the machine-read formats keep every
/// change.
#[test]
fn machine_formats_keep_every_repeated_change() {
    let report = common::repeated_diff();
    let v: Value = serde_json::from_str(&json::diff(&report)).unwrap();
    assert_eq!(v["changes"].as_array().unwrap().len(), report.changes.len());
    let sarif: Value = serde_json::from_str(&report.render(Format::Sarif, &opts())).unwrap();
    assert_eq!(
        sarif["runs"][0]["results"].as_array().unwrap().len(),
        report.changes.len()
    );
    // GitHub annotations are read by people: one per breaking or warning root cause, none
    // for info (the summary line counts it).
    let github = report.render(Format::Github, &opts());
    assert!(!github.contains("response-variant-removed"), "{github}");
    assert!(github.ends_with(" 15 info\n"), "{github}");
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object().unwrap().keys().map(String::as_str).collect()
}

#[test]
fn json_shapes_are_exact() {
    let v: Value = serde_json::from_str(&json::diff(&common::diff())).unwrap();
    assert_eq!(keys(&v), ["format", "changes", "groups", "summary"]);
    assert_eq!(
        keys(&v["groups"][0]),
        [
            "id",
            "check",
            "level",
            "changes",
            "operations",
            "statuses",
            "media_types",
            "nodes",
            "affects"
        ]
    );
    assert_eq!(v["format"], "accord.diff/v1");
    assert_eq!(
        keys(&v["changes"][0]),
        [
            "id",
            "level",
            "operation",
            "channel",
            "message",
            "old",
            "new",
            "affects",
            "group"
        ]
    );
    assert_eq!(keys(&v["changes"][1]["old"]), ["file", "line", "pointer"]);
    assert_eq!(
        v["summary"],
        serde_json::json!({"breaking": 2, "warning": 1, "info": 1})
    );
    // Documented order: document, channels, then operations by id.
    let subjects: Vec<String> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("{} {} {}", c["operation"], c["channel"], c["id"]))
        .collect();
    assert_eq!(
        subjects,
        [
            "null \"customer.deleted\" \"message-removed\"",
            "\"GET /customers/{id}\" null \"response-enum-value-added\"",
            "\"GET /customers/{id}\" null \"response-property-removed\"",
            "\"POST /customers\" null \"operation-added\"",
        ]
    );
    assert_eq!(v["changes"][0]["new"], Value::Null);

    let v: Value = serde_json::from_str(&json::test(&common::test())).unwrap();
    assert_eq!(
        keys(&v),
        [
            "format",
            "failures",
            "contract_findings",
            "summary",
            "coverage"
        ]
    );
    assert_eq!(
        keys(&v["failures"][0]),
        ["check", "operation", "message", "reproduction"]
    );
    assert_eq!(
        keys(&v["contract_findings"][0]),
        [
            "id",
            "operation",
            "file",
            "line",
            "column",
            "pointer",
            "message",
            "error"
        ]
    );
    assert_eq!(
        keys(&v["contract_findings"][0]["error"]),
        ["pointer", "message"]
    );
    // Documented order: by place in the contract.
    assert_eq!(v["contract_findings"][0]["line"], 21);
    assert_eq!(
        keys(&v["summary"]),
        [
            "operations",
            "requests",
            "failures",
            "duration_ms",
            "contract_findings"
        ]
    );
    assert_eq!(v["summary"]["failures"], 3);
    assert_eq!(v["summary"]["contract_findings"], 2);
    assert_eq!(
        keys(&v["coverage"]),
        [
            "operations_total",
            "operations_exercised",
            "stopped_by",
            "operations"
        ]
    );
    assert_eq!(v["coverage"]["stopped_by"], "max-duration");
    assert_eq!(
        keys(&v["coverage"]["operations"][0]),
        ["operation", "requests", "statuses", "not_exercised"]
    );
    assert_eq!(
        keys(&v["coverage"]["operations"][0]["not_exercised"][0]),
        ["check", "reason"]
    );
    assert_eq!(v["coverage"]["operations"][1]["statuses"]["2xx"], 55);

    let v: Value = serde_json::from_str(&json::events(&common::events())).unwrap();
    assert_eq!(keys(&v), ["format", "failures", "summary"]);
    assert_eq!(
        keys(&v["failures"][0]),
        ["line", "channel", "check", "pointer", "message"]
    );
    assert_eq!(
        v["summary"],
        serde_json::json!({"events": 10, "failures": 3})
    );

    let v: Value = serde_json::from_str(&json::lint(&common::lint())).unwrap();
    assert_eq!(
        v["summary"],
        serde_json::json!({"error": 1, "warning": 1, "info": 1})
    );
    assert!(json::lint(&common::lint()).ends_with("}\n"));
}

#[test]
fn sarif_has_required_keys() {
    let cases = [
        common::lint().render(Format::Sarif, &opts()),
        common::diff().render(Format::Sarif, &opts()),
        common::test().render(Format::Sarif, &opts()),
        common::events().render(Format::Sarif, &opts()),
    ];
    for sarif in cases {
        let v: Value = serde_json::from_str(&sarif).unwrap();
        assert!(v["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
        assert_eq!(v["version"], "2.1.0");
        let run = &v["runs"][0];
        let driver = &run["tool"]["driver"];
        assert_eq!(driver["name"], "accord");
        let rules = driver["rules"].as_array().unwrap();
        assert!(!rules.is_empty());
        for rule in rules {
            let id = rule["id"].as_str().unwrap();
            assert!(rule["shortDescription"]["text"].is_string());
            assert_eq!(
                rule["helpUri"],
                format!("https://accord.example/rules/{id}")
            );
        }
        for result in run["results"].as_array().unwrap() {
            let id = result["ruleId"].as_str().unwrap();
            let index = result["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], id);
            assert!(["error", "warning", "note"].contains(&result["level"].as_str().unwrap()));
            assert!(result["message"]["text"].is_string());
            assert!(!result["locations"].as_array().unwrap().is_empty());
        }
    }
    let v: Value = serde_json::from_str(&common::lint().render(Format::Sarif, &opts())).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    let loc = &results[2]["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "contracts/pets.yaml");
    assert_eq!(loc["region"]["startLine"], 7);
    assert_eq!(loc["region"]["startColumn"], 5);
    assert_eq!(results[2]["level"], "error");
    // Unknown column: no startColumn.
    assert!(results[0]["locations"][0]["physicalLocation"]["region"]["startColumn"].is_null());

    // Diff: new side, or old side when removed.
    let v: Value = serde_json::from_str(&common::diff().render(Format::Sarif, &opts())).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    let result = |id: &str| {
        results
            .iter()
            .find(|r| r["ruleId"] == id)
            .unwrap_or_else(|| panic!("no {id}"))
    };
    let uri = |id: &str| {
        result(id)["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].clone()
    };
    assert_eq!(uri("message-removed"), "vendors/acme/v1.yaml");
    assert_eq!(uri("response-property-removed"), "vendors/acme/v2.yaml");
    assert_eq!(result("operation-added")["level"], "note");
    // Root causes in review order: breaking (affecting our mappings first), then the rest.
    assert_eq!(results[0]["ruleId"], "response-property-removed");
    assert_eq!(results[3]["level"], "note");
}

#[test]
fn junit_is_well_formed_xml() {
    let all = [
        common::lint().render(Format::Junit, &opts()),
        common::diff().render(Format::Junit, &opts()),
        common::test().render(Format::Junit, &opts()),
        common::events().render(Format::Junit, &opts()),
        LintReport::default().render(Format::Junit, &opts()),
        TestReport::default().render(Format::Junit, &opts()),
    ];
    for xml in &all {
        let names = common::check_xml(xml).unwrap_or_else(|e| panic!("{e}\n{xml}"));
        assert_eq!(names[0], "testsuites");
        assert!(names.contains(&"testsuite".to_string()));
        assert!(names.contains(&"testcase".to_string()));
    }
    // One testcase per rule; only errors fail.
    let lint = &all[0];
    assert_eq!(lint.matches("<testcase ").count(), 3);
    assert_eq!(lint.matches("<failure ").count(), 1);
    assert!(lint.contains("&lt;script&gt;"));
    // One testcase per (operation, check), passing and skipped ones included, and one
    // failing `coverage` case for the run that stopped early.
    // The contract's findings are a `contract` suite of skipped cases, failing nothing.
    assert_eq!(all[2].matches("<testcase ").count(), 16);
    assert_eq!(all[2].matches("<failure ").count(), 3);
    assert_eq!(all[2].matches("<skipped ").count(), 6);
    assert!(all[2].contains(
        "<testsuite name=\"contract\" tests=\"2\" failures=\"0\" errors=\"0\" skipped=\"2\""
    ));
    assert!(all[2].contains("<skipped message=\"no 2xx create to replay (it answered 422)\"/>"));
    assert!(all[2].contains("tests=\"4\" failures=\"0\" errors=\"0\" skipped=\"1\""));
    assert!(common::check_xml("<a><b></a></b>").is_err());
    assert!(common::check_xml("<a>x & y</a>").is_err());
    assert_eq!(junit::escape("\u{0}<"), "&lt;");
}

#[test]
fn html_is_self_contained_and_escaped() {
    let sources = common::sources();
    let page = common::lint().render(Format::Html, &common::options(Some(&sources)));
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("<script"));
    assert!(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(!page.contains("<link") && !page.contains("src=\"http"));
    assert!(page.contains("<span data-count=\"error\">1</span>"));
    assert!(page.contains("<mark>7 |     get:</mark>"));

    let page = common::diff().render(Format::Html, &opts());
    let json: Value = serde_json::from_str(&json::diff(&common::diff())).unwrap();
    for level in ["breaking", "warning", "info"] {
        let n = json["summary"][level].as_u64().unwrap();
        assert!(page.contains(&format!("<span data-count=\"{level}\">{n}</span>")));
    }
    // Side by side: the removed `email` lines are highlighted on the old side.
    assert!(page.contains("<td class=\"ln\">44</td><td class=\"code del\"><pre>  email:</pre></td><td class=\"ln\"></td><td class=\"code none\"></td>"));

    let page = common::test().render(Format::Html, &opts());
    assert!(page.contains("<span data-count=\"failures\">3</span>"));
    assert!(page.contains("<span data-count=\"requests\">120</span>"));

    // Composition.
    let composed = accord_report::html::page(
        "Review <all>",
        &[
            accord_report::html::lint_section(&common::lint(), "pets", None),
            accord_report::html::diff_section(&common::diff(), "acme"),
            accord_report::html::test_section(&common::test(), "acme live"),
            accord_report::html::events_section(&common::events(), "events"),
        ],
    );
    assert!(composed.contains("<title>Review &lt;all&gt;</title>"));
    for kind in ["lint", "diff", "test", "events"] {
        assert!(composed.contains(&format!("data-report=\"{kind}\"")));
    }
}

#[test]
fn secrets_never_appear() {
    let report = common::test();
    for format in Format::ALL {
        let out = report.render(format, &opts());
        for secret in ["SECRET1", "SECRET2", "SECRET3", "SECRET4"] {
            assert!(!out.contains(secret), "{secret} leaked in {format}:\n{out}");
        }
    }
}

#[test]
fn output_is_deterministic() {
    let mut shuffled = common::diff();
    shuffled.changes.reverse();
    let mut lint = common::lint();
    lint.diagnostics.reverse();
    for format in Format::ALL {
        assert_eq!(
            shuffled.render(format, &opts()),
            common::diff().render(format, &opts()),
            "{format}"
        );
        assert_eq!(
            lint.render(format, &opts()),
            common::lint().render(format, &opts()),
            "{format}"
        );
    }
}

#[test]
fn github_commands() {
    let out = common::lint().render(Format::Github, &opts());
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "::notice file=contracts/a%2C b.yaml,line=3,title=accord info[description-no-html]::Description contains <script>alert(\"x\")</script> & markup | pipes"
    );
    assert!(lines[2].starts_with("::error file=contracts/pets.yaml,line=7,col=5,title=accord error[operation-id-required]::Operation has no operationId%0Ahelp: "));
    let out = common::diff().render(Format::Github, &opts());
    assert!(out.contains("::warning file=vendors/acme/v2.yaml,line=49,"));
}

#[test]
fn fail_levels() {
    use accord_report::{ChangeLevel, LintLevel};
    let diff = common::diff();
    assert_eq!(diff.worst(), Some(ChangeLevel::Breaking));
    assert!(diff.exceeds(ChangeLevel::Breaking));
    assert_eq!(diff.exit_code(ChangeLevel::Breaking), 1);
    let lint = common::lint();
    assert_eq!(lint.count(LintLevel::Warning), 1);
    assert!(lint.exceeds(LintLevel::Error));
    assert!(common::test().has_failures());
    assert_eq!(EventReport::default().exit_code(), 0);
}
