//! The review report of `accord check --report DIR`: what a reviewer reads before a release
//! and what CI systems ingest.
//!
//! - `index.html`: self-contained page (no external assets): verdict and contract × stage
//!   table at the top (`data-count` attributes carry the numbers), then per contract the
//!   breaking changes with old and new side by side, lint findings by rule, conformance.
//! - `summary.md`: sized for a pull-request comment.
//! - `junit.xml`: one test suite per contract, one test case per stage.
//! - `results.sarif`: every lint, mapping, diff, conformance and event run merged into one SARIF
//!   2.1.0 log, one run per contract and stage.
//! - `report.json`: everything above as data (`accord.check/v1`), embedding each stage's
//!   report in its DESIGN.md format.

use std::path::Path;

use accord_report::{RenderOptions, html, json, sarif};
use serde_json::{Value, json};

use super::{Outcome, Status};

/// Writes every file of the report into `dir` (created if missing).
pub fn write(dir: &Path, outcome: &Outcome) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("index.html"), html_page(outcome))?;
    std::fs::write(dir.join("summary.md"), summary_markdown(outcome))?;
    std::fs::write(dir.join("junit.xml"), junit(outcome))?;
    std::fs::write(dir.join("results.sarif"), sarif_log(outcome))?;
    std::fs::write(
        dir.join("report.json"),
        serde_json::to_string_pretty(&report_json(outcome))? + "\n",
    )?;
    Ok(())
}

fn verdict(outcome: &Outcome) -> &'static str {
    match outcome.worst() {
        Status::Error => "error: a stage could not run",
        Status::Fail => "blocked",
        Status::Warn => "passed with warnings",
        _ => "passed",
    }
}

/// Totals across contracts, the numbers the page and summary both show.
fn totals(outcome: &Outcome) -> Vec<(&'static str, u64)> {
    let mut t = [0u64; 8];
    for c in &outcome.contracts {
        for s in &c.stages {
            if let Some(d) = &s.diff {
                let sum = d.summary();
                t[0] += sum.breaking;
                t[1] += accord_report::group::groups(d)
                    .iter()
                    .filter(|g| g.level == accord_report::ChangeLevel::Breaking)
                    .count() as u64;
                t[2] += sum.warning;
                t[3] += sum.info;
            }
            if let Some(l) = &s.lint {
                let sum = l.summary();
                if s.stage == "mapping" {
                    t[6] += sum.error;
                } else {
                    t[4] += sum.error;
                    t[5] += sum.warning;
                }
            }
            if let Some(r) = &s.test {
                t[7] += r.failures.len() as u64;
            }
            if let Some(r) = &s.events {
                t[7] += r.failures.len() as u64;
            }
        }
    }
    vec![
        ("breaking", t[0]),
        ("breaking-root-causes", t[1]),
        ("warning", t[2]),
        ("info", t[3]),
        ("lint-error", t[4]),
        ("lint-warning", t[5]),
        ("mapping-error", t[6]),
        ("conformance-failure", t[7]),
    ]
}

fn html_page(outcome: &Outcome) -> String {
    let mut sections = Vec::new();
    let mut top = format!(
        "<section data-report=\"check\"><h2>Verdict: {}</h2>",
        html::escape(verdict(outcome))
    );
    top.push_str(&html::summary_counts(&totals(outcome)));
    top.push_str("<table class=\"matrix\"><thead><tr><th>contract</th>");
    for stage in &outcome.stages {
        top.push_str(&format!("<th>{}</th>", html::escape(stage)));
    }
    top.push_str("</tr></thead><tbody>");
    for c in &outcome.contracts {
        top.push_str(&format!(
            "<tr><th><a href=\"#{}\">{}</a></th>",
            anchor(&c.name),
            html::escape(&c.name)
        ));
        for stage in &outcome.stages {
            match c.stages.iter().find(|s| s.stage == *stage) {
                Some(s) => top.push_str(&format!(
                    "<td class=\"status-{}\" data-status=\"{}\">{} <small>{}</small></td>",
                    s.status.label().to_lowercase(),
                    s.status.label().to_lowercase(),
                    html::escape(s.status.label()),
                    html::escape(&s.counts)
                )),
                None => top.push_str("<td>-</td>"),
            }
        }
        top.push_str("</tr>");
    }
    top.push_str("</tbody></table></section>");
    sections.push(top);
    for c in &outcome.contracts {
        let mut body = format!(
            "<section id=\"{}\" data-contract=\"{}\"><h2>{} <small>{}</small></h2>",
            anchor(&c.name),
            html::escape(&c.name),
            html::escape(&c.name),
            html::escape(&c.path)
        );
        if !c.tenants.is_empty() {
            // What only some tenants see is marked `tenant NAME` in the findings below.
            body.push_str(&format!(
                "<p data-tenants=\"{}\">Tenants: {}</p>",
                html::escape(&c.tenants.join(" ")),
                html::escape(&c.tenants.join(", "))
            ));
        }
        for s in &c.stages {
            if let Some(d) = &s.diff {
                body.push_str(&html::diff_section(
                    d,
                    &format!("{}: changes against the baseline", c.name),
                ));
            }
            if let Some(l) = &s.lint {
                body.push_str(&html::lint_section(
                    l,
                    &format!("{}: {}", c.name, s.stage),
                    None,
                ));
            }
            if let Some(t) = &s.test {
                body.push_str(&html::test_section(t, &format!("{}: conformance", c.name)));
            }
            if let Some(e) = &s.events {
                body.push_str(&html::events_section(e, &format!("{}: events", c.name)));
            }
            if s.status == Status::Error {
                body.push_str(&format!(
                    "<p class=\"error\">{}: {}</p>",
                    html::escape(s.stage),
                    html::escape(&s.notes_text("; "))
                ));
            }
        }
        body.push_str("</section>");
        sections.push(body);
    }
    sections.push(html::footer(env!("CARGO_PKG_VERSION")));
    html::page("Accord review", &sections)
}

