//! GitHub Actions workflow commands (`--format github`).
//!
//! One `::error|warning|notice file=F,line=L,col=C,title=T::message` line per
//! finding (properties omitted when unknown), then a plain summary line.
//! Levels: `error`/`breaking` → `error`, `warning` → `warning`, `info` →
//! `notice`. Escaping follows `@actions/core`: in the message `%`, `\r`,
//! `\n` become `%25`, `%0D`, `%0A`; in properties `:` and `,` also become
//! `%3A` and `%2C`.

use crate::mask::mask_secrets;
use crate::model::{DiffReport, EventReport, LintLevel, LintReport, TestReport};
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
    let mut out = String::new();
    for d in report.sorted() {
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
    let s = report.summary();
    out.push_str(&format!(
        "accord lint: {}, {}, {}\n",
        plural(s.error, "error"),
        plural(s.warning, "warning"),
        plural(s.info, "info")
    ));
    out
}

/// Render a diff report as workflow commands.
pub fn diff(report: &DiffReport) -> String {
    let mut out = String::new();
    for c in report.sorted() {
        let (file, line) = c
            .primary_side()
            .map_or((String::new(), 0), |s| (s.file.clone(), s.line));
        let mut message = format!("{}: {}", c.subject(), c.message);
        for a in &c.affects {
            message.push_str(&format!("\naffects: {a}"));
        }
        out.push_str(&command(
            lint_kind(LintLevel::from(c.level)),
            &[
                ("file", file),
                ("line", num(line)),
                ("title", format!("accord {}[{}]", c.level, c.id)),
            ],
            &message,
        ));
    }
    let s = report.summary();
    out.push_str(&format!(
        "accord diff: {} breaking, {}, {}\n",
        s.breaking,
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
