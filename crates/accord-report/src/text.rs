//! Human output for a terminal (`--format text`).
//!
//! Deterministic, ANSI colour only when [`RenderOptions::color`]. Lint
//! diagnostics read `file:line:col: level[rule] message`, followed by a
//! source excerpt with a caret under the column (when sources are
//! available), the pointer and operation, and `help:`. Diff changes come
//! most severe first, a section per level, grouped by operation or channel,
//! each with its level, id and message, the locations of both sides, a
//! unified diff of the YAML snippets, and `affects:` lines; an info check
//! reported many times is condensed to a count and a few examples
//! ([`crate::condense`]). Test and event failures are grouped by operation (or
//! channel) and check; a test run's contract findings follow its failures in a section of
//! their own, and its summary says how many contract examples were skipped. Every report
//! ends with a one-line summary.

use crate::RenderOptions;
use crate::condense::{self, counted, thousands};
use crate::group::Group;
use crate::mask::mask_secrets;
use crate::model::{
    ChangeLevel, ChangeSide, DiffReport, EventReport, LintLevel, LintReport, TestReport,
};
use crate::util::{Painter, SourceCache, Style, caret_padding, group_by, plural, snippet_diff};

fn lint_style(level: LintLevel) -> Style {
    match level {
        LintLevel::Error => Style::Red,
        LintLevel::Warning => Style::Yellow,
        LintLevel::Info => Style::Cyan,
    }
}

fn change_style(level: ChangeLevel) -> Style {
    match level {
        ChangeLevel::Breaking => Style::Red,
        ChangeLevel::Warning => Style::Yellow,
        ChangeLevel::Info => Style::Cyan,
    }
}

fn title(out: &mut String, p: Painter, options: &RenderOptions<'_>) {
    if let Some(t) = &options.title {
        out.push_str(&p.paint(Style::Bold, t));
        out.push_str("\n\n");
    }
}

/// Render a lint report for a terminal.
pub fn lint(report: &LintReport, options: &RenderOptions<'_>) -> String {
    let p = Painter { on: options.color };
    let mut sources = SourceCache::new(options.sources);
    let mut out = String::new();
    title(&mut out, p, options);
    let groups = group_by(report.sorted(), |d| d.location.file.clone());
    for (file, diags) in &groups {
        let width = diags
            .iter()
            .map(|d| d.location.line.to_string().len())
            .max()
            .unwrap_or(1);
        let pad = " ".repeat(width);
        for d in diags {
            let loc = &d.location;
            out.push_str(&format!(
                "{}: {}{} {}\n",
                p.paint(Style::Bold, &format!("{file}:{}:{}", loc.line, loc.column)),
                p.paint(lint_style(d.level), d.level.as_str()),
                p.paint(Style::Bold, &format!("[{}]", d.rule)),
                d.message
            ));
            let bar = p.paint(Style::Blue, "|");
            if let Some(src) = sources.line(file, loc.line) {
                let num = format!("{:>width$}", loc.line);
                out.push_str(&format!("{pad} {bar}\n"));
                out.push_str(&format!("{} {bar} {src}\n", p.paint(Style::Blue, &num)));
                out.push_str(&format!(
                    "{pad} {bar} {}{}\n",
                    caret_padding(&src, loc.column),
                    p.paint(lint_style(d.level), "^")
                ));
            }
            let eq = p.paint(Style::Blue, "=");
            if !loc.pointer.is_empty() {
                out.push_str(&format!("{pad} {eq} at: {}\n", loc.pointer));
            }
            if let Some(op) = &d.operation {
                out.push_str(&format!("{pad} {eq} operation: {op}\n"));
            }
            if !d.help.is_empty() {
                out.push_str(&format!(
                    "{pad} {eq} {} {}\n",
                    p.paint(Style::Green, "help:"),
                    d.help
                ));
            }
            out.push('\n');
        }
    }
    let s = report.summary();
    let label = options.summary_label.unwrap_or("lint");
    if report.is_empty() {
        out.push_str(&p.paint(Style::Green, &format!("{label}: no diagnostics")));
    } else {
        out.push_str(&format!(
            "{label}: {}, {}, {} in {}",
            p.paint(Style::Red, &plural(s.error, "error")),
            p.paint(Style::Yellow, &plural(s.warning, "warning")),
            p.paint(Style::Cyan, &plural(s.info, "info")),
            plural(groups.len() as u64, "file")
        ));
    }
    out.push('\n');
    out
}

fn side_line(out: &mut String, p: Painter, label: &str, side: &ChangeSide) {
    let mut loc = side.file.clone();
    if side.line > 0 {
        loc.push_str(&format!(":{}", side.line));
    }
    out.push_str(&format!(
        "    {} {}",
        p.paint(Style::Dim, label),
        p.paint(Style::Bold, &loc)
    ));
    if !side.pointer.is_empty() {
        out.push_str(&format!(" {}", side.pointer));
    }
    out.push('\n');
}

