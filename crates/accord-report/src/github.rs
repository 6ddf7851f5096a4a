//! GitHub Actions workflow commands (`--format github`).
//!
//! One `::error|warning|notice file=F,line=L,col=C,title=T::message` line per
//! finding (properties omitted when unknown), then a plain summary line.
//! Levels: `error`/`breaking` → `error`, `warning` → `warning`, `info` →
//! `notice`. Escaping follows `@actions/core`: in the message `%`, `\r`,
//! `\n` become `%25`, `%0D`, `%0A`; in properties `:` and `,` also become
//! `%3A` and `%2C`.

use crate::group;
use crate::mask::mask_secrets;
use crate::model::{ChangeLevel, DiffReport, EventReport, LintLevel, LintReport, TestReport};
use crate::util::plural;

/// Escape a command's message.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a command property value.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn command(kind: &str, props: &[(&str, String)], message: &str) -> String {
    let props: Vec<String> = props
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", escape_property(v)))
        .collect();
    let sep = if props.is_empty() { "" } else { " " };
    format!(
        "::{kind}{sep}{}::{}\n",
        props.join(","),
        escape_data(message)
    )
}

fn num(n: u32) -> String {
    if n == 0 { String::new() } else { n.to_string() }
}

fn lint_kind(level: LintLevel) -> &'static str {
    match level {
        LintLevel::Error => "error",
        LintLevel::Warning => "warning",
        LintLevel::Info => "notice",
    }
}

/// Render a lint report as workflow commands.
pub fn lint(report: &LintReport) -> String {
    lint_capped(report, usize::MAX, usize::MAX)
}

/// [`lint`] with at most `errors` error and `warnings` warning annotations (info is never
/// annotated then), and a notice saying how many more there are.
pub fn lint_capped(report: &LintReport, errors: usize, warnings: usize) -> String {
    let capped = errors != usize::MAX || warnings != usize::MAX;
    let mut out = String::new();
    let (mut shown_errors, mut shown_warnings, mut more) = (0, 0, 0);
    for d in report.sorted() {
        let (shown, cap) = match d.level {
            LintLevel::Error => (&mut shown_errors, errors),
            LintLevel::Warning => (&mut shown_warnings, warnings),
            LintLevel::Info if capped => continue,
            LintLevel::Info => (&mut shown_warnings, usize::MAX),
        };
        if *shown >= cap {
            more += 1;
            continue;
        }
        if d.level != LintLevel::Info {
            *shown += 1;
        }
        let l = &d.location;
        let mut message = d.message.clone();
        if !d.help.is_empty() {
            message.push_str(&format!("\nhelp: {}", d.help));
        }
        out.push_str(&command(
            lint_kind(d.level),
            &[
                ("file", l.file.clone()),
                ("line", num(l.line)),
                ("col", num(l.column)),
                ("title", format!("accord {}[{}]", d.level, d.rule)),
            ],
            &message,
        ));
    }
    if more > 0 {
        out.push_str(&command(
            "notice",
            &[("title", "accord lint: more findings".to_string())],
            &format!("{more} more lint errors and warnings are not annotated; every one is in the full report"),
        ));
    }
    let s = report.summary();
    out.push_str(&format!(
        "accord lint: {}, {}, {}\n",
        plural(s.error, "error"),
        plural(s.warning, "warning"),
        plural(s.info, "info")
    ));
    out
}

/// Most annotations of one kind a step shows: GitHub displays 10 errors and 10 warnings
/// per step, so more would be noise nobody sees.
pub const ANNOTATION_CAP: usize = 10;

/// Render a diff report as workflow commands: one annotation per breaking or warning root
/// cause ([`crate::group`]), what affects our mappings first, at most [`ANNOTATION_CAP`]
/// of each kind, then a notice saying how many more there are.
pub fn diff(report: &DiffReport) -> String {
    diff_capped(report, ANNOTATION_CAP, ANNOTATION_CAP)
}

