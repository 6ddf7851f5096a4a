//! `accord mapping coverage [MAPPING...]`: which vendor supplies each canonical field;
//! `accord mapping validate [MAPPING...] [--vendor-contract FILE]`: check mappings against
//! the contracts they name (or a newer vendor version). Both default to contracts/mappings.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use accord_mapping::{Contracts, MappingSpec};
use accord_report::{LintLevel, LintReport, RenderOptions, render};

use crate::common::{self, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, FormatArg};

#[derive(clap::Subcommand)]
pub enum Mapping {
    /// Per canonical object, which vendor supplies each field.
    Coverage(CoverageArgs),
    /// Validate mappings against the vendor and canonical contracts they name.
    Validate(ValidateArgs),
}

#[derive(clap::Args)]
pub struct CoverageArgs {
    /// Mapping specs or folders (default: contracts/mappings).
    pub mappings: Vec<PathBuf>,
    /// `text` (a table per canonical object) or `json` (`accord.mapping-coverage/v1`).
    #[arg(long, value_enum, default_value = "text")]
    pub format: CoverageFormat,
}

/// Output formats of `mapping coverage`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum CoverageFormat {
    Text,
    Json,
}

#[derive(clap::Args)]
pub struct ValidateArgs {
    /// Mapping specs or folders (default: contracts/mappings).
    pub mappings: Vec<PathBuf>,
    /// Validate against this vendor contract instead of the one each mapping names (for
    /// every mapping whose contract lives in the same folder, e.g. a vendor's v2.yaml).
    #[arg(long, value_name = "FILE")]
    pub vendor_contract: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
    /// Write the report to a file instead of stdout.
    #[arg(long)]
    pub output: Option<PathBuf>,
}

pub fn run(cmd: Mapping) -> i32 {
    match cmd {
        Mapping::Coverage(args) => coverage(args),
        Mapping::Validate(args) => validate(args),
    }
}

/// Loads every mapping file under the arguments (default contracts/mappings).
fn load_specs(args: &[PathBuf]) -> Result<Vec<MappingSpec>, i32> {
    let args = if args.is_empty() {
        vec![PathBuf::from("contracts/mappings")]
    } else {
        args.to_vec()
    };
    let mut specs = Vec::new();
    let mut exit = EXIT_OK;
    for arg in &args {
        if !arg.exists() {
            eprintln!("error: {}: no such file or folder", arg.display());
            exit = EXIT_INPUT;
        }
    }
    for (path, _) in common::expand_paths(&args) {
        match accord_mapping::load_mapping(&path) {
            Ok(spec) => specs.push(spec),
            Err(e) => exit = common::report_load_error(&e),
        }
    }
    if exit != EXIT_OK {
        return Err(exit);
    }
    if specs.is_empty() {
        eprintln!("error: no mapping files found");
        return Err(EXIT_INPUT);
    }
    Ok(specs)
}

fn coverage(args: CoverageArgs) -> i32 {
    let specs = match load_specs(&args.mappings) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let report = accord_mapping::coverage(&specs, &Contracts::with_files(common::files()));
    let text = match args.format {
        CoverageFormat::Text => report.to_text(),
        CoverageFormat::Json => report.to_json(),
    };
    match common::write_output(&text, None) {
        Ok(()) => EXIT_OK,
        Err(code) => code,
    }
}

fn validate(args: ValidateArgs) -> i32 {
    let specs = match load_specs(&args.mappings) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let contracts = Contracts::with_files(common::files());
    let override_contract = match &args.vendor_contract {
        Some(path) => match common::load_contract(path) {
            Ok(c) => Some((accord_spec::normalize_path(path), c)),
            Err(code) => return code,
        },
        None => None,
    };
    let mut diagnostics = Vec::new();
    let mut overridden = 0usize;
    for spec in &specs {
        let target = override_contract.as_ref().filter(|(path, _)| {
            let folder = |p: &Path| p.parent().map(Path::to_path_buf);
            spec.vendor_contract_path()
                .is_some_and(|own| folder(&own) == folder(path))
        });
        match target {
            Some((_, vendor)) => {
                overridden += 1;
                diagnostics.extend(accord_mapping::validate_against(spec, &contracts, vendor));
            }
            None => diagnostics.extend(accord_mapping::validate(spec, &contracts)),
        }
    }
    if let Some((path, _)) = &override_contract
        && overridden == 0
    {
        eprintln!(
            "error: no mapping uses a vendor contract in the folder of {}",
            path.display()
        );
        return EXIT_INPUT;
    }
    let mut sources: HashMap<String, String> = HashMap::new();
    for spec in &specs {
        if let Ok(text) = std::fs::read_to_string(&spec.path) {
            sources.insert(spec.file.clone(), text);
        }
    }
    let report = LintReport::new(diagnostics);
    let options = RenderOptions {
        sources: Some(&sources),
        title: Some("accord mapping validate".to_string()),
        ..common::render_options()
    };
    let mut text = render(&report, args.format.into(), &options);
    if args.format == FormatArg::Text && report.diagnostics.is_empty() {
        text = format!("{} mapping(s) valid\n", specs.len());
    }
    if let Err(code) = common::write_output(&text, args.output.as_deref()) {
        return code;
    }
    if report.count(LintLevel::Error) > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}
