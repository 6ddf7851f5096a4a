//! The terminal end of `accord check`: a contract × stage table with counts, then what
//! failed and why.

use super::{Outcome, Status};

/// The contract × stage table.
pub fn table(outcome: &Outcome, color: bool) -> String {
    let name_width = outcome
        .contracts
        .iter()
        .map(|c| c.name.len())
        .max()
        .unwrap_or(8)
        .max(8);
    let mut out = String::from("\n");
    out.push_str(&format!("{:<name_width$}", "contract"));
    for stage in &outcome.stages {
        out.push_str(&format!("  {stage:<11}"));
    }
    out.push('\n');
    for c in &outcome.contracts {
        out.push_str(&format!("{:<name_width$}", c.name));
        for stage in &outcome.stages {
            let status = c
                .stages
                .iter()
                .find(|s| s.stage == *stage)
                .map_or(Status::Skip, |s| s.status);
            let label = format!("{:<11}", status.label());
            out.push_str("  ");
            out.push_str(&paint(&label, status, color));
        }
        out.push('\n');
    }
    let verdict = match outcome.worst() {
        Status::Error => "ERROR: a stage could not run",
        Status::Fail => "FAIL: the gate blocks",
        Status::Warn => "PASS with warnings",
        _ => "PASS",
    };
    out.push_str(&format!("\n{}\n", paint(verdict, outcome.worst(), color)));
    out
}

/// Counts per stage and the notes of failing or erroring stages.
pub fn details(outcome: &Outcome) -> String {
    let mut out = String::new();
    for c in &outcome.contracts {
        for s in &c.stages {
            if s.status == Status::Skip {
                continue;
            }
            out.push_str(&format!(
                "\n{} / {}: {} ({})\n",
                c.name,
                s.stage,
                s.status.label(),
                s.counts
            ));
            for note in s.notes.iter().take(12) {
                out.push_str(&format!("  {note}\n"));
            }
            if s.notes.len() > 12 {
                out.push_str(&format!(
                    "  ... and {} more (see --report)\n",
                    s.notes.len() - 12
                ));
            }
        }
    }
    out
}

/// GitHub Actions workflow commands for the run: one per blocking root cause or lint error
/// (then warnings), in report order, at most [`accord_report::github::ANNOTATION_CAP`] of
/// each kind across the whole run (GitHub shows no more per step), each stage ending with
/// a notice of how many more there are.
pub fn github_annotations(outcome: &Outcome) -> String {
    let cap = accord_report::github::ANNOTATION_CAP;
    let (mut errors_left, mut warnings_left) = (cap, cap);
    let mut out = String::new();
    for c in &outcome.contracts {
        for s in &c.stages {
            let text = if let Some(l) = &s.lint {
                accord_report::github::lint_capped(l, errors_left, warnings_left)
            } else if let Some(d) = &s.diff {
                accord_report::github::diff_capped(d, errors_left, warnings_left)
            } else {
                continue;
            };
            errors_left = errors_left.saturating_sub(
                text.matches("\n::error ").count() + usize::from(text.starts_with("::error ")),
            );
            warnings_left = warnings_left.saturating_sub(
                text.matches("\n::warning ").count() + usize::from(text.starts_with("::warning ")),
            );
            out.push_str(&text);
        }
    }
    out
}

fn paint(text: &str, status: Status, color: bool) -> String {
    if !color {
        return text.to_string();
    }
    let code = match status {
        Status::Pass => "32",
        Status::Warn => "33",
        Status::Fail | Status::Error => "31;1",
        Status::Skip => "2",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}