/// One root cause with everything known about it: level, check and what changed, what it
/// reaches, both locations, the unified diff of its YAML snippets and what it affects.
fn group_in_full(out: &mut String, p: Painter, g: &Group<'_>) {
    let c = g.first();
    let subject = if g.len() == 1 {
        format!("{}: ", c.subject())
    } else {
        String::new()
    };
    out.push_str(&format!(
        "  {} {} {subject}{}\n",
        p.paint(change_style(g.level), g.level.as_str()),
        p.paint(Style::Bold, &format!("[{}]", g.check)),
        g.headline()
    ));
    if g.len() > 1 {
        out.push_str(&format!(
            "    {} {} changes: {}\n",
            p.paint(Style::Dim, "reaches:"),
            thousands(g.len()),
            g.reach_line()
        ));
    }
    if let Some(old) = &c.old {
        side_line(out, p, "old:", old);
    }
    if let Some(new) = &c.new {
        side_line(out, p, "new:", new);
    }
    for line in snippet_diff(c) {
        let styled = match line.chars().next() {
            Some('-') => p.paint(Style::Red, &line),
            Some('+') => p.paint(Style::Green, &line),
            Some('@') => p.paint(Style::Cyan, &line),
            _ => line,
        };
        out.push_str(&format!("      {}\n", styled.trim_end()));
    }
    for a in g.affects() {
        out.push_str(&format!("    {} {a}\n", p.paint(Style::Yellow, "affects:")));
    }
    if g.len() > 1 {
        out.push_str(&format!(
            "    {}\n",
            p.paint(Style::Dim, &format!("group: {}", g.id))
        ));
    }
}

/// Render a diff report for a terminal: breaking changes first, then warnings, then info,
/// with info checks reported many times condensed to a count and a few examples
/// ([`crate::condense`]).
pub fn diff(report: &DiffReport, options: &RenderOptions<'_>) -> String {
    let p = Painter { on: options.color };
    let mut out = String::new();
    match &options.title {
        Some(_) => title(&mut out, p, options),
        None if !report.old_file.is_empty() || !report.new_file.is_empty() => {
            out.push_str(&p.paint(
                Style::Bold,
                &format!("diff {} -> {}", report.old_file, report.new_file),
            ));
            out.push_str("\n\n");
        }
        None => {}
    }
    for section in condense::sections(report) {
        let style = change_style(section.level);
        let heading = format!(
            "{} ({} in {})",
            condense::level_title(section.level),
            thousands(section.total()),
            counted(section.groups(), "root cause")
        );
        out.push_str(&format!("{}\n\n", p.paint(style, &heading)));
        for (id, groups) in &section.summarised {
            let total = condense::changes_in(groups);
            out.push_str(&format!(
                "  {} {} reported {} times, for example:\n",
                p.paint(style, section.level.as_str()),
                p.paint(Style::Bold, &format!("[{id}]")),
                thousands(total)
            ));
            for c in condense::examples(groups) {
                out.push_str(&format!("    {}: {}\n", c.subject(), c.message));
            }
            // A summarised check always has more changes than examples.
            let rest = format!(
                "… and {} more (every one is in `--format json`)",
                thousands(total.saturating_sub(condense::EXAMPLES))
            );
            out.push_str(&format!("    {}\n\n", p.paint(Style::Dim, &rest)));
        }
        for g in &section.listed {
            group_in_full(&mut out, p, g);
            out.push('\n');
        }
    }
    let s = report.summary();
    if report.is_empty() {
        out.push_str(&p.paint(Style::Green, "diff: no changes"));
    } else {
        out.push_str(&format!(
            "diff: {}, {}, {}",
            p.paint(
                Style::Red,
                &format!("{} breaking", thousands(s.breaking as usize))
            ),
            p.paint(Style::Yellow, &counted(s.warning as usize, "warning")),
            p.paint(Style::Cyan, &counted(s.info as usize, "info")),
        ));
    }
    out.push('\n');
    out
}

fn duration(ms: u64) -> String {
    if ms < 1000 {
        format!("{ms} ms")
    } else {
        format!("{}.{:02} s", ms / 1000, (ms % 1000) / 10)
    }
}

