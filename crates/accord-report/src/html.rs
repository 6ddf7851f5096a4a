//! A self-contained HTML page for reviewers (`--format html`), and the
//! building blocks to compose multi-report pages.
//!
//! The page has inline CSS, no external assets and no JavaScript; a
//! Content-Security-Policy forbids scripts and remote loads, and every piece
//! of finding text goes through [`escape`]. Each section opens with
//! [`summary_counts`], whose `<span data-count="NAME">N</span>` elements
//! carry the same numbers as the JSON `summary`, so a browser test can
//! compare them. Sections carry `data-report` (`lint`, `diff`, `test`,
//! `events`) for scoping. Diff changes show the old and new YAML snippets
//! side by side with removed and added lines highlighted; severe findings
//! are expanded, the rest collapsed in `<details>`.
//!
//! Composing: `page(title, &[lint_section(..), diff_section(..), footer(v)])`.

use crate::group;
use crate::mask::mask_secrets;
use crate::model::{
    Change, ChangeLevel, ChangeSide, DiffReport, EventReport, LintLevel, LintReport, TestReport,
};
use crate::util::{SourceCache, group_by, plural, side_by_side};
use crate::{RenderOptions, SourceProvider};

/// Lines of context shown around a lint diagnostic's line.
const EXCERPT_CONTEXT: u32 = 2;

