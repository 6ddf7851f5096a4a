//! JUnit XML (`--format junit`) for CI test dashboards.
//!
//! Layout: one `<testsuites>` holding one `<testsuite>` per file (lint), per
//! report (diff), per operation (test) or per channel (events); one
//! `<testcase>` per rule, change id or check in it. A testcase fails
//! (`<failure>`) when it holds an `error` diagnostic or a `breaking` change,
//! or any conformance or event failure; warnings and info are listed in the
//! testcase's `<system-out>` and do not fail it. A test run's contract findings (an
//! example that fails its own schema) form a `contract` suite of skipped cases, one per
//! finding: the run skipped that example, and the API is not to blame. A report with no findings
//! yields one passing testcase so dashboards show the run. All text is XML
//! escaped and characters XML 1.0 forbids are dropped.

use crate::RenderOptions;
use crate::mask::mask_secrets;
use crate::model::{ChangeLevel, DiffReport, EventReport, LintLevel, LintReport, TestReport};
use crate::util::group_by;

/// Escape text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escape for an attribute, keeping newlines as character references so
/// parsers do not normalise them to spaces.
fn attr(text: &str) -> String {
    escape(text)
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
        .replace('\t', "&#9;")
}

struct Case {
    name: String,
    classname: String,
    /// `(type, message, body)` when the case fails.
    failure: Option<(String, String, String)>,
    system_out: String,
    /// Why the case did not run (`<skipped>`), for checks a test run did not exercise.
    skipped: Option<String>,
}

struct Suite {
    name: String,
    cases: Vec<Case>,
    time_ms: u64,
}