fn anchor(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect()
}

fn summary_markdown(outcome: &Outcome) -> String {
    let mut out = format!("## Accord: {}\n\n", verdict(outcome));
    let totals = totals(outcome);
    out.push_str(
        &totals
            .iter()
            .map(|(k, v)| format!("**{v}** {k}"))
            .collect::<Vec<_>>()
            .join(" · "),
    );
    out.push_str("\n\n| contract |");
    for stage in &outcome.stages {
        out.push_str(&format!(" {stage} |"));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(outcome.stages.len()));
    out.push('\n');
    for c in &outcome.contracts {
        out.push_str(&format!("| {} |", c.name));
        for stage in &outcome.stages {
            let cell = c
                .stages
                .iter()
                .find(|s| s.stage == *stage)
                .map_or("-".to_string(), |s| {
                    if s.status == Status::Skip {
                        "-".to_string()
                    } else {
                        format!("{} ({})", s.status.label(), s.counts)
                    }
                });
            out.push_str(&format!(
                " {} |",
                accord_report::markdown::escape_cell(&cell)
            ));
        }
        out.push('\n');
    }
    // What blocks, in the console's order: per contract and stage, the stage's notes (for
    // the diff stage: one per root cause at or above the fail level, what affects our
    // mappings first). Every blocking root cause is named; when the full lines would
    // overflow one comment, the short form (check, group ID, count) is used.
    let mut full = Vec::new();
    let mut short = Vec::new();
    for c in &outcome.contracts {
        for s in c
            .stages
            .iter()
            .filter(|s| matches!(s.status, Status::Fail | Status::Error))
        {
            for n in &s.notes {
                let head = format!("- **{}** {}: ", c.name, s.stage);
                match &n.root {
                    Some(root) => {
                        full.push(escape_line(&format!("{head}{} `{}`", n.text, root.id)));
                        short.push(escape_line(&format!(
                            "{head}`{}` ({} changes)",
                            root.id, root.changes
                        )));
                    }
                    None => {
                        let line = escape_line(&format!("{head}{}", n.text));
                        full.push(line.clone());
                        short.push(line);
                    }
                }
            }
        }
    }
    let footer = "\n---\n_Full report: `index.html` (every change, grouped by root cause) and \
                  `report.json` next to this file, written by `accord check --report DIR`._\n";
    let limit = accord_report::markdown::COMMENT_LIMIT - footer.len();
    if !full.is_empty() {
        let open = "\n<details open><summary>What blocks</summary>\n\n";
        let close = "\n</details>\n";
        let body_room = limit.saturating_sub(out.len() + open.len() + close.len());
        let fits = |lines: &[String]| lines.iter().map(|l| l.len() + 1).sum::<usize>() <= body_room;
        let lines = if fits(&full) { &full } else { &short };
        out.push_str(open);
        let mut used = 0;
        for (i, line) in lines.iter().enumerate() {
            let note = format!("- … and {} more in the full report\n", lines.len() - i);
            if used + line.len() + 1 + note.len() > body_room {
                out.push_str(&note);
                break;
            }
            used += line.len() + 1;
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(close);
    }
    out.push_str(footer);
    out
}

/// A list line of `summary.md`, with table-breaking characters escaped.
fn escape_line(line: &str) -> String {
    accord_report::markdown::escape_cell(line).replace("\\|", "|")
}

fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn junit(outcome: &Outcome) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"accord check\">\n",
    );
    for c in &outcome.contracts {
        let failures = c.stages.iter().filter(|s| s.status == Status::Fail).count();
        let errors = c
            .stages
            .iter()
            .filter(|s| s.status == Status::Error)
            .count();
        let skipped = c.stages.iter().filter(|s| s.status == Status::Skip).count();
        out.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"{skipped}\">\n",
            xml(&c.name),
            c.stages.len()
        ));
        for s in &c.stages {
            out.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\">",
                xml(&c.name),
                xml(s.stage)
            ));
            match s.status {
                Status::Fail => out.push_str(&format!(
                    "<failure message=\"{}\">{}</failure>",
                    xml(&s.counts),
                    xml(&s.notes_text("\n"))
                )),
                Status::Error => out.push_str(&format!(
                    "<error message=\"could not run\">{}</error>",
                    xml(&s.notes_text("\n"))
                )),
                Status::Skip => out.push_str(&format!("<skipped message=\"{}\"/>", xml(&s.counts))),
                _ => out.push_str(&format!("<system-out>{}</system-out>", xml(&s.counts))),
            }
            out.push_str("</testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// One SARIF run per contract and stage with findings in a contract (lint, diff,
/// conformance, events), each with its own `automationDetails.id` (`accord/<stage>/<contract>/`),
/// as GitHub code scanning requires of one upload.
fn sarif_log(outcome: &Outcome) -> String {
    let options = RenderOptions::default();
    let mut runs = Vec::new();
    for c in &outcome.contracts {
        for s in &c.stages {
            let category = format!("accord/{}/{}/", s.stage, c.name);
            if let Some(l) = &s.lint {
                runs.push(sarif::lint_run(l, &options, &category));
            }
            if let Some(d) = &s.diff {
                runs.push(sarif::diff_run(d, &options, &category));
            }
            let located = RenderOptions {
                operations: s.operations.as_ref(),
                ..RenderOptions::default()
            };
            if let Some(t) = &s.test {
                runs.push(sarif::test_run(t, &located, &category));
            }
            if let Some(e) = &s.events {
                runs.push(sarif::events_run(e, &located, &category));
            }
        }
    }
    sarif::log_of(runs)
}

/// A stage's `tenants` in `report.json`: per tenant its counts and, for the diff stage, the
/// root causes (group IDs) only its view has and those of the base its overlays spare it.
/// The findings themselves are in the stage's report, marked with the tenant.
fn tenants_json(stage: &super::StageResult) -> Value {
    let tenants: Vec<Value> = stage
        .tenants
        .iter()
        .map(|t| {
            let mut v = json!({"name": t.name, "counts": t.counts});
            if stage.diff.is_some() {
                v["only"] = json!(t.only);
                v["spared"] = json!(t.spared);
            }
            v
        })
        .collect();
    json!(tenants)
}

/// `format` tag of the mapping stage's findings in `report.json`.
pub const MAPPING_FORMAT: &str = "accord.mapping/v1";

fn report_json(outcome: &Outcome) -> Value {
    let parse = |s: String| serde_json::from_str::<Value>(&s).unwrap_or(Value::Null);
    let contracts: Vec<Value> = outcome
        .contracts
        .iter()
        .map(|c| {
            let stages: Vec<Value> = c
                .stages
                .iter()
                .map(|s| {
                    let mut v = json!({"stage": s.stage, "status": s.status.label().to_lowercase(), "counts": s.counts, "notes": s.notes.iter().map(|n| n.text.as_str()).collect::<Vec<_>>()});
                    if let Some(l) = &s.lint {
                        if s.stage == "mapping" {
                            // Mapping findings are not governance lint: their own name and tag.
                            let mut m = parse(json::lint(l));
                            m["format"] = json!(MAPPING_FORMAT);
                            v["mapping"] = m;
                        } else {
                            v["lint"] = parse(json::lint(l));
                        }
                    }
                    if let Some(d) = &s.diff {
                        v["diff"] = parse(json::diff(d));
                    }
                    if let Some(t) = &s.test {
                        v["test"] = parse(json::test(t));
                    }
                    if let Some(e) = &s.events {
                        v["events"] = parse(json::events(e));
                    }
                    if !s.tenants.is_empty() {
                        v["tenants"] = tenants_json(s);
                    }
                    v
                })
                .collect();
            let mut contract = json!({"name": c.name, "path": c.path, "stages": stages});
            if !c.tenants.is_empty() {
                contract["tenants"] = json!(c.tenants);
            }
            contract
        })
        .collect();
    let totals: serde_json::Map<String, Value> = totals(outcome)
        .into_iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect();
    json!({"format": "accord.check/v1", "verdict": verdict(outcome), "totals": totals, "contracts": contracts})
}
