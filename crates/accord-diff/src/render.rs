//! The diff's own text and markdown rendering, for reports a reviewer can read even when a
//! vendor release changes thousands of things (Stripe's spec: 5,216 `response-variant-removed`
//! notes in one upgrade). Two rules make that work:
//!
//! - **Most severe first**: breaking changes, then warnings, then info, each grouped by
//!   operation or channel. A terminal shows the end of the output, and a reviewer reads the
//!   top of a comment: both must land on what blocks the upgrade.
//! - **Repetition is summarised**: an info check reported more than [`GROUP_AFTER`] times is
//!   shown once, with its count and [`EXAMPLES`] examples. Every change is still in the JSON,
//!   JUnit, SARIF and HTML reports, whose shapes are fixed by DESIGN.md; only these two
//!   human-read formats condense. Breaking changes and warnings are never condensed, and an
//!   info change that affects one of our mappings is always shown on its own.
//!
//! Every other format is rendered by `accord-report` unchanged ([`render`]).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use accord_report::markdown::{COLLAPSE_AFTER, code, escape_cell};
use accord_report::{Change, ChangeLevel, ChangeSide, DiffReport, Format, RenderOptions};

/// An info check reported more times than this is summarised rather than listed.
pub const GROUP_AFTER: usize = 10;
/// How many examples a summarised check shows.
pub const EXAMPLES: usize = 3;
const _: () = assert!(
    EXAMPLES < GROUP_AFTER,
    "a summarised check always has more to show"
);

/// Renders a diff report in any format: text and markdown through this module, the rest
/// through `accord-report`.
pub fn render(report: &DiffReport, format: Format, options: &RenderOptions<'_>) -> String {
    match format {
        Format::Text => text(report, options),
        Format::Markdown => markdown(report, options),
        other => accord_report::render(report, other, options),
    }
}

/// The changes of one level, split into those listed one by one and the checks summarised.
struct Section<'a> {
    listed: Vec<&'a Change>,
    /// Check id → its changes, in report order.
    summarised: BTreeMap<&'a str, Vec<&'a Change>>,
}

fn section<'a>(changes: &[&'a Change], level: ChangeLevel) -> Section<'a> {
    let of_level: Vec<&Change> = changes
        .iter()
        .copied()
        .filter(|c| c.level == level)
        .collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    if level == ChangeLevel::Info {
        // Changes that touch a mapping are always listed, so they do not count towards a
        // group either.
        for c in of_level.iter().filter(|c| c.affects.is_empty()) {
            *counts.entry(c.id.as_str()).or_default() += 1;
        }
    }
    let mut listed = Vec::new();
    let mut summarised: BTreeMap<&str, Vec<&Change>> = BTreeMap::new();
    for c in of_level {
        let repeated = counts.get(c.id.as_str()).is_some_and(|n| *n > GROUP_AFTER);
        if repeated && c.affects.is_empty() {
            summarised.entry(c.id.as_str()).or_default().push(c);
        } else {
            listed.push(c);
        }
    }
    Section { listed, summarised }
}

/// Up to [`EXAMPLES`] changes of a group, from as many different operations or channels as
/// there are (5,000 notes about one operation would say little about the other 400), in report
/// order.
fn examples<'a>(group: &[&'a Change]) -> Vec<&'a Change> {
    let mut picked: Vec<usize> = Vec::new();
    let mut subjects: Vec<String> = Vec::new();
    for (i, c) in group.iter().enumerate() {
        if picked.len() == EXAMPLES {
            break;
        }
        let subject = c.subject();
        if !subjects.contains(&subject) {
            subjects.push(subject);
            picked.push(i);
        }
    }
    for i in 0..group.len() {
        if picked.len() == EXAMPLES {
            break;
        }
        if !picked.contains(&i) {
            picked.push(i);
        }
    }
    picked.sort_unstable();
    picked.into_iter().map(|i| group[i]).collect()
}

fn level_title(level: ChangeLevel) -> &'static str {
    match level {
        ChangeLevel::Breaking => "Breaking",
        ChangeLevel::Warning => "Warnings",
        ChangeLevel::Info => "Info",
    }
}

/// `5216` → `5,216`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 || word == "info" {
        format!("{} {word}", thousands(n))
    } else {
        format!("{} {word}s", thousands(n))
    }
}

// --- text ------------------------------------------------------------------------------

/// ANSI styles of the text report (the same palette as `accord-report`'s).
#[derive(Clone, Copy)]
enum Style {
    Red,
    Yellow,
    Cyan,
    Green,
    Bold,
    Dim,
}

#[derive(Clone, Copy)]
struct Painter {
    on: bool,
}

