//! `accord generate mapping MAPPING --out DIR [--vendor-client DIR] [--check]
//! [--deny-warnings]`: writes a mapping crate (`TryFrom` between the vendor client's type and
//! the canonical model, path-carrying errors, round-trip proptests) and, with
//! `--vendor-client`, the vendor client cut down to what the mapping uses
//! ([`mapping::vendor_subset`]), which the mapping crate's `Cargo.toml` then points at. The
//! mapping is loaded and validated first. Exit codes: 0 written or up to date, 1 validation
//! errors or stale with `--check`, 2 load errors.

use std::collections::HashMap;
use std::path::Path;

use accord_codegen::mapping::{self, MappingOptions};
use accord_codegen::{GeneratedCrate, Options, RuntimeDep};
use accord_mapping::{Contracts, MappingSpec};
use accord_report::{LintLevel, LintReport, RenderOptions, render};

use super::MappingArgs;
use crate::commands::generate_client::relative_to;
use crate::common::{self, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, FormatArg};

/// The vendor client restricted to what `spec` uses, named as the mapping crate expects it,
/// with a copy of the runtime inside (under its own package name) so it builds anywhere.
fn vendor_client(
    spec: &MappingSpec,
    contracts: &Contracts,
    crate_name: &str,
    deny_warnings: bool,
) -> Result<GeneratedCrate, String> {
    let vendor = match contracts.vendor(spec) {
        Some(Ok(v)) => v,
        Some(Err(e)) => return Err(format!("vendor contract: {e}")),
        None => return Err("the mapping names no vendor contract".into()),
    };
    let subset = mapping::vendor_subset(&vendor, &[spec]);
    let options = Options {
        crate_name: Some(crate_name.to_string()),
        runtime: RuntimeDep::Vendor,
        deny_warnings,
        sources: spec
            .vendor_contract_path()
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .into_iter()
            .collect(),
        templates_dir: None,
    };
    accord_codegen::generate_client(&subset, &options).map_err(|e| e.to_string())
}

/// `dir` as a dependency path written in the crate at `out`.
fn dependency_path(dir: &Path, out: &Path) -> String {
    relative_to(dir, out).to_string_lossy().replace('\\', "/")
}

pub fn run(args: MappingArgs) -> i32 {
    let spec = match accord_mapping::load_mapping(&args.mapping) {
        Ok(s) => s,
        Err(e) => return common::report_load_error(&e),
    };
    let overlays = match args.overlay.load() {
        Ok(o) => o,
        Err(code) => return code,
    };
    let contracts = Contracts::with_files(common::files());
    // Overlays apply to the vendor contract: a tenant's custom fields are the vendor's.
    if let (Some(path), false) = (spec.vendor_contract_path(), overlays.is_empty()) {
        contracts.preload(&path, common::load_overlaid_arc(&path, &overlays));
    }
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
    if let Some(dir) = &args.vendor_client
        && dependency_path(dir, &args.out).is_empty()
    {
        eprintln!("error: --vendor-client must be a folder other than --out");
        return EXIT_INPUT;
    }
    // The name `accord generate client` gives the vendor contract by default, unless told.
    let vendor_crate = match (&args.vendor_crate, contracts.vendor(&spec)) {
        (Some(name), _) => name.clone(),
        (None, Some(Ok(vendor))) => accord_codegen::default_client_crate_name(&vendor),
        (None, _) => format!("{}-client", spec.vendor_slug()),
    };
    let options = MappingOptions {
        deny_warnings: args.deny_warnings,
        source: Some(args.mapping.to_string_lossy().replace('\\', "/")),
        vendor_crate: Some(vendor_crate.clone()),
        vendor_path: args
            .vendor_client
            .as_deref()
            .map(|dir| dependency_path(dir, &args.out)),
        ..MappingOptions::default()
    };
    let files = match mapping::generate_mapping(&spec, &contracts, &options) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: generation failed: {e}");
            return EXIT_INPUT;
        }
    };
    let client = match &args.vendor_client {
        Some(dir) => match vendor_client(&spec, &contracts, &vendor_crate, args.deny_warnings) {
            Ok(c) => Some((dir, c)),
            Err(e) => {
                eprintln!("error: vendor client generation failed: {e}");
                return EXIT_INPUT;
            }
        },
        None => None,
    };
    let stale = mapping::stale_files(&files, &args.out);
    let client_stale = client
        .as_ref()
        .map(|(dir, c)| c.stale_files(dir))
        .unwrap_or_default();
    if args.check {
        let mut fresh = true;
        let mut crates = vec![(
            args.out.as_path(),
            stale.iter().map(|p| p.display().to_string()).collect(),
        )];
        if let Some((dir, _)) = &client {
            crates.push((dir.as_path(), client_stale.clone()));
        }
        for (dir, names) in crates {
            if names.is_empty() {
                println!("{} is up to date", dir.display());
            } else {
                fresh = false;
                eprintln!(
                    "{} is stale ({} file(s) differ: {}); run `accord generate mapping` without --check",
                    dir.display(),
                    names.len(),
                    names.join(", ")
                );
            }
        }
        return if fresh { EXIT_OK } else { EXIT_FINDINGS };
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
    if let Some((dir, c)) = &client {
        if let Err(e) = c.write_to(dir) {
            eprintln!("error: cannot write {}: {e}", dir.display());
            return EXIT_INPUT;
        }
        println!(
            "wrote {} ({}, cut down to the mapping's {} operation(s); {} file(s) changed)",
            dir.display(),
            c.crate_name,
            spec.vendor.operations.len(),
            client_stale.len()
        );
    }
    EXIT_OK
}