/// Render a conformance test report for a terminal. Secrets are masked.
pub fn test(report: &TestReport, options: &RenderOptions<'_>) -> String {
    let p = Painter { on: options.color };
    let mut out = String::new();
    title(&mut out, p, options);
    for (op, failures) in group_by(report.sorted(), |f| f.operation.clone()) {
        out.push_str(&p.paint(Style::Bold, &op));
        out.push('\n');
        for (check, fs) in group_by(failures, |f| f.check.clone()) {
            out.push_str(&format!(
                "  {} {} ({})\n",
                p.paint(Style::Red, "FAIL"),
                p.paint(Style::Bold, &check),
                plural(fs.len() as u64, "failure")
            ));
            for f in fs {
                out.push_str(&format!("    - {}\n", mask_secrets(&f.message)));
                if !f.reproduction.is_empty() {
                    out.push_str(&format!(
                        "      {} {}\n",
                        p.paint(Style::Dim, "reproduce:"),
                        mask_secrets(&f.reproduction)
                    ));
                }
            }
        }
        out.push('\n');
    }
    test_contract(&mut out, p, report);
    test_coverage(&mut out, p, report);
    let s = report.summary();
    let untested = report.untested_verdict();
    let verdict = match (s.failures, &untested) {
        (0, None) => p.paint(Style::Green, "test: no failures"),
        (0, Some(_)) => p.paint(Style::Red, "test: incomplete, not a pass"),
        (n, _) => p.paint(Style::Red, &format!("test: {}", plural(n, "failure"))),
    };
    let c = &report.coverage;
    let operations = if c.operations_total == 0 {
        plural(s.operations, "operation")
    } else {
        format!(
            "{} of {}",
            c.operations_exercised,
            plural(c.operations_total, "operation")
        )
    };
    out.push_str(&format!(
        "{verdict} in {operations} ({}, {})\n",
        plural(s.requests, "request"),
        duration(s.duration_ms)
    ));
    if let Some(why) = untested {
        out.push_str(&format!(
            "{} {}\n",
            p.paint(Style::Red, "untested:"),
            mask_secrets(&why)
        ));
    }
    if s.contract_findings > 0 {
        out.push_str(&format!(
            "{} {} skipped as invalid (they fail their own schema; not counted against the API)\n",
            p.paint(Style::Yellow, "contract:"),
            plural(s.contract_findings, "example"),
        ));
    }
    out
}

/// The contract's own defects the run met, apart from the API's failures: each with its
/// place in the contract, the operation and what is wrong.
fn test_contract(out: &mut String, p: Painter, report: &TestReport) {
    let findings = report.sorted_contract();
    if findings.is_empty() {
        return;
    }
    out.push_str(&p.paint(
        Style::Bold,
        &format!(
            "contract: {} (the contract's defects, not the API's failures)",
            plural(findings.len() as u64, "finding")
        ),
    ));
    out.push('\n');
    for f in findings {
        out.push_str(&format!(
            "  {} {}  {}\n    {}\n",
            p.paint(Style::Yellow, &format!("warning[{}]", f.id)),
            f.place(),
            f.operation,
            mask_secrets(&f.message)
        ));
    }
    out.push('\n');
}

/// The per-operation coverage lines: requests, status classes, and the checks that did not
/// judge the operation grouped by reason.
fn test_coverage(out: &mut String, p: Painter, report: &TestReport) {
    let c = &report.coverage;
    if c.operations.is_empty() {
        return;
    }
    out.push_str(&p.paint(
        Style::Bold,
        &format!(
            "coverage: {} of {} exercised{}",
            c.operations_exercised,
            plural(c.operations_total, "operation"),
            c.stopped_by
                .map(|s| format!(", stopped by {}", s.label()))
                .unwrap_or_default()
        ),
    ));
    out.push('\n');
    for op in &c.operations {
        out.push_str(&format!(
            "  {}  {} ({})\n",
            op.operation,
            plural(op.requests, "request"),
            op.statuses_text()
        ));
        if !op.generated.is_empty() {
            let names: Vec<String> = op.generated.iter().map(|g| g.to_string()).collect();
            out.push_str(&format!(
                "    {} {} (required; no --header or --tenant gave a value)\n",
                p.paint(Style::Dim, "generated:"),
                names.join(", ")
            ));
        }
        for (reason, checks) in op.not_exercised_by_reason() {
            out.push_str(&format!(
                "    {} {}: {}\n",
                p.paint(Style::Dim, "not exercised:"),
                checks.join(", "),
                mask_secrets(reason)
            ));
        }
    }
    out.push('\n');
}