/// Escape text for HTML content and (quoted) attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = r#"
:root { --fg:#1f2328; --bg:#ffffff; --muted:#59636e; --border:#d1d9e0; --panel:#f6f8fa;
  --err:#cf222e; --warn:#9a6700; --info:#0969da; --ok:#1a7f37; --add:#dafbe1; --del:#ffebe9; }
@media (prefers-color-scheme: dark) { :root { --fg:#e6edf3; --bg:#0d1117; --muted:#9198a1;
  --border:#3d444d; --panel:#151b23; --err:#ff7b72; --warn:#d29922; --info:#58a6ff; --ok:#3fb950;
  --add:#12261e; --del:#25171c; } }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;
  color:var(--fg); background:var(--bg); }
header, main, footer { max-width:1200px; margin:0 auto; padding:0 16px; }
header h1 { font-size:22px; margin:20px 0 8px; }
section.report { border:1px solid var(--border); border-radius:6px; margin:16px 0; padding:0 16px 12px; }
section.report > h2 { font-size:18px; margin:12px 0; }
code, pre { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:12px; }
pre { margin:0; white-space:pre-wrap; word-break:break-word; }
.summary-counts { display:flex; flex-wrap:wrap; gap:8px; margin:8px 0; }
.count { border:1px solid var(--border); border-radius:999px; padding:2px 10px; background:var(--panel); }
.count [data-count] { font-weight:600; }
.count-error [data-count], .count-breaking [data-count], .count-failures [data-count] { color:var(--err); }
.count-warning [data-count] { color:var(--warn); }
.count-info [data-count] { color:var(--info); }
.verdict { font-weight:600; }
.verdict.ok { color:var(--ok); } .verdict.bad { color:var(--err); }
.badge { display:inline-block; min-width:64px; text-align:center; border-radius:4px; padding:0 6px;
  font-size:12px; font-weight:600; color:#fff; }
.badge.level-error, .badge.level-breaking, .badge.level-failure { background:var(--err); }
.badge.level-warning { background:var(--warn); }
.badge.level-info { background:var(--info); }
details.item { border-top:1px solid var(--border); padding:6px 0; }
details.item > summary { cursor:pointer; }
details.item > summary code { font-weight:600; }
.subject, .where { color:var(--muted); }
.body { margin:6px 0 6px 24px; }
.help { color:var(--ok); }
dl.meta { display:grid; grid-template-columns:max-content 1fr; gap:2px 12px; margin:4px 0; }
dl.meta dt { color:var(--muted); } dl.meta dd { margin:0; }
table { border-collapse:collapse; width:100%; }
th, td { border:1px solid var(--border); padding:2px 6px; text-align:left; vertical-align:top; }
th { background:var(--panel); }
table.sbs td.ln { width:1%; color:var(--muted); text-align:right; user-select:none; }
table.sbs td.code { width:49%; }
table.sbs td.del { background:var(--del); } table.sbs td.add { background:var(--add); }
table.sbs td.none { background:var(--panel); }
pre.excerpt { background:var(--panel); border:1px solid var(--border); border-radius:4px; padding:4px 8px; }
pre.excerpt mark { background:var(--del); color:inherit; }
ul.affects { margin:4px 0; }
.empty { color:var(--muted); font-style:italic; }
.filter { margin:8px 0; color:var(--muted); }
.filter label { margin-right:12px; cursor:pointer; }
.filter:has(.show-warning:checked) + .groups > details[data-level="info"] { display:none; }
.filter:has(.show-breaking:checked) + .groups > details:not([data-level="breaking"]) { display:none; }
ul.members { columns:2; margin:4px 0; font-size:12px; }
footer { color:var(--muted); font-size:12px; margin:24px auto; }
"#;

/// A complete, self-contained HTML document around `sections`.
pub fn page(title: &str, sections: &[String]) -> String {
    let mut out =
        String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n",
    );
    out.push_str(&format!("<title>{}</title>\n", escape(title)));
    out.push_str(&format!("<style>{CSS}</style>\n</head>\n<body>\n"));
    out.push_str(&format!(
        "<header><h1>{}</h1></header>\n<main>\n",
        escape(title)
    ));
    for s in sections {
        out.push_str(s);
        if !s.ends_with('\n') {
            out.push('\n');
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// The footer naming the tool version (a section for [`page`]).
pub fn footer(tool_version: &str) -> String {
    format!(
        "<footer>Generated by accord {}</footer>\n",
        escape(tool_version)
    )
}

/// Count badges: `<span class="count count-NAME"><span data-count="NAME">N</span> NAME</span>`
/// for each `(NAME, N)`, inside `<div class="summary-counts">`.
pub fn summary_counts(counts: &[(&str, u64)]) -> String {
    let mut out = String::from("<div class=\"summary-counts\">");
    for (name, n) in counts {
        let name = escape(name);
        out.push_str(&format!(
            "<span class=\"count count-{name}\"><span data-count=\"{name}\">{n}</span> {name}</span>"
        ));
    }
    out.push_str("</div>\n");
    out
}

fn section_open(kind: &str, tag: &str, heading: &str) -> String {
    format!(
        "<section class=\"report report-{kind}\" data-report=\"{kind}\" data-format=\"{tag}\">\n<h2>{}</h2>\n",
        escape(heading)
    )
}

fn verdict(ok: bool, text: &str) -> String {
    format!(
        "<p class=\"verdict {}\">{}</p>\n",
        if ok { "ok" } else { "bad" },
        escape(text)
    )
}

fn excerpt(sources: &mut SourceCache<'_>, file: &str, line: u32) -> Option<String> {
    let target = sources.line(file, line)?;
    let first = line.saturating_sub(EXCERPT_CONTEXT).max(1);
    let width = (line + EXCERPT_CONTEXT).to_string().len();
    let mut out = String::from("<pre class=\"excerpt\">");
    for n in first..=line + EXCERPT_CONTEXT {
        let text = if n == line {
            Some(target.clone())
        } else {
            sources.line(file, n)
        };
        let Some(text) = text else { break };
        let row = format!("{n:>width$} | {}", escape(&text));
        if n == line {
            out.push_str(&format!("<mark>{row}</mark>\n"));
        } else {
            out.push_str(&row);
            out.push('\n');
        }
    }
    out.push_str("</pre>\n");
    Some(out)
}

/// The lint section: counts, then one item per diagnostic (errors
/// expanded), with a source excerpt when `sources` has the file.
pub fn lint_section(
    report: &LintReport,
    heading: &str,
    sources: Option<&dyn SourceProvider>,
) -> String {
    let mut sources = SourceCache::new(sources);
    let s = report.summary();
    let mut out = section_open("lint", crate::json::LINT_FORMAT, heading);
    out.push_str(&summary_counts(&[
        ("error", s.error),
        ("warning", s.warning),
        ("info", s.info),
    ]));
    if report.is_empty() {
        out.push_str("<p class=\"empty\">No diagnostics.</p>\n</section>\n");
        return out;
    }
    let n = report.diagnostics.len() as u64;
    out.push_str(&verdict(
        s.error == 0,
        &format!("{}.", plural(n, "diagnostic")),
    ));
    for (file, diags) in group_by(report.sorted(), |d| d.location.file.clone()) {
        out.push_str(&format!(
            "<h3 class=\"file\"><code>{}</code> <span class=\"where\">({})</span></h3>\n",
            escape(&file),
            plural(diags.len() as u64, "diagnostic")
        ));
        for d in diags {
            let l = &d.location;
            let open = if d.level == LintLevel::Error {
                " open"
            } else {
                ""
            };
            out.push_str(&format!(
                "<details class=\"item level-{lvl}\" data-level=\"{lvl}\" data-rule=\"{rule}\"{open}>\n<summary><span class=\"badge level-{lvl}\">{lvl}</span> <code>{rule}</code> <span class=\"where\">{file}:{line}:{col}</span> {msg}</summary>\n<div class=\"body\">\n",
                lvl = d.level,
                rule = escape(&d.rule),
                file = escape(&l.file),
                line = l.line,
                col = l.column,
                msg = escape(&d.message),
            ));
            if let Some(ex) = excerpt(&mut sources, &l.file, l.line) {
                out.push_str(&ex);
            }
            out.push_str("<dl class=\"meta\">");
            if !l.pointer.is_empty() {
                out.push_str(&format!(
                    "<dt>pointer</dt><dd><code>{}</code></dd>",
                    escape(&l.pointer)
                ));
            }
            if let Some(op) = &d.operation {
                out.push_str(&format!(
                    "<dt>operation</dt><dd><code>{}</code></dd>",
                    escape(op)
                ));
            }
            out.push_str("</dl>\n");
            if !d.help.is_empty() {
                out.push_str(&format!(
                    "<p class=\"help\">help: {}</p>\n",
                    escape(&d.help)
                ));
            }
            out.push_str("</div>\n</details>\n");
        }
    }
    out.push_str("</section>\n");
    out
}

fn side_label(side: &ChangeSide) -> String {
    if side.line > 0 {
        format!("{}:{}", side.file, side.line)
    } else {
        side.file.clone()
    }
}

/// Old and new snippets side by side; `None` when neither side has one.
fn snippet_table(c: &Change) -> Option<String> {
    // An added or removed element is shown alone, not beside its parent.
    let (old_side, new_side) = crate::util::element_sides(c);
    let old = old_side.and_then(|s| s.snippet.as_deref());
    let new = new_side.and_then(|s| s.snippet.as_deref());
    if old.is_none() && new.is_none() {
        return None;
    }
    let offset = |side: &Option<ChangeSide>| {
        side.as_ref()
            .map_or(0, |s| s.line.saturating_sub(1) as usize)
    };
    let (old_off, new_off) = (offset(&c.old), offset(&c.new));
    let label = |side: &Option<ChangeSide>, fallback: &str| {
        side.as_ref()
            .map_or_else(|| fallback.to_string(), side_label)
    };
    let mut out = format!(
        "<table class=\"sbs\">\n<thead><tr><th colspan=\"2\">old: {}</th><th colspan=\"2\">new: {}</th></tr></thead>\n<tbody>\n",
        escape(&label(&c.old, "(absent)")),
        escape(&label(&c.new, "(absent)"))
    );
    for row in side_by_side(old.unwrap_or(""), new.unwrap_or("")) {
        out.push_str("<tr>");
        for (cell, off, changed_class) in [(&row.old, old_off, "del"), (&row.new, new_off, "add")] {
            match cell {
                Some((n, text)) => {
                    let class = if row.changed { changed_class } else { "same" };
                    out.push_str(&format!(
                        "<td class=\"ln\">{}</td><td class=\"code {class}\"><pre>{}</pre></td>",
                        n + off,
                        escape(text)
                    ));
                }
                None => out.push_str("<td class=\"ln\"></td><td class=\"code none\"></td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    Some(out)
}

/// The level filter of a diff section: radio buttons styled by CSS `:checked` (no script),
/// `name` unique per section.
fn level_filter(name: &str) -> String {
    let mut out = String::from("<div class=\"filter\">show: ");
    for (value, label, checked) in [
        ("all", "everything", " checked"),
        ("warning", "breaking and warnings", ""),
        ("breaking", "breaking only", ""),
    ] {
        out.push_str(&format!(
            "<label><input type=\"radio\" class=\"show-{value}\" name=\"{name}\"{checked}> {label}</label> "
        ));
    }
    out.push_str("</div>\n");
    out
}

/// The diff section: counts and verdict, a no-script level filter, then one collapsed item
/// per root cause ([`crate::group`]) in the order reviewers need (what breaks our mappings
/// first, document-level info last). A breaking or warning root cause shows the YAML of
/// both sides of its first change in two columns; every root cause lists every change it
/// is made of.
pub fn diff_section(report: &DiffReport, heading: &str) -> String {
    let s = report.summary();
    let mut out = section_open("diff", crate::json::DIFF_FORMAT, heading);
    if !report.old_file.is_empty() || !report.new_file.is_empty() {
        out.push_str(&format!(
            "<p class=\"files\"><code>{}</code> → <code>{}</code></p>\n",
            escape(&report.old_file),
            escape(&report.new_file)
        ));
    }
    let groups = group::groups(report);
    let roots = |level| groups.iter().filter(|g| g.level == level).count() as u64;
    out.push_str(&summary_counts(&[
        ("breaking", s.breaking),
        ("warning", s.warning),
        ("info", s.info),
        ("breaking-root-causes", roots(ChangeLevel::Breaking)),
    ]));
    if report.is_empty() {
        out.push_str("<p class=\"empty\">No changes.</p>\n</section>\n");
        return out;
    }
    out.push_str(&verdict(
        s.breaking == 0,
        &if s.breaking == 0 {
            "No breaking changes.".to_string()
        } else {
            format!(
                "{} breaking {} from {} root {}.",
                s.breaking,
                if s.breaking == 1 { "change" } else { "changes" },
                roots(ChangeLevel::Breaking),
                if roots(ChangeLevel::Breaking) == 1 {
                    "cause"
                } else {
                    "causes"
                }
            )
        },
    ));
    // Radio names must be unique per page: sections differ by heading and files.
    let name = format!(
        "level-{:08x}",
        fnv32(&format!(
            "{heading}\u{0}{}\u{0}{}",
            report.old_file, report.new_file
        ))
    );
    out.push_str(&level_filter(&name));
    out.push_str("<div class=\"groups\">\n");
    for g in &groups {
        let c = g.first();
        let subject = if g.len() == 1 {
            format!(
                "<span class=\"subject\"><code>{}</code></span> ",
                escape(&c.subject())
            )
        } else {
            String::new()
        };
        out.push_str(&format!(
            "<details class=\"item level-{lvl}\" data-level=\"{lvl}\" data-id=\"{id}\" data-group=\"{gid}\" data-changes=\"{n}\">\n<summary><span class=\"badge level-{lvl}\">{lvl}</span> <code>{id}</code> {subject}{msg}",
            lvl = g.level,
            id = escape(g.check),
            gid = escape(&g.id),
            n = g.len(),
            msg = escape(&g.headline()),
        ));
        if g.len() > 1 {
            out.push_str(&format!(
                " <span class=\"where\">{} changes: {}</span>",
                g.len(),
                escape(&g.reach_line())
            ));
        }
        if !g.affects().is_empty() {
            out.push_str(" <span class=\"badge level-warning\">affects us</span>");
        }
        out.push_str("</summary>\n<div class=\"body\">\n<dl class=\"meta\">");
        out.push_str(&format!(
            "<dt>group</dt><dd><code>{}</code></dd>",
            escape(&g.id)
        ));
        for (name, side) in [("old", &c.old), ("new", &c.new)] {
            if let Some(side) = side {
                out.push_str(&format!(
                    "<dt>{name}</dt><dd><code>{}</code> <code>{}</code></dd>",
                    escape(&side_label(side)),
                    escape(&side.pointer)
                ));
            }
        }
        out.push_str("</dl>\n");
        // Snippets cost most of the page: only what a reviewer must judge gets them.
        if g.level > ChangeLevel::Info
            && let Some(table) = snippet_table(c)
        {
            out.push_str(&table);
        }
        let affects = g.affects();
        if !affects.is_empty() {
            out.push_str("<p>affects:</p>\n<ul class=\"affects\">");
            for a in affects {
                out.push_str(&format!("<li>{}</li>", escape(a)));
            }
            out.push_str("</ul>\n");
        }
        if g.len() > 1 {
            out.push_str("<ul class=\"members\">");
            for m in &g.changes {
                let place = if m.place.is_empty() {
                    String::new()
                } else {
                    format!(" {}", escape(&m.place))
                };
                out.push_str(&format!(
                    "<li><code>{}</code>{place}</li>",
                    escape(&m.subject())
                ));
            }
            out.push_str("</ul>\n");
        }
        out.push_str("</div>\n</details>\n");
    }
    out.push_str("</div>\n</section>\n");
    out
}

/// 32-bit FNV-1a, for ids that must be unique within a page.
fn fnv32(text: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// The conformance test section: counts, then failures grouped by
/// operation, each with its check, message and (masked) reproduction.
pub fn test_section(report: &TestReport, heading: &str) -> String {
    let s = report.summary();
    let mut out = section_open("test", crate::json::TEST_FORMAT, heading);
    out.push_str(&summary_counts(&[
        ("operations", s.operations),
        ("requests", s.requests),
        ("failures", s.failures),
        ("duration_ms", s.duration_ms),
    ]));
    let untested = report.untested_verdict();
    if let Some(why) = &untested {
        out.push_str(&verdict(
            false,
            &format!("Incomplete, not a pass: {}.", mask_secrets(why)),
        ));
    }
    if s.failures == 0 {
        if untested.is_none() {
            out.push_str("<p class=\"empty\">No failures.</p>\n");
        }
        out.push_str(&test_contract(report));
        out.push_str(&test_coverage(report));
        out.push_str("</section>\n");
        return out;
    }
    out.push_str(&verdict(
        false,
        &format!("{}.", plural(s.failures, "failure")),
    ));
    for (op, fs) in group_by(report.sorted(), |f| f.operation.clone()) {
        out.push_str(&format!(
            "<details class=\"item level-failure\" data-operation=\"{op}\" open>\n<summary><code>{op}</code> <span class=\"where\">({n})</span></summary>\n<div class=\"body\">\n",
            op = escape(&op),
            n = plural(fs.len() as u64, "failure"),
        ));
        for f in fs {
            out.push_str(&format!(
                "<div class=\"failure\" data-check=\"{check}\"><p><span class=\"badge level-failure\">fail</span> <code>{check}</code> {msg}</p>\n",
                check = escape(&f.check),
                msg = escape(&mask_secrets(&f.message)),
            ));
            if !f.reproduction.is_empty() {
                out.push_str(&format!(
                    "<pre class=\"excerpt\"><code>{}</code></pre>\n",
                    escape(&mask_secrets(&f.reproduction))
                ));
            }
            out.push_str("</div>\n");
        }
        out.push_str("</div>\n</details>\n");
    }
    out.push_str(&test_contract(report));
    out.push_str(&test_coverage(report));
    out.push_str("</section>\n");
    out
}

/// The contract's own defects the run met, apart from the API's failures: one warning per
/// finding with its place in the contract, the operation and what is wrong.
fn test_contract(report: &TestReport) -> String {
    let findings = report.sorted_contract();
    if findings.is_empty() {
        return String::new();
    }
    let n = findings.len() as u64;
    let mut out = format!(
        "<details class=\"contract\" data-contract-findings=\"{n}\" open>\n<summary>Contract: {} (the contract's defects, not the API's failures)</summary>\n",
        plural(n, "finding"),
    );
    for f in findings {
        out.push_str(&format!(
            "<div class=\"item level-warning\" data-id=\"{id}\" data-operation=\"{op}\" data-pointer=\"{pointer}\"><p><span class=\"badge level-warning\">warning</span> <code>{id}</code> <span class=\"where\">{place}</span> <code>{op}</code> {msg}</p></div>\n",
            id = escape(&f.id),
            op = escape(&f.operation),
            pointer = escape(&f.location.pointer),
            place = escape(&f.place()),
            msg = escape(&mask_secrets(&f.message)),
        ));
    }
    out.push_str("</details>\n");
    out
}

/// The coverage table of a test report: per operation its requests, status classes and the
/// checks that did not judge it, with the reason.
fn test_coverage(report: &TestReport) -> String {
    let c = &report.coverage;
    if c.operations.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<details class=\"coverage\" data-operations-total=\"{}\" data-operations-exercised=\"{}\" data-stopped-by=\"{}\">\n<summary>Coverage: {} of {} exercised{}</summary>\n",
        c.operations_total,
        c.operations_exercised,
        c.stopped_by.map(|s| s.label()).unwrap_or(""),
        c.operations_exercised,
        plural(c.operations_total, "operation"),
        c.stopped_by
            .map(|s| format!(", stopped by {}", s.label()))
            .unwrap_or_default(),
    );
    out.push_str("<table class=\"coverage\">\n<thead><tr><th>Operation</th><th>Requests</th><th>Statuses</th><th>Not exercised</th></tr></thead>\n<tbody>\n");
    for op in &c.operations {
        let not: Vec<String> = op
            .not_exercised_by_reason()
            .into_iter()
            .map(|(reason, checks)| {
                format!(
                    "<code>{}</code>: {}",
                    escape(&checks.join(", ")),
                    escape(&mask_secrets(reason))
                )
            })
            .collect();
        let generated = if op.generated.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = op
                .generated
                .iter()
                .map(|g| format!("{} <code>{}</code>", escape(&g.location), escape(&g.name)))
                .collect();
            format!("<br>generated: {}", names.join(", "))
        };
        out.push_str(&format!(
            "<tr data-operation=\"{op_attr}\"><td><code>{op_attr}</code></td><td>{}</td><td>{}{generated}</td><td>{}</td></tr>\n",
            op.requests,
            escape(&op.statuses_text()),
            not.join("<br>"),
            op_attr = escape(&op.operation),
        ));
    }
    out.push_str("</tbody>\n</table>\n</details>\n");
    out
}

/// The event validation section: counts, then a table of failures.
pub fn events_section(report: &EventReport, heading: &str) -> String {
    let s = report.summary();
    let mut out = section_open("events", crate::json::EVENTS_FORMAT, heading);
    out.push_str(&summary_counts(&[
        ("events", s.events),
        ("failures", s.failures),
    ]));
    if s.failures == 0 {
        out.push_str("<p class=\"empty\">No failures.</p>\n</section>\n");
        return out;
    }
    out.push_str(&verdict(
        false,
        &format!("{}.", plural(s.failures, "failure")),
    ));
    out.push_str("<table class=\"events\">\n<thead><tr><th>Line</th><th>Channel</th><th>Check</th><th>Pointer</th><th>Message</th></tr></thead>\n<tbody>\n");
    for f in report.sorted() {
        out.push_str(&format!(
            "<tr data-check=\"{check}\"><td>{}</td><td><code>{}</code></td><td><code>{check}</code></td><td><code>{}</code></td><td>{}</td></tr>\n",
            f.line,
            escape(&f.channel),
            escape(&f.pointer),
            escape(&f.message),
            check = escape(&f.check),
        ));
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    out
}

fn full(options: &RenderOptions<'_>, default_title: &str, section: String) -> String {
    let title = options.title.as_deref().unwrap_or(default_title);
    page(title, &[section, footer(options.tool_version)])
}

/// A lint report as a complete page.
pub fn lint(report: &LintReport, options: &RenderOptions<'_>) -> String {
    full(
        options,
        "Accord lint",
        lint_section(report, "Lint", options.sources),
    )
}

/// A diff report as a complete page.
pub fn diff(report: &DiffReport, options: &RenderOptions<'_>) -> String {
    full(options, "Accord diff", diff_section(report, "Changes"))
}

/// A conformance test report as a complete page.
pub fn test(report: &TestReport, options: &RenderOptions<'_>) -> String {
    full(
        options,
        "Accord conformance test",
        test_section(report, "Conformance"),
    )
}

/// An event validation report as a complete page.
pub fn events(report: &EventReport, options: &RenderOptions<'_>) -> String {
    full(
        options,
        "Accord event validation",
        events_section(report, "Events"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Diagnostic, Location};

    #[test]
    fn escapes_script() {
        let r = LintReport::new(vec![Diagnostic {
            rule: "r\"><script>".into(),
            level: LintLevel::Error,
            location: Location::new("<a>.yaml", 1, 1, ""),
            operation: Some("GET /<x>".into()),
            message: "<script>alert(1)</script>".into(),
            help: "&".into(),
        }]);
        let out = lint(&r, &RenderOptions::default());
        assert!(!out.contains("<script"));
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(out.contains("data-rule=\"r&quot;&gt;&lt;script&gt;\""));
    }

    #[test]
    fn counts_have_data_attributes() {
        let c = summary_counts(&[("breaking", 3)]);
        assert!(c.contains("<span data-count=\"breaking\">3</span>"));
    }

    #[test]
    fn no_external_assets() {
        let out = diff(&DiffReport::default(), &RenderOptions::default());
        assert!(!out.contains("http://") && !out.contains("src=") && !out.contains("<link"));
        assert!(!out.contains("<script"));
    }
}