fn write(name: &str, suites: &[Suite], options: &RenderOptions<'_>) -> String {
    let tests: usize = suites.iter().map(|s| s.cases.len()).sum();
    let failures: usize = suites
        .iter()
        .flat_map(|s| &s.cases)
        .filter(|c| c.failure.is_some())
        .count();
    let total_ms: u64 = suites.iter().map(|s| s.time_ms).sum();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(&format!(
        "<testsuites name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" time=\"{}\">\n",
        attr(options.title.as_deref().unwrap_or(name)),
        seconds(total_ms)
    ));
    for suite in suites {
        let f = suite.cases.iter().filter(|c| c.failure.is_some()).count();
        let skipped = suite.cases.iter().filter(|c| c.skipped.is_some()).count();
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{f}\" errors=\"0\" skipped=\"{skipped}\" time=\"{}\">\n",
            attr(&suite.name),
            suite.cases.len(),
            seconds(suite.time_ms)
        ));
        out.push_str(&format!(
            "    <properties>\n      <property name=\"accord.version\" value=\"{}\"/>\n    </properties>\n",
            attr(options.tool_version)
        ));
        for case in &suite.cases {
            out.push_str(&format!(
                "    <testcase name=\"{}\" classname=\"{}\"",
                attr(&case.name),
                attr(&case.classname)
            ));
            if case.failure.is_none() && case.system_out.is_empty() && case.skipped.is_none() {
                out.push_str("/>\n");
                continue;
            }
            out.push_str(">\n");
            if let Some((ty, message, body)) = &case.failure {
                out.push_str(&format!(
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                    attr(ty),
                    attr(message),
                    escape(body)
                ));
            }
            if let Some(reason) = &case.skipped {
                out.push_str(&format!("      <skipped message=\"{}\"/>\n", attr(reason)));
            }
            if !case.system_out.is_empty() {
                out.push_str(&format!(
                    "      <system-out>{}</system-out>\n",
                    escape(&case.system_out)
                ));
            }
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

fn seconds(ms: u64) -> String {
    format!("{}.{:03}", ms / 1000, ms % 1000)
}

fn passing(suite: &str, case: &str) -> Suite {
    Suite {
        name: suite.to_string(),
        cases: vec![Case {
            name: case.to_string(),
            classname: suite.to_string(),
            failure: None,
            system_out: String::new(),
            skipped: None,
        }],
        time_ms: 0,
    }
}

/// Render a lint report as JUnit XML.
pub fn lint(report: &LintReport, options: &RenderOptions<'_>) -> String {
    let mut suites = Vec::new();
    for (file, diags) in group_by(report.sorted(), |d| d.location.file.clone()) {
        let mut by_rule = diags;
        by_rule.sort_by(|a, b| a.rule.cmp(&b.rule));
        let cases = group_by(by_rule, |d| d.rule.clone())
            .into_iter()
            .map(|(rule, ds)| {
                let lines: Vec<String> = ds
                    .iter()
                    .map(|d| {
                        let l = &d.location;
                        let mut s = format!(
                            "{}:{}:{}: {}: {}",
                            l.file, l.line, l.column, d.level, d.message
                        );
                        if !d.help.is_empty() {
                            s.push_str(&format!("\n  help: {}", d.help));
                        }
                        s
                    })
                    .collect();
                let errors = ds.iter().filter(|d| d.level == LintLevel::Error).count();
                let failure = (errors > 0).then(|| {
                    let first = ds
                        .iter()
                        .find(|d| d.level == LintLevel::Error)
                        .map_or("", |d| &d.message);
                    let message = if errors == 1 {
                        first.to_string()
                    } else {
                        format!("{first} (and {} more)", errors - 1)
                    };
                    ("error".to_string(), message, lines.join("\n"))
                });
                let system_out = if failure.is_some() {
                    String::new()
                } else {
                    lines.join("\n")
                };
                Case {
                    name: rule,
                    classname: file.clone(),
                    failure,
                    system_out,
                    skipped: None,
                }
            })
            .collect();
        suites.push(Suite {
            name: file,
            cases,
            time_ms: 0,
        });
    }
    if suites.is_empty() {
        suites.push(passing("accord lint", "lint"));
    }
    write("accord lint", &suites, options)
}

/// Render a diff report as JUnit XML.
pub fn diff(report: &DiffReport, options: &RenderOptions<'_>) -> String {
    let suite_name = if report.new_file.is_empty() {
        "accord diff".to_string()
    } else {
        format!("accord diff {} -> {}", report.old_file, report.new_file)
    };
    let cases: Vec<Case> = report
        .sorted()
        .into_iter()
        .map(|c| {
            let mut body = format!(
                "{}: {}\ngroup: {}",
                c.level,
                c.message,
                if c.group.is_empty() {
                    crate::group::id_of(c)
                } else {
                    c.group.clone()
                }
            );
            for (label, side) in [("old", &c.old), ("new", &c.new)] {
                if let Some(s) = side {
                    body.push_str(&format!("\n{label}: {}:{} {}", s.file, s.line, s.pointer));
                }
            }
            for a in &c.affects {
                body.push_str(&format!("\naffects: {a}"));
            }
            let breaking = c.level == ChangeLevel::Breaking;
            Case {
                name: format!("{} {}", c.id, c.pointer()).trim_end().to_string(),
                classname: c.subject(),
                failure: breaking
                    .then(|| ("breaking".to_string(), c.message.clone(), body.clone())),
                system_out: if breaking { String::new() } else { body },
                skipped: None,
            }
        })
        .collect();
    let suites = if cases.is_empty() {
        vec![passing(&suite_name, "no changes")]
    } else {
        vec![Suite {
            name: suite_name,
            cases,
            time_ms: 0,
        }]
    };
    write("accord diff", &suites, options)
}

/// Render a conformance test report as JUnit XML: one suite per operation, one test case
/// per operation and check: failing, passing (the check judged the operation and found
/// nothing) or skipped (not exercised, with the reason). An incomplete run adds a failing
/// `coverage` case saying why. Secrets are masked.
pub fn test(report: &TestReport, options: &RenderOptions<'_>) -> String {
    let failures = report.sorted();
    let mut operations: Vec<String> = report
        .coverage
        .operations
        .iter()
        .map(|o| o.operation.clone())
        .collect();
    for f in &failures {
        if !operations.contains(&f.operation) {
            operations.push(f.operation.clone());
        }
    }
    let mut suites = Vec::new();
    for op in operations {
        let coverage = report
            .coverage
            .operations
            .iter()
            .find(|o| o.operation == op);
        let mut cases: Vec<Case> = Vec::new();
        let fs: Vec<_> = failures
            .iter()
            .copied()
            .filter(|f| f.operation == op)
            .collect();
        for (check, fs) in group_by(fs, |f| f.check.clone()) {
            let body: Vec<String> = fs
                .iter()
                .map(|f| {
                    format!(
                        "{}\nreproduce: {}",
                        mask_secrets(&f.message),
                        mask_secrets(&f.reproduction)
                    )
                })
                .collect();
            let first = mask_secrets(&fs[0].message);
            let message = if fs.len() == 1 {
                first
            } else {
                format!("{first} (and {} more)", fs.len() - 1)
            };
            cases.push(Case {
                name: check.clone(),
                classname: op.clone(),
                failure: Some((check, message, body.join("\n\n"))),
                system_out: String::new(),
                skipped: None,
            });
        }
        if let Some(c) = coverage {
            let mut summary = format!(
                "{} ({})",
                crate::util::plural(c.requests, "request"),
                c.statuses_text()
            );
            if !c.generated.is_empty() {
                let names: Vec<String> = c.generated.iter().map(|g| g.to_string()).collect();
                summary.push_str(&format!("; generated: {}", names.join(", ")));
            }
            for check in &c.exercised {
                if cases.iter().any(|k| &k.name == check) {
                    continue;
                }
                cases.push(Case {
                    name: check.clone(),
                    classname: op.clone(),
                    failure: None,
                    system_out: summary.clone(),
                    skipped: None,
                });
            }
            for n in &c.not_exercised {
                if cases.iter().any(|k| k.name == n.check) {
                    continue;
                }
                cases.push(Case {
                    name: n.check.clone(),
                    classname: op.clone(),
                    failure: None,
                    system_out: String::new(),
                    skipped: Some(mask_secrets(&n.reason)),
                });
            }
        }
        cases.sort_by(|a, b| a.name.cmp(&b.name));
        suites.push(Suite {
            name: op,
            cases,
            time_ms: 0,
        });
    }
    let contract: Vec<Case> = report
        .sorted_contract()
        .into_iter()
        .map(|f| Case {
            name: format!("{} {}", f.id, f.place()),
            classname: f.operation.clone(),
            failure: None,
            system_out: format!("{} {}", f.place(), f.location.pointer),
            skipped: Some(mask_secrets(&f.message)),
        })
        .collect();
    if !contract.is_empty() {
        suites.push(Suite {
            name: "contract".into(),
            cases: contract,
            time_ms: 0,
        });
    }
    if let Some(why) = report.untested_verdict() {
        suites.insert(
            0,
            Suite {
                name: "accord test".into(),
                cases: vec![Case {
                    name: "coverage".into(),
                    classname: "accord test".into(),
                    failure: Some(("coverage".into(), mask_secrets(&why), mask_secrets(&why))),
                    system_out: String::new(),
                    skipped: None,
                }],
                time_ms: 0,
            },
        );
    }
    if suites.is_empty() {
        suites.push(passing("accord test", "conformance"));
    }
    // The run's duration is attributed to the first suite so totals add up.
    suites[0].time_ms = report.duration_ms;
    write("accord test", &suites, options)
}

/// Render an event validation report as JUnit XML.
pub fn events(report: &EventReport, options: &RenderOptions<'_>) -> String {
    let mut failures = report.sorted();
    failures.sort_by(|a, b| (&a.channel, &a.check).cmp(&(&b.channel, &b.check)));
    let mut suites = Vec::new();
    for (channel, fs) in group_by(failures, |f| f.channel.clone()) {
        let cases = group_by(fs, |f| f.check.clone())
            .into_iter()
            .map(|(check, fs)| {
                let body: Vec<String> = fs
                    .iter()
                    .map(|f| format!("line {} {}: {}", f.line, f.pointer, f.message))
                    .collect();
                let message = if fs.len() == 1 {
                    fs[0].message.clone()
                } else {
                    format!("{} (and {} more)", fs[0].message, fs.len() - 1)
                };
                Case {
                    name: check.clone(),
                    classname: channel.clone(),
                    failure: Some((check, message, body.join("\n"))),
                    system_out: String::new(),
                    skipped: None,
                }
            })
            .collect();
        suites.push(Suite {
            name: channel,
            cases,
            time_ms: 0,
        });
    }
    if suites.is_empty() {
        suites.push(passing("accord test-events", "events"));
    }
    write("accord test-events", &suites, options)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_control_chars() {
        assert_eq!(escape("a<b>&\"'\u{1}c"), "a&lt;b&gt;&amp;&quot;&apos;c");
        assert_eq!(attr("a\nb"), "a&#10;b");
    }

    #[test]
    fn empty_report_has_one_passing_case() {
        let out = lint(&LintReport::default(), &RenderOptions::default());
        assert!(out.contains("tests=\"1\" failures=\"0\""));
        assert!(out.contains("<testcase name=\"lint\" classname=\"accord lint\"/>"));
    }
}