/// [`diff`] with at most `errors` error and `warnings` warning annotations (the gate shares
/// one budget across contracts).
pub fn diff_capped(report: &DiffReport, errors: usize, warnings: usize) -> String {
    let mut out = String::new();
    let groups = group::groups(report);
    let (mut shown_errors, mut shown_warnings) = (0, 0);
    let (mut more_errors, mut more_warnings) = (0, 0);
    for g in &groups {
        let (shown, cap, more) = match g.level {
            ChangeLevel::Breaking => (&mut shown_errors, errors, &mut more_errors),
            ChangeLevel::Warning => (&mut shown_warnings, warnings, &mut more_warnings),
            ChangeLevel::Info => continue,
        };
        if *shown == cap {
            *more += 1;
            continue;
        }
        *shown += 1;
        let c = g.first();
        let (file, line) = c
            .primary_side()
            .map_or((String::new(), 0), |s| (s.file.clone(), s.line));
        let mut message = if g.len() == 1 {
            format!("{}: {}", c.subject(), c.message)
        } else {
            format!(
                "{}\nreaches {} changes: {}",
                g.headline(),
                g.len(),
                g.reach_line()
            )
        };
        for a in g.affects() {
            message.push_str(&format!("\naffects: {a}"));
        }
        message.push_str(&format!("\ngroup: {}", g.id));
        out.push_str(&command(
            lint_kind(LintLevel::from(g.level)),
            &[
                ("file", file),
                ("line", num(line)),
                ("title", format!("accord {}[{}]", g.level, g.check)),
            ],
            &message,
        ));
    }
    if more_errors + more_warnings > 0 {
        out.push_str(&command(
            "notice",
            &[("title", "accord diff: more root causes".to_string())],
            &format!(
                "{} more breaking and {} more warning root causes are not annotated; every one is in the full report",
                more_errors, more_warnings
            ),
        ));
    }
    let s = report.summary();
    let roots = |level| groups.iter().filter(|g| g.level == level).count();
    out.push_str(&format!(
        "accord diff: {} breaking ({} root causes), {}, {}\n",
        s.breaking,
        roots(ChangeLevel::Breaking),
        plural(s.warning, "warning"),
        plural(s.info, "info")
    ));
    out
}

/// Render a conformance test report as workflow commands. Secrets are
/// masked.
pub fn test(report: &TestReport) -> String {
    let mut out = String::new();
    for f in report.sorted() {
        let mut message = format!("{}: {}", f.operation, mask_secrets(&f.message));
        if !f.reproduction.is_empty() {
            message.push_str(&format!("\nreproduce: {}", mask_secrets(&f.reproduction)));
        }
        out.push_str(&command(
            "error",
            &[("title", format!("accord test[{}]", f.check))],
            &message,
        ));
    }
    for f in report.sorted_contract() {
        let l = &f.location;
        out.push_str(&command(
            "warning",
            &[
                ("file", l.file.clone()),
                ("line", num(l.line)),
                ("col", num(l.column)),
                ("title", format!("accord test[{}]", f.id)),
            ],
            &format!("{}: {}", f.operation, mask_secrets(&f.message)),
        ));
    }
    if let Some(why) = report.untested_verdict() {
        out.push_str(&command(
            "error",
            &[("title", "accord test[coverage]".to_string())],
            &mask_secrets(&why),
        ));
    }
    let s = report.summary();
    out.push_str(&format!(
        "accord test: {} in {} ({})\n",
        plural(s.failures, "failure"),
        plural(s.operations, "operation"),
        plural(s.requests, "request")
    ));
    out
}

/// Render an event validation report as workflow commands.
pub fn events(report: &EventReport) -> String {
    let mut out = String::new();
    for f in report.sorted() {
        let at = if f.pointer.is_empty() {
            String::new()
        } else {
            format!(" at {}", f.pointer)
        };
        out.push_str(&command(
            "error",
            &[("title", format!("accord test-events[{}]", f.check))],
            &format!("line {}, channel {}{at}: {}", f.line, f.channel, f.message),
        ));
    }
    let s = report.summary();
    out.push_str(&format!(
        "accord test-events: {} in {}\n",
        plural(s.failures, "failure"),
        plural(s.events, "event")
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Diagnostic, Location};

    #[test]
    fn escaping() {
        assert_eq!(escape_data("50%\r\nx:y,z"), "50%25%0D%0Ax:y,z");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    #[test]
    fn lint_command() {
        let r = LintReport::new(vec![Diagnostic {
            rule: "r".into(),
            level: LintLevel::Info,
            location: Location::new("dir,x/a:b.yaml", 3, 0, ""),
            operation: None,
            message: "100% bad\nreally".into(),
            help: String::new(),
        }]);
        let out = lint(&r);
        assert!(out.starts_with(
            "::notice file=dir%2Cx/a%3Ab.yaml,line=3,title=accord info[r]::100%25 bad%0Areally\n"
        ));
    }
}