impl Painter {
    fn paint(self, style: Style, text: &str) -> String {
        let code = match style {
            Style::Red => "1;31",
            Style::Yellow => "1;33",
            Style::Cyan => "1;36",
            Style::Green => "32",
            Style::Bold => "1",
            Style::Dim => "2",
        };
        if self.on && !text.is_empty() {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn level(self, level: ChangeLevel, text: &str) -> String {
        let style = match level {
            ChangeLevel::Breaking => Style::Red,
            ChangeLevel::Warning => Style::Yellow,
            ChangeLevel::Info => Style::Cyan,
        };
        self.paint(style, text)
    }
}

fn side_line(out: &mut String, p: Painter, label: &str, side: &ChangeSide) {
    let mut loc = side.file.clone();
    if side.line > 0 {
        let _ = write!(loc, ":{}", side.line);
    }
    let _ = write!(
        out,
        "    {} {}",
        p.paint(Style::Dim, label),
        p.paint(Style::Bold, &loc)
    );
    if !side.pointer.is_empty() {
        let _ = write!(out, " {}", side.pointer);
    }
    out.push('\n');
}

fn change_in_full(out: &mut String, p: Painter, c: &Change) {
    let _ = writeln!(
        out,
        "  {} {} {}",
        p.level(c.level, c.level.as_str()),
        p.paint(Style::Bold, &format!("[{}]", c.id)),
        c.message
    );
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
        let _ = writeln!(out, "      {}", styled.trim_end());
    }
    for a in &c.affects {
        let _ = writeln!(out, "    {} {a}", p.paint(Style::Yellow, "affects:"));
    }
}

/// Renders a diff report for a terminal: breaking changes first, repeated info condensed.
pub fn text(report: &DiffReport, options: &RenderOptions<'_>) -> String {
    let p = Painter { on: options.color };
    let mut out = String::new();
    match &options.title {
        Some(t) => {
            out.push_str(&p.paint(Style::Bold, t));
            out.push_str("\n\n");
        }
        None if !report.old_file.is_empty() || !report.new_file.is_empty() => {
            out.push_str(&p.paint(
                Style::Bold,
                &format!("diff {} -> {}", report.old_file, report.new_file),
            ));
            out.push_str("\n\n");
        }
        None => {}
    }
    let changes = report.sorted();
    for level in ChangeLevel::ALL {
        let s = section(&changes, level);
        let total = s.listed.len() + s.summarised.values().map(Vec::len).sum::<usize>();
        if total == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "{}\n",
            p.level(
                level,
                &format!("{} ({})", level_title(level), thousands(total))
            )
        );
        for (id, group) in &s.summarised {
            let _ = writeln!(
                out,
                "  {} {} reported {} times, for example:",
                p.level(level, level.as_str()),
                p.paint(Style::Bold, &format!("[{id}]")),
                thousands(group.len())
            );
            for c in examples(group) {
                let _ = writeln!(out, "    {}: {}", c.subject(), c.message);
            }
            // A group always has more than GROUP_AFTER (> EXAMPLES) changes.
            let _ = writeln!(
                out,
                "    {}\n",
                p.paint(
                    Style::Dim,
                    &format!(
                        "… and {} more (every one is in `--format json`)",
                        thousands(group.len().saturating_sub(EXAMPLES))
                    )
                )
            );
        }
        let mut subject: Option<String> = None;
        for c in &s.listed {
            let this = c.subject();
            if subject.as_deref() != Some(this.as_str()) {
                if subject.is_some() {
                    out.push('\n');
                }
                out.push_str(&p.paint(Style::Bold, &this));
                out.push('\n');
                subject = Some(this);
            }
            change_in_full(&mut out, p, c);
        }
        if subject.is_some() {
            out.push('\n');
        }
    }
    let s = report.summary();
    if report.is_empty() {
        out.push_str(&p.paint(Style::Green, "diff: no changes"));
    } else {
        let _ = write!(
            out,
            "diff: {}, {}, {}",
            p.paint(
                Style::Red,
                &format!("{} breaking", thousands(s.breaking as usize))
            ),
            p.paint(Style::Yellow, &plural(s.warning as usize, "warning")),
            p.paint(Style::Cyan, &plural(s.info as usize, "info")),
        );
    }
    out.push('\n');
    out
}

// --- markdown --------------------------------------------------------------------------

fn change_icon(level: ChangeLevel) -> &'static str {
    match level {
        ChangeLevel::Breaking => "❌",
        ChangeLevel::Warning => "⚠️",
        ChangeLevel::Info => "ℹ️",
    }
}

fn change_where(c: &Change) -> String {
    match c.primary_side() {
        Some(s) if s.line > 0 => code(&format!("{}:{}", s.file, s.line)),
        Some(s) if !s.file.is_empty() => code(&s.file),
        _ => String::new(),
    }
}

