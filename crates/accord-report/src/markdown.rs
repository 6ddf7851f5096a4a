//! GitHub-flavoured Markdown sized for a pull-request comment
//! (`--format markdown`).
//!
//! Each report starts with a heading and a summary table, then the details.
//! Lists longer than [`COLLAPSE_AFTER`] items are wrapped in a collapsible
//! `<details>` block; lists longer than [`RenderOptions::max_items`] are
//! truncated with a note saying how many were left out. Text from findings is
//! escaped for table cells: `|` and newlines always, HTML-significant
//! characters outside code spans. Diff changes come most severe first, and an
//! info check reported many times takes one summary row
//! ([`crate::condense`]).

use crate::RenderOptions;
use crate::condense::{self, counted, thousands};
use crate::group::Group;
use crate::mask::mask_secrets;
use crate::model::{
    Change, ChangeLevel, DiffReport, EventReport, LintLevel, LintReport, TestReport,
};
use crate::util::{group_by, plural, snippet_diff};

/// Lists with more items than this are collapsed into `<details>`.
pub const COLLAPSE_AFTER: usize = 10;

/// Escape text for a table cell. Backtick code spans are kept (only `|` is
/// escaped inside them); outside, `&`, `<`, `>` become entities. Newlines
/// become `<br>`.
pub fn escape_cell(text: &str) -> String {
    let balanced = text.matches('`').count() & 1 == 0;
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    for c in text.chars() {
        match c {
            '`' if balanced => {
                in_code = !in_code;
                out.push('`');
            }
            '`' => out.push_str("\\`"),
            '|' => out.push_str("\\|"),
            '\r' => {}
            '\n' => out.push_str(if in_code { " " } else { "<br>" }),
            '&' if !in_code => out.push_str("&amp;"),
            '<' if !in_code => out.push_str("&lt;"),
            '>' if !in_code => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// A code span around `text` (safe in a table cell).
pub fn code(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!(
        "{fence}{pad}{}{pad}{fence}",
        text.replace('|', "\\|").replace('\n', " ")
    )
}

/// A fenced code block whose fence is longer than any backtick run inside.
fn fenced(lang: &str, body: &str) -> String {
    let longest = body.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat((longest + 1).max(3));
    format!("{fence}{lang}\n{}\n{fence}\n", body.trim_end_matches('\n'))
}

fn lint_icon(level: LintLevel) -> &'static str {
    match level {
        LintLevel::Error => "❌",
        LintLevel::Warning => "⚠️",
        LintLevel::Info => "ℹ️",
    }
}

fn change_icon(level: ChangeLevel) -> &'static str {
    match level {
        ChangeLevel::Breaking => "❌",
        ChangeLevel::Warning => "⚠️",
        ChangeLevel::Info => "ℹ️",
    }
}

/// Wrap `body` in `<details>` under `summary`.
fn details(summary: &str, body: &str) -> String {
    format!("<details>\n<summary>{summary}</summary>\n\n{body}\n</details>\n\n")
}

/// Wrap `body` in `<details>` when `count` exceeds [`COLLAPSE_AFTER`].
fn maybe_collapse(out: &mut String, count: usize, summary: &str, body: &str) {
    if count > COLLAPSE_AFTER {
        out.push_str(&details(summary, body));
    } else {
        out.push_str(body);
        out.push('\n');
    }
}

fn truncation_note(total: usize, shown: usize) -> String {
    if total > shown {
        format!(
            "\n_… and {} more not shown; see the full report (`--format html` or `json`)._\n",
            total - shown
        )
    } else {
        String::new()
    }
}

fn heading(options: &RenderOptions<'_>, default: &str) -> String {
    format!("### {}\n\n", options.title.as_deref().unwrap_or(default))
}

/// Render a lint report as a pull-request comment.
pub fn lint(report: &LintReport, options: &RenderOptions<'_>) -> String {
    let mut out = heading(options, "Accord lint");
    out.push_str("| Level | Count |\n| --- | ---: |\n");
    for level in LintLevel::ALL {
        out.push_str(&format!(
            "| {} {level} | {} |\n",
            lint_icon(level),
            report.count(level)
        ));
    }
    out.push('\n');
    let diags = report.sorted();
    if diags.is_empty() {
        out.push_str("✅ No diagnostics.\n");
        return out;
    }
    let shown = diags.len().min(options.max_items);
    let mut table =
        String::from("| Level | Rule | Location | Message |\n| --- | --- | --- | --- |\n");
    for d in &diags[..shown] {
        let loc = &d.location;
        let mut msg = escape_cell(&d.message);
        if let Some(op) = &d.operation {
            msg.push_str(&format!(" ({})", code(op)));
        }
        if !d.help.is_empty() {
            msg.push_str(&format!("<br>_help:_ {}", escape_cell(&d.help)));
        }
        table.push_str(&format!(
            "| {} {} | {} | {} | {} |\n",
            lint_icon(d.level),
            d.level,
            code(&d.rule),
            code(&format!("{}:{}:{}", loc.file, loc.line, loc.column)),
            msg
        ));
    }
    table.push_str(&truncation_note(diags.len(), shown));
    maybe_collapse(
        &mut out,
        diags.len(),
        &plural(diags.len() as u64, "diagnostic"),
        &table,
    );
    out.trim_end().to_string() + "\n"
}

fn change_where(c: &Change) -> String {
    match c.primary_side() {
        Some(s) if s.line > 0 => code(&format!("{}:{}", s.file, s.line)),
        Some(s) if !s.file.is_empty() => code(&s.file),
        _ => String::new(),
    }
}

/// Most characters a GitHub comment (and so `markdown` output) holds.
pub const COMMENT_LIMIT: usize = 65_536;

/// Appends pieces while they fit under a limit, keeping room for a closing line.
struct Bounded {
    out: String,
    limit: usize,
    /// Pieces or rows left out for lack of room.
    left_out: usize,
}

impl Bounded {
    fn fits(&self, piece: &str) -> bool {
        self.out.len() + piece.len() <= self.limit
    }

    /// Appends `piece` when it fits; counts it as left out otherwise.
    fn push(&mut self, piece: &str) -> bool {
        if self.fits(piece) {
            self.out.push_str(piece);
            true
        } else {
            self.left_out += 1;
            false
        }
    }
}

/// The table row of a root cause: check and group ID, what it reaches, where, what changed
/// and what it affects.
fn group_row(g: &Group<'_>) -> String {
    let c = g.first();
    let reach = if g.len() == 1 {
        code(&c.subject())
    } else {
        format!(
            "{} changes: {}",
            thousands(g.len()),
            escape_cell(&g.reach_line())
        )
    };
    let mut what = escape_cell(&g.headline());
    let affects = g.affects();
    if !affects.is_empty() {
        let affects: Vec<String> = affects.iter().map(|a| escape_cell(a)).collect();
        what.push_str(&format!("<br>_affects:_ {}", affects.join(", ")));
    }
    format!(
        "| {} | {reach} | {} | {what} |\n",
        code(&g.id),
        change_where(c),
    )
}

/// The short row a blocking group falls back to when the full rows would not fit.
fn group_line(g: &Group<'_>) -> String {
    format!(
        "- {} {} ({})\n",
        code(&g.id),
        escape_cell(&g.headline()),
        counted(g.len(), "change")
    )
}

const GROUP_TABLE_HEAD: &str =
    "| Root cause | Reaches | Location | Change |\n| --- | --- | --- | --- |\n";

/// The table row of an info check summarised by [`crate::condense`]: its count and a few
/// examples.
fn summarised_row(id: &str, groups: &[Group<'_>]) -> String {
    let examples: Vec<String> = condense::examples(groups)
        .into_iter()
        .map(|c| format!("{} {}", code(&c.subject()), escape_cell(&c.message)))
        .collect();
    format!(
        "| {} | {} | {} |\n",
        code(id),
        thousands(condense::changes_in(groups)),
        examples.join("<br>")
    )
}

/// Render a diff report as a pull-request comment: the level counts, then one row per root
/// cause ([`crate::group`]), breaking first (those affecting our mappings at the top), then
/// warnings and info. Always at most [`COMMENT_LIMIT`] characters: every blocking root
/// cause is named, and what does not fit is left to the full report the last line names.
pub fn diff(report: &DiffReport, options: &RenderOptions<'_>) -> String {
    diff_within(
        report,
        options,
        COMMENT_LIMIT,
        "every change is in `accord diff --format html` and `--format json`",
    )
}

/// [`diff`] within `limit` characters, ending with `full_report` (where every change is).
pub fn diff_within(
    report: &DiffReport,
    options: &RenderOptions<'_>,
    limit: usize,
    full_report: &str,
) -> String {
    let default = if report.old_file.is_empty() && report.new_file.is_empty() {
        "Accord diff".to_string()
    } else {
        format!(
            "Accord diff: {} → {}",
            code(&report.old_file),
            code(&report.new_file)
        )
    };
    let sections = condense::sections(report);
    let mut head = heading(options, &default);
    head.push_str("| Level | Changes | Root causes |\n| --- | ---: | ---: |\n");
    for level in ChangeLevel::ALL {
        let groups = sections
            .iter()
            .find(|s| s.level == level)
            .map_or(0, |s| s.groups());
        head.push_str(&format!(
            "| {} {level} | {} | {} |\n",
            change_icon(level),
            thousands(report.count(level)),
            thousands(groups)
        ));
    }
    head.push('\n');
    let breaking = report.count(ChangeLevel::Breaking);
    if breaking == 0 {
        head.push_str("✅ **No breaking changes.**\n\n");
    } else {
        let roots = sections
            .iter()
            .find(|s| s.level == ChangeLevel::Breaking)
            .map_or(0, |s| s.groups());
        head.push_str(&format!(
            "❌ **{} from {}.**\n\n",
            counted(breaking, "breaking change"),
            counted(roots, "root cause")
        ));
    }
    let footer = format!("\n---\n_Full report: {full_report}._\n");
    let mut b = Bounded {
        out: head,
        limit: limit.saturating_sub(footer.len()),
        left_out: 0,
    };
    // Blocking root causes are always named: full rows when they fit, short lines if not.
    if let Some(section) = sections.iter().find(|s| s.level == ChangeLevel::Breaking) {
        let title = format!(
            "#### {} Breaking ({} in {})\n\n",
            change_icon(ChangeLevel::Breaking),
            thousands(section.total()),
            counted(section.groups(), "root cause")
        );
        let mut table = format!("{title}{GROUP_TABLE_HEAD}");
        for g in &section.listed {
            table.push_str(&group_row(g));
        }
        table.push('\n');
        if !b.push(&table) {
            b.left_out -= 1;
            b.push(&title);
            for g in &section.listed {
                b.push(&group_line(g));
            }
            b.push("\n");
        }
    }
    // Then, while there is room: the YAML of what breaks, warnings, info.
    for section in &sections {
        let level = section.level;
        if level == ChangeLevel::Breaking {
            let mut snippets = String::new();
            for g in section.listed.iter().take(options.max_items) {
                let lines = snippet_diff(g.first());
                if lines.is_empty() {
                    continue;
                }
                snippets.push_str(&format!(
                    "{} {}\n\n",
                    code(&g.id),
                    escape_cell(&g.headline())
                ));
                snippets.push_str(&fenced("diff", &lines.join("\n")));
                snippets.push('\n');
            }
            if !snippets.is_empty() {
                b.push(&details("YAML of breaking changes", &snippets));
            }
            continue;
        }
        let title = format!(
            "#### {} {} ({} in {})\n\n",
            change_icon(level),
            condense::level_title(level),
            thousands(section.total()),
            counted(section.groups(), "root cause")
        );
        let mut body = String::new();
        if !section.summarised.is_empty() {
            body.push_str("| Change | Count | For example |\n| --- | ---: | --- |\n");
            for (id, groups) in &section.summarised {
                body.push_str(&summarised_row(id, groups));
            }
            body.push_str("\n_Repeated changes are summarised._\n\n");
        }
        if !section.listed.is_empty() {
            body.push_str(GROUP_TABLE_HEAD);
            let shown = section.listed.len().min(options.max_items);
            for g in &section.listed[..shown] {
                body.push_str(&group_row(g));
            }
            body.push_str(&truncation_note(section.listed.len(), shown));
        }
        // Info is never urgent: always collapsed; warnings only when long.
        let piece = if level == ChangeLevel::Info || section.groups() > COLLAPSE_AFTER {
            let listed = counted(section.listed.len(), "root cause");
            format!("{title}{}", details(&format!("{listed} listed"), &body))
        } else {
            format!("{title}{body}\n")
        };
        if !b.push(&piece) {
            b.push(&format!(
                "{title}_{} not shown here: the comment is full._\n\n",
                counted(section.groups(), "root cause")
            ));
        }
    }
    let mut out = b.out.trim_end().to_string() + "\n";
    out.push_str(&footer);
    out
}

/// Render a conformance test report as a pull-request comment. Secrets are
/// masked.
pub fn test(report: &TestReport, options: &RenderOptions<'_>) -> String {
    let s = report.summary();
    let mut out = heading(options, "Accord conformance test");
    out.push_str(
        "| Operations | Requests | Failures | Duration |\n| ---: | ---: | ---: | ---: |\n",
    );
    out.push_str(&format!(
        "| {} | {} | {} | {} ms |\n\n",
        s.operations, s.requests, s.failures, s.duration_ms
    ));
    let c = &report.coverage;
    if c.operations_total > 0 || c.stopped_by.is_some() {
        out.push_str(&format!(
            "Coverage: {} of {} exercised{}.\n\n",
            c.operations_exercised,
            plural(c.operations_total, "operation"),
            c.stopped_by
                .map(|s| format!(", stopped by `{}`", s.label()))
                .unwrap_or_default()
        ));
    }
    let untested = report.untested_verdict();
    if let Some(why) = &untested {
        out.push_str(&format!(
            "❌ Incomplete, not a pass: {}.\n\n",
            escape_cell(&mask_secrets(why))
        ));
    }
    let failures = report.sorted();
    if failures.is_empty() {
        if untested.is_none() {
            out.push_str("✅ No failures.\n");
        }
        out.push_str(&test_contract(report, options));
        return out;
    }
    let mut overview = String::from("| Operation | Check | Failures |\n| --- | --- | ---: |\n");
    let groups = group_by(failures.clone(), |f| (f.operation.clone(), f.check.clone()));
    for ((op, check), fs) in &groups {
        overview.push_str(&format!(
            "| {} | {} | {} |\n",
            code(op),
            code(check),
            fs.len()
        ));
    }
    maybe_collapse(
        &mut out,
        groups.len(),
        &plural(groups.len() as u64, "failing check"),
        &overview,
    );
    let shown = failures.len().min(options.max_items);
    let mut details = String::new();
    for ((op, check), fs) in group_by(failures[..shown].to_vec(), |f| {
        (f.operation.clone(), f.check.clone())
    }) {
        details.push_str(&format!("**{}** {}\n\n", code(&op), code(&check)));
        for f in fs {
            details.push_str(&format!("- {}\n", escape_cell(&mask_secrets(&f.message))));
            if !f.reproduction.is_empty() {
                let block = fenced("sh", &mask_secrets(&f.reproduction));
                for line in block.lines() {
                    details.push_str(&format!("  {line}\n"));
                }
            }
        }
        details.push('\n');
    }
    details.push_str(&truncation_note(failures.len(), shown));
    out.push_str(&format!(
        "<details>\n<summary>Failure details ({})</summary>\n\n{}\n\n</details>\n",
        failures.len(),
        details.trim_end()
    ));
    out.push_str(&test_contract(report, options));
    out
}

/// The contract's own defects the run met, after the API's failures: a table of where each
/// is, its operation and what is wrong.
fn test_contract(report: &TestReport, options: &RenderOptions<'_>) -> String {
    let findings = report.sorted_contract();
    if findings.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "\n⚠️ Contract: {} (the contract's defects, not the API's failures; not counted against it).\n\n| Where | Operation | ID | Message |\n| --- | --- | --- | --- |\n",
        plural(findings.len() as u64, "finding")
    );
    let shown = findings.len().min(options.max_items);
    for f in &findings[..shown] {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            code(&f.place()),
            code(&f.operation),
            code(&f.id),
            escape_cell(&mask_secrets(&f.message))
        ));
    }
    out.push_str(&truncation_note(findings.len(), shown));
    out
}

