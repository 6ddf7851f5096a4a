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

/// GitHub Actions workflow commands for every lint and diff finding of the run.
pub fn github_annotations(outcome: &Outcome) -> String {
    let mut out = String::new();
    for c in &outcome.contracts {
        for s in &c.stages {
            if let Some(l) = &s.lint {
                out.push_str(&accord_report::github::lint(l));
            }
            if let Some(d) = &s.diff {
                out.push_str(&accord_report::github::diff(d));
            }
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