/// A fenced code block whose fence is longer than any backtick run inside.
fn fenced(lang: &str, body: &str) -> String {
    let longest = body.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat((longest + 1).max(3));
    format!("{fence}{lang}\n{}\n{fence}\n", body.trim_end_matches('\n'))
}

fn details(summary: &str, body: &str) -> String {
    format!("<details>\n<summary>{summary}</summary>\n\n{body}\n</details>\n\n")
}

/// Renders a diff report as a pull-request comment: the level counts, then breaking changes,
/// warnings and info, with repeated info checks summarised in one table row each.
pub fn markdown(report: &DiffReport, options: &RenderOptions<'_>) -> String {
    let title = match &options.title {
        Some(t) => t.clone(),
        None if report.old_file.is_empty() && report.new_file.is_empty() => {
            "Accord diff".to_string()
        }
        None => format!(
            "Accord diff: {} → {}",
            code(&report.old_file),
            code(&report.new_file)
        ),
    };
    let mut out = format!("### {title}\n\n| Level | Count |\n| --- | ---: |\n");
    for level in ChangeLevel::ALL {
        let _ = writeln!(
            out,
            "| {} {level} | {} |",
            change_icon(level),
            thousands(report.count(level))
        );
    }
    out.push('\n');
    let breaking = report.count(ChangeLevel::Breaking);
    if breaking == 0 {
        out.push_str("✅ **No breaking changes.**\n\n");
    } else {
        let _ = writeln!(out, "❌ **{}.**\n", plural(breaking, "breaking change"));
    }
    let changes = report.sorted();
    for level in ChangeLevel::ALL {
        let s = section(&changes, level);
        let total = s.listed.len() + s.summarised.values().map(Vec::len).sum::<usize>();
        if total == 0 {
            continue;
        }
        let _ = writeln!(
            out,
            "#### {} {} ({})\n",
            change_icon(level),
            level_title(level),
            thousands(total)
        );
        if !s.summarised.is_empty() {
            let mut table =
                String::from("| Change | Count | For example |\n| --- | ---: | --- |\n");
            for (id, group) in &s.summarised {
                let examples: Vec<String> = examples(group)
                    .into_iter()
                    .map(|c| format!("{} {}", code(&c.subject()), escape_cell(&c.message)))
                    .collect();
                let _ = writeln!(
                    table,
                    "| {} | {} | {} |",
                    code(id),
                    thousands(group.len()),
                    examples.join("<br>")
                );
            }
            table.push_str(
                "\n_Repeated changes are summarised; every one is in the JSON report \
                 (`--format json`)._\n",
            );
            out.push_str(&table);
            out.push('\n');
        }
        let items = &s.listed;
        if items.is_empty() {
            continue;
        }
        let shown = items.len().min(options.max_items);
        let mut table =
            String::from("| Subject | Change | Location | Message |\n| --- | --- | --- | --- |\n");
        for c in &items[..shown] {
            let mut msg = escape_cell(&c.message);
            if !c.affects.is_empty() {
                let affects: Vec<String> = c.affects.iter().map(|a| escape_cell(a)).collect();
                let _ = write!(msg, "<br>_affects:_ {}", affects.join(", "));
            }
            let _ = writeln!(
                table,
                "| {} | {} | {} | {} |",
                code(&c.subject()),
                code(&c.id),
                change_where(c),
                msg
            );
        }
        if items.len() > shown {
            let _ = writeln!(
                table,
                "\n_… and {} more not shown; see the full report (`--format html` or `json`)._",
                thousands(items.len() - shown)
            );
        }
        // Info is never urgent: always collapsed; other levels only when long.
        if level == ChangeLevel::Info || items.len() > COLLAPSE_AFTER {
            out.push_str(&details(&plural(items.len(), "change"), &table));
        } else {
            out.push_str(&table);
            out.push('\n');
        }
        // The YAML of what breaks, for reviewers.
        if level == ChangeLevel::Breaking {
            let mut snippets = String::new();
            for c in &items[..shown] {
                let lines = snippet_diff(c);
                if lines.is_empty() {
                    continue;
                }
                let _ = writeln!(snippets, "{} {}\n", code(&c.subject()), code(&c.id));
                snippets.push_str(&fenced("diff", &lines.join("\n")));
                snippets.push('\n');
            }
            if !snippets.is_empty() {
                out.push_str(&details("YAML of breaking changes", &snippets));
            }
        }
    }
    out.trim_end().to_string() + "\n"
}

// --- snippets --------------------------------------------------------------------------