/// Render an event validation report as a pull-request comment.
pub fn events(report: &EventReport, options: &RenderOptions<'_>) -> String {
    let s = report.summary();
    let mut out = heading(options, "Accord event validation");
    out.push_str("| Events | Failures |\n| ---: | ---: |\n");
    out.push_str(&format!("| {} | {} |\n\n", s.events, s.failures));
    let failures = report.sorted();
    if failures.is_empty() {
        out.push_str("✅ No failures.\n");
        return out;
    }
    let shown = failures.len().min(options.max_items);
    let mut table = String::from(
        "| Line | Channel | Check | Pointer | Message |\n| ---: | --- | --- | --- | --- |\n",
    );
    for f in &failures[..shown] {
        table.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            f.line,
            code(&f.channel),
            code(&f.check),
            if f.pointer.is_empty() {
                String::new()
            } else {
                code(&f.pointer)
            },
            escape_cell(&f.message)
        ));
    }
    table.push_str(&truncation_note(failures.len(), shown));
    maybe_collapse(
        &mut out,
        failures.len(),
        &plural(failures.len() as u64, "failure"),
        &table,
    );
    out.trim_end().to_string() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Diagnostic, Location};

    #[test]
    fn cells_are_escaped() {
        assert_eq!(
            escape_cell("a|b\n<x> `a|<b>`"),
            "a\\|b<br>&lt;x&gt; `a\\|<b>`"
        );
        assert_eq!(escape_cell("odd ` tick"), "odd \\` tick");
        assert_eq!(code("a`b"), "``a`b``");
    }

    #[test]
    fn diff_summarises_repeated_info_in_one_row_after_breaking_and_warnings() {
        let out = diff(
            &crate::condense::tests::upgrade(),
            &RenderOptions::default(),
        );
        let breaking = out.find("#### ❌ Breaking (12 in 12 root causes)").unwrap();
        let warnings = out.find("#### ⚠️ Warnings (12 in 12 root causes)").unwrap();
        let info = out.find("#### ℹ️ Info (27 in 27 root causes)").unwrap();
        assert!(breaking < warnings && warnings < info, "{out}");
        assert!(
            out.contains(
                "| `response-variant-removed` | 25 | \
                 `GET /a00` response-variant-removed happened<br>\
                 `GET /a01` response-variant-removed happened<br>\
                 `GET /a02` response-variant-removed happened |"
            ),
            "{out}"
        );
        assert!(!out.contains("`GET /a10`"));
        assert!(
            out.contains("<summary>2 root causes listed</summary>"),
            "{out}"
        );
        // breaking changes and warnings keep a row per root cause
        assert_eq!(out.matches("| `response-property-removed~").count(), 12);
        assert_eq!(out.matches("| `response-enum-value-added~").count(), 12);
        assert!(out.contains("❌ **12 breaking changes from 12 root causes.**"));
        assert!(out.len() <= COMMENT_LIMIT);
    }

    #[test]
    fn long_lists_collapse_and_truncate() {
        let diags = (0..30)
            .map(|i| Diagnostic {
                rule: "r".into(),
                level: LintLevel::Warning,
                location: Location::new("a.yaml", i + 1, 1, ""),
                operation: None,
                message: format!("m{i}"),
                help: String::new(),
            })
            .collect();
        let opts = RenderOptions {
            max_items: 20,
            ..RenderOptions::default()
        };
        let out = lint(&LintReport::new(diags), &opts);
        assert!(out.contains("<details>\n<summary>30 diagnostics</summary>"));
        assert!(out.contains("… and 10 more not shown"));
        assert!(out.contains("m19") && !out.contains("m20 "));
    }
}
