//! Snapshot what the user sees: every format for a small fixture of every
//! report kind (`tests/snapshots/`).

mod common;

use accord_report::{Format, Render, SourceProvider};

fn snap<R: Render>(kind: &str, report: &R, sources: Option<&dyn SourceProvider>) {
    let options = common::options(sources);
    for format in Format::ALL {
        let out = report.render(format, &options);
        insta::assert_snapshot!(format!("{kind}_{format}"), out);
    }
}

#[test]
fn lint_snapshots() {
    let sources = common::sources();
    snap("lint", &common::lint(), Some(&sources));
}

#[test]
fn diff_snapshots() {
    snap("diff", &common::diff(), None);
}

/// What a reviewer reads of a release with a repeated info check: breaking first, the
/// repeated check as one counted line (text) or table row (markdown) with a few examples.
#[test]
fn condensed_diff_snapshots() {
    let options = common::options(None);
    let report = common::repeated_diff();
    for format in [Format::Text, Format::Markdown] {
        insta::assert_snapshot!(
            format!("diff_condensed_{format}"),
            report.render(format, &options)
        );
    }
}

#[test]
fn test_snapshots() {
    snap("test", &common::test(), None);
}

#[test]
fn events_snapshots() {
    snap("events", &common::events(), None);
}

#[test]
fn empty_report_snapshots() {
    let options = common::options(None);
    let mut out = String::new();
    for format in [Format::Text, Format::Markdown, Format::Github] {
        out.push_str(&format!("== lint {format}\n"));
        out.push_str(&accord_report::LintReport::default().render(format, &options));
        out.push_str(&format!("== diff {format}\n"));
        out.push_str(&accord_report::DiffReport::default().render(format, &options));
        out.push_str(&format!("== test {format}\n"));
        out.push_str(&accord_report::TestReport::default().render(format, &options));
        out.push_str(&format!("== events {format}\n"));
        out.push_str(&accord_report::EventReport::default().render(format, &options));
    }
    insta::assert_snapshot!("empty_reports", out);
}