/// Unified diff lines of a change's old and new YAML snippets (hunk headers numbered by the
/// lines in the files); every line added or removed when one side is missing.
fn snippet_diff(c: &Change) -> Vec<String> {
    let old = c.old.as_ref();
    let new = c.new.as_ref();
    let old_text = old.and_then(|s| s.snippet.as_deref());
    let new_text = new.and_then(|s| s.snippet.as_deref());
    let prefixed = |s: &str, prefix: char| -> Vec<String> {
        s.lines().map(|l| format!("{prefix}{l}")).collect()
    };
    let (o, n) = match (old_text, new_text) {
        (None, None) => return Vec::new(),
        (Some(o), None) => return prefixed(o, '-'),
        (None, Some(n)) => return prefixed(n, '+'),
        (Some(o), Some(n)) => (o, n),
    };
    let range = |r: std::ops::Range<usize>, start: u32| {
        let offset = start.max(1) as usize - 1;
        match r.end - r.start {
            0 => format!("{},0", r.start + offset),
            1 => format!("{}", r.start + offset + 1),
            len => format!("{},{len}", r.start + offset + 1),
        }
    };
    let (old_start, new_start) = (old.map_or(0, |s| s.line), new.map_or(0, |s| s.line));
    let diff = similar::TextDiff::from_lines(o, n);
    let mut out = Vec::new();
    for hunk in diff.unified_diff().context_radius(3).iter_hunks() {
        let ops = hunk.ops();
        let (Some(first), Some(last)) = (ops.first(), ops.last()) else {
            continue;
        };
        out.push(format!(
            "@@ -{} +{} @@",
            range(first.old_range().start..last.old_range().end, old_start),
            range(first.new_range().start..last.new_range().end, new_start)
        ));
        for change in hunk.iter_changes() {
            let sign = match change.tag() {
                similar::ChangeTag::Delete => '-',
                similar::ChangeTag::Insert => '+',
                similar::ChangeTag::Equal => ' ',
            };
            out.push(format!(
                "{sign}{}",
                change.value().trim_end_matches(['\n', '\r'])
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(id: &str, level: ChangeLevel, op: &str) -> Change {
        Change {
            id: id.to_string(),
            level,
            operation: Some(op.to_string()),
            channel: None,
            message: format!("{id} happened"),
            old: None,
            new: None,
            affects: Vec::new(),
        }
    }

    fn report() -> DiffReport {
        let mut changes: Vec<Change> = (0..25)
            .map(|i| {
                change(
                    "response-variant-removed",
                    ChangeLevel::Info,
                    &format!("GET /a{i:02}"),
                )
            })
            .collect();
        changes.push(change("operation-added", ChangeLevel::Info, "GET /new"));
        changes.push(change(
            "response-property-removed",
            ChangeLevel::Breaking,
            "GET /z",
        ));
        changes.push(change(
            "response-enum-value-added",
            ChangeLevel::Warning,
            "GET /y",
        ));
        let mut affected = change("response-variant-removed", ChangeLevel::Info, "GET /mapped");
        affected
            .affects
            .push("mapping crm.contact → Customer.kind".into());
        changes.push(affected);
        DiffReport::new("old.yaml", "new.yaml", changes)
    }

    #[test]
    fn text_puts_breaking_first_and_condenses_repeated_info() {
        let out = text(&report(), &RenderOptions::default());
        let breaking = out.find("Breaking (1)").unwrap();
        let warnings = out.find("Warnings (1)").unwrap();
        let info = out.find("Info (27)").unwrap();
        assert!(breaking < warnings && warnings < info, "{out}");
        assert!(out.contains("[response-variant-removed] reported 25 times, for example:"));
        assert!(out.contains("… and 22 more (every one is in `--format json`)"));
        // the rest are not listed one by one ...
        assert!(!out.contains("GET /a10"), "{out}");
        // ... except the one that touches a mapping, and checks that are not repeated
        assert!(out.contains("GET /mapped\n  info [response-variant-removed]"));
        assert!(out.contains("GET /new\n  info [operation-added]"));
        assert!(out.ends_with("diff: 1 breaking, 1 warning, 27 info\n"));
    }

    #[test]
    fn markdown_summarises_repeated_info_in_one_row() {
        let out = markdown(&report(), &RenderOptions::default());
        assert!(out.contains("| `response-variant-removed` | 25 | `GET /a00` response-variant-removed happened<br>"), "{out}");
        assert!(!out.contains("`GET /a10`"));
        assert!(out.find("#### ❌ Breaking (1)").unwrap() < out.find("#### ℹ️ Info (27)").unwrap());
    }

    #[test]
    fn json_keeps_every_change() {
        let r = report();
        let json = render(&r, Format::Json, &RenderOptions::default());
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["changes"].as_array().unwrap().len(), r.changes.len());
    }

    #[test]
    fn big_numbers_are_grouped() {
        assert_eq!(thousands(5216), "5,216");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
