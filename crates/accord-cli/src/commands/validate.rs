//! `accord validate PATH...`: load each contract and report what is structurally wrong with
//! it: the loader's findings (dangling, cyclic, remote and escaping `$ref`s, values of the
//! wrong kind), the specification's structural rules, and examples that do not match their
//! schemas. A folder validates every contract in it.

use std::collections::HashMap;
use std::path::PathBuf;

use accord_report::{Diagnostic, LintLevel, LintReport, Location, RenderOptions, render};
use accord_spec::{Contract, FINDING_CODES, Severity, SpecFinding};

use crate::common::{self, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, FormatArg};

#[derive(clap::Args)]
pub struct Args {
    /// Contract files or folders (`-` reads one contract from stdin).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
    /// Write the report to a file instead of stdout.
    #[arg(long)]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub overlay: common::OverlayArgs,
}

pub fn run(args: Args) -> i32 {
    let overlays = match args.overlay.load() {
        Ok(o) => o,
        Err(code) => return code,
    };
    let mut diagnostics = Vec::new();
    let mut sources: HashMap<String, String> = HashMap::new();
    let mut exit = EXIT_OK;
    let mut validated = 0usize;
    for (path, scanned) in common::expand_paths(&args.paths) {
        let loaded = common::load_overlaid(&path, &overlays);
        let contract = match loaded {
            Ok(c) => c,
            Err(Some(e)) if scanned && common::is_not_a_contract(&e) => continue,
            Err(Some(e)) => {
                exit = exit.max(common::report_load_error(&e));
                continue;
            }
            Err(None) => {
                exit = EXIT_INPUT;
                continue;
            }
        };
        validated += 1;
        diagnostics.extend(findings(&contract).iter().map(diagnostic));
        for file in contract
            .sources
            .files
            .iter()
            .chain(&contract.sources.overlays)
        {
            sources
                .entry(file.path.to_string())
                .or_insert_with(|| file.text.to_string());
        }
    }
    if validated == 0 && exit != EXIT_OK {
        // Nothing loaded: the load errors above are the whole answer, not an empty report.
        return exit;
    }
    let report = LintReport::new(diagnostics);
    let options = RenderOptions {
        sources: Some(&sources),
        summary_label: Some("validate"),
        ..common::render_options()
    };
    let mut text = render(&report, args.format.into(), &options);
    if args.format == FormatArg::Text && report.diagnostics.is_empty() && exit == EXIT_OK {
        text = format!("{validated} contract(s) valid\n");
    }
    if let Err(code) = common::write_output(&text, args.output.as_deref()) {
        return code;
    }
    if exit == EXIT_OK && report.count(LintLevel::Error) > 0 {
        exit = EXIT_FINDINGS;
    }
    exit
}

/// Everything `validate` reports for one loaded contract.
pub fn findings(contract: &Contract) -> Vec<SpecFinding> {
    let mut all = accord_spec::validate(contract);
    all.extend(accord_schema::check_examples(contract));
    all.sort();
    all.dedup();
    all
}

/// A loader or validation finding as a report diagnostic.
pub fn diagnostic(f: &SpecFinding) -> Diagnostic {
    Diagnostic {
        rule: f.code.to_string(),
        level: match f.severity {
            Severity::Error => LintLevel::Error,
            Severity::Warning => LintLevel::Warning,
            Severity::Info => LintLevel::Info,
        },
        location: Location {
            file: f.loc.file.to_string(),
            line: f.loc.line,
            column: f.loc.column,
            pointer: f.loc.pointer.clone(),
        },
        operation: None,
        message: f.message.clone(),
        help: FINDING_CODES
            .iter()
            .find(|(c, _)| *c == f.code)
            .map(|(_, h)| h.to_string())
            .unwrap_or_default(),
    }
}
