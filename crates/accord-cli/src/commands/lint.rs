//! `accord lint PATH... [--profile NAME|FILE] [--format F] [--output FILE] [--fail-on L]`:
//! governance diagnostics from the `accord-lint` rules. Under the `vendor` profile the
//! report reads as an integration-risk report. Folders lint every contract in them.

use std::collections::HashMap;
use std::path::PathBuf;

use accord_lint::Profile;
use accord_report::{LintLevel, LintReport, RenderOptions, render};

use crate::common::{self, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, FormatArg};

#[derive(clap::Args)]
pub struct Args {
    /// Contract files or folders.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Lint profile: `enterprise` (our APIs) or `vendor` (someone else's: an integration-risk report).
    #[arg(long)]
    pub profile: Option<String>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
    /// Write the report to a file instead of stdout.
    #[arg(long)]
    pub output: Option<PathBuf>,
    /// Exit 1 when a diagnostic is at or above this level.
    #[arg(long, value_enum, default_value = "error")]
    pub fail_on: FailOn,
    #[command(flatten)]
    pub overlay: common::OverlayArgs,
}

/// `--fail-on` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
}

impl From<FailOn> for LintLevel {
    fn from(f: FailOn) -> LintLevel {
        match f {
            FailOn::Error => LintLevel::Error,
            FailOn::Warning => LintLevel::Warning,
            FailOn::Info => LintLevel::Info,
        }
    }
}

pub fn run(args: Args) -> i32 {
    let overlays = match args.overlay.load() {
        Ok(o) => o,
        Err(code) => return code,
    };
    let profile = match Profile::resolve(args.profile.as_deref().unwrap_or("enterprise")) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return EXIT_INPUT;
        }
    };
    let mut diagnostics = Vec::new();
    let mut sources: HashMap<String, String> = HashMap::new();
    let mut exit = EXIT_OK;
    let mut linted = 0usize;
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
        // Standalone JSON Schemas (canonical objects) are not APIs: nothing to govern here.
        if contract.kind == accord_spec::DocumentKind::JsonSchema && scanned {
            continue;
        }
        linted += 1;
        diagnostics.extend(accord_lint::lint(&contract, &profile));
        // An overlay that no longer applies is as much a finding here as in `validate`.
        diagnostics.extend(
            contract
                .findings
                .iter()
                .filter(|f| f.code.starts_with("overlay-"))
                .map(super::validate::diagnostic),
        );
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
    if linted == 0 && exit != EXIT_OK {
        // Nothing loaded: the load errors above are the whole answer, not an empty report.
        return exit;
    }
    let report = LintReport::new(diagnostics);
    let options = RenderOptions {
        sources: Some(&sources),
        title: Some(if profile.is_vendor() {
            format!("Integration risks ({} profile)", profile.name)
        } else {
            format!("Lint ({} profile)", profile.name)
        }),
        ..common::render_options()
    };
    let mut text = render(&report, args.format.into(), &options);
    if args.format == FormatArg::Text && report.diagnostics.is_empty() && exit == EXIT_OK {
        text = format!(
            "{linted} contract(s) clean under the `{}` profile\n",
            profile.name
        );
    }
    if let Err(code) = common::write_output(&text, args.output.as_deref()) {
        return code;
    }
    if exit == EXIT_OK && report.exceeds(args.fail_on.into()) {
        exit = EXIT_FINDINGS;
    }
    exit
}