/// Render an event validation report for a terminal.
pub fn events(report: &EventReport, options: &RenderOptions<'_>) -> String {
    let p = Painter { on: options.color };
    let mut out = String::new();
    title(&mut out, p, options);
    let mut failures = report.sorted();
    failures.sort_by(|a, b| (&a.channel, &a.check).cmp(&(&b.channel, &b.check)));
    for (channel, fs) in group_by(failures, |f| f.channel.clone()) {
        out.push_str(&p.paint(Style::Bold, &format!("channel {channel}")));
        out.push('\n');
        for (check, fs) in group_by(fs, |f| f.check.clone()) {
            out.push_str(&format!(
                "  {} {} ({})\n",
                p.paint(Style::Red, "FAIL"),
                p.paint(Style::Bold, &check),
                plural(fs.len() as u64, "failure")
            ));
            for f in fs {
                let at = if f.pointer.is_empty() {
                    String::new()
                } else {
                    format!(" at {}", f.pointer)
                };
                out.push_str(&format!(
                    "    - {}{at}: {}\n",
                    p.paint(Style::Dim, &format!("line {}", f.line)),
                    f.message
                ));
            }
        }
        out.push('\n');
    }
    let s = report.summary();
    let verdict = if s.failures == 0 {
        p.paint(Style::Green, "events: no failures")
    } else {
        p.paint(
            Style::Red,
            &format!("events: {}", plural(s.failures, "failure")),
        )
    };
    out.push_str(&format!("{verdict} in {}\n", plural(s.events, "event")));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Diagnostic, Location};
    use std::collections::BTreeMap;

    fn report() -> LintReport {
        LintReport::new(vec![Diagnostic {
            rule: "operation-id-required".into(),
            level: LintLevel::Error,
            location: Location::new("api.yaml", 2, 5, "/paths/~1pets/get"),
            operation: Some("GET /pets".into()),
            message: "Operation has no operationId".into(),
            help: "Add an operationId".into(),
        }])
    }

    #[test]
    fn lint_with_excerpt() {
        let mut m = BTreeMap::new();
        m.insert("api.yaml".to_string(), "paths:\n    get:\n".to_string());
        let opts = RenderOptions {
            sources: Some(&m),
            ..RenderOptions::default()
        };
        let out = lint(&report(), &opts);
        assert!(out.starts_with(
            "api.yaml:2:5: error[operation-id-required] Operation has no operationId\n"
        ));
        assert!(out.contains("2 |     get:\n  |     ^\n"), "{out}");
        assert!(out.contains("= help: Add an operationId"));
        assert!(out.ends_with("lint: 1 error, 0 warnings, 0 info in 1 file\n"));
        assert!(!out.contains('\x1b'));
        let validate = RenderOptions {
            summary_label: Some("validate"),
            ..RenderOptions::default()
        };
        assert!(
            lint(&report(), &validate)
                .ends_with("validate: 1 error, 0 warnings, 0 info in 1 file\n")
        );
    }

    #[test]
    fn color_only_when_asked() {
        let opts = RenderOptions {
            color: true,
            ..RenderOptions::default()
        };
        assert!(lint(&report(), &opts).contains("\x1b[1;31merror\x1b[0m"));
    }

    #[test]
    fn diff_puts_breaking_first_and_condenses_only_repeated_info() {
        let out = diff(
            &crate::condense::tests::upgrade(),
            &RenderOptions::default(),
        );
        let breaking = out.find("\nBreaking (12 in 12 root causes)\n").unwrap();
        let warnings = out.find("\nWarnings (12 in 12 root causes)\n").unwrap();
        let info = out.find("\nInfo (27 in 27 root causes)\n").unwrap();
        assert!(breaking < warnings && warnings < info, "{out}");
        // 25 notes of one info check: one counted line with three examples
        assert!(out.contains(
            "  info [response-variant-removed] reported 25 times, for example:\n\
             \x20   GET /a00: response-variant-removed happened\n\
             \x20   GET /a01: response-variant-removed happened\n\
             \x20   GET /a02: response-variant-removed happened\n\
             \x20   … and 22 more (every one is in `--format json`)\n"
        ));
        assert!(!out.contains("GET /a10"), "{out}");
        // the one that touches a mapping, and a check that is not repeated, are listed
        assert!(out.contains("  info [response-variant-removed] GET /mapped: "));
        assert!(out.contains("  info [operation-added] GET /new: "));
        // as many breaking changes and warnings are listed one by one
        assert_eq!(
            out.matches("breaking [response-property-removed]").count(),
            12
        );
        assert_eq!(
            out.matches("warning [response-enum-value-added]").count(),
            12
        );
        assert!(!out.contains("breaking [response-property-removed] reported"));
        assert!(out.ends_with("diff: 12 breaking, 12 warnings, 27 info\n"));
    }

    #[test]
    fn test_masks_secrets() {
        let r = TestReport {
            failures: vec![crate::model::TestFailure {
                check: "not_a_server_error".into(),
                operation: "GET /x".into(),
                message: "500".into(),
                reproduction: "curl -H 'Authorization: Bearer sekret' https://x".into(),
            }],
            operations: 1,
            requests: 2,
            duration_ms: 1500,
            ..TestReport::default()
        };
        let out = test(&r, &RenderOptions::default());
        assert!(!out.contains("sekret"));
        assert!(out.ends_with("test: 1 failure in 1 operation (2 requests, 1.50 s)\n"));
    }
}
