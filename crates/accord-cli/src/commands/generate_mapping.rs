//! `accord generate mapping MAPPING --out DIR [--check] [--deny-warnings]`: writes a mapping
//! crate (`TryFrom` between the vendor client's type and the canonical model, path-carrying
//! errors, round-trip proptests). The mapping is loaded and validated first. Exit codes: 0
//! written or up to date, 1 validation errors or stale with `--check`, 2 load errors.

use std::collections::HashMap;

use accord_codegen::mapping::{self, MappingOptions};
use accord_mapping::Contracts;
use accord_report::{LintLevel, LintReport, RenderOptions, render};

use super::MappingArgs;
use crate::common::{self, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, FormatArg};

pub fn run(args: MappingArgs) -> i32 {
    let spec = match accord_mapping::load_mapping(&args.mapping) {
        Ok(s) => s,
        Err(e) => return common::report_load_error(&e),
    };
    let contracts = Contracts::new();
    for loaded in [contracts.vendor(&spec), contracts.canonical(&spec)]
        .into_iter()
        .flatten()
    {
        if let Err(e) = loaded {
            return common::report_load_error(&e);
        }
    }
    let diagnostics = accord_mapping::validate(&spec, &contracts);
    let report = LintReport::new(diagnostics);
    if report.count(LintLevel::Error) > 0 {
        let mut sources: HashMap<String, String> = HashMap::new();
        if let Ok(text) = std::fs::read_to_string(&spec.path) {
            sources.insert(spec.file.clone(), text);
        }
        let options = RenderOptions {
            sources: Some(&sources),
            title: Some("accord generate mapping".to_string()),
            ..common::render_options()
        };
        print!("{}", render(&report, FormatArg::Text.into(), &options));
        eprintln!(
            "error: {} does not validate; no crate generated",
            args.mapping.display()
        );
        return EXIT_FINDINGS;
    }
    let options = MappingOptions {
        deny_warnings: args.deny_warnings,
        source: Some(args.mapping.to_string_lossy().replace('\\', "/")),
        ..MappingOptions::default()
    };
    let files = match mapping::generate_mapping(&spec, &contracts, &options) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: generation failed: {e}");
            return EXIT_INPUT;
        }
    };
    let stale = mapping::stale_files(&files, &args.out);
    if args.check {
        if stale.is_empty() {
            println!("{} is up to date", args.out.display());
            return EXIT_OK;
        }
        let names: Vec<String> = stale.iter().map(|p| p.display().to_string()).collect();
        eprintln!(
            "{} is stale ({} file(s) differ: {}); run `accord generate mapping` without --check",
            args.out.display(),
            names.len(),
            names.join(", ")
        );
        return EXIT_FINDINGS;
    }
    if let Err(e) = mapping::write_files(&files, &args.out) {
        eprintln!("error: cannot write {}: {e}", args.out.display());
        return EXIT_INPUT;
    }
    println!(
        "wrote {} ({} file(s) changed)",
        args.out.display(),
        stale.len()
    );
    EXIT_OK
}
