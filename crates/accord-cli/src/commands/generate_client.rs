//! `accord generate client SPEC --out DIR [--crate-name N] [--runtime R] [--check]`:
//! writes a typed client crate for OpenAPI (with typed webhooks and callbacks), a typed
//! event crate for AsyncAPI (one type per message, one enum per channel, CloudEvents
//! envelopes; no runtime dependency), or a models-only crate for JSON Schema input (a
//! folder or several files). Exit codes: 0 written or up to date, 1 stale with
//! `--check`, 2 input errors.

use std::path::{Component, Path, PathBuf};

use accord_codegen::{Options, RuntimeDep};

use super::generate::ClientArgs;
use crate::common::{self, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK};

/// `path` relative to `from` (both made absolute against the current directory).
pub(crate) fn relative_to(path: &Path, from: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    let abs = |p: &Path| {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            cwd.join(p)
        };
        let mut out = PathBuf::new();
        for c in p.components() {
            match c {
                Component::ParentDir => {
                    out.pop();
                }
                Component::CurDir => {}
                other => out.push(other),
            }
        }
        out
    };
    let (path, from) = (abs(path), abs(from));
    let p: Vec<_> = path.components().collect();
    let f: Vec<_> = from.components().collect();
    let common = p.iter().zip(&f).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..f.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c);
    }
    out
}

pub fn run(args: ClientArgs) -> i32 {
    let overlays = match args.overlay.load() {
        Ok(o) => o,
        Err(code) => return code,
    };
    let runtime = match RuntimeDep::parse(&args.runtime) {
        Ok(RuntimeDep::Path(p)) => RuntimeDep::Path(
            relative_to(Path::new(&p), &args.out)
                .to_string_lossy()
                .replace('\\', "/"),
        ),
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: --runtime: {e}");
            return EXIT_INPUT;
        }
    };
    let mut inputs = vec![args.spec.clone()];
    inputs.extend(args.more.iter().cloned());
    let files = common::expand_paths(&inputs);
    let mut contracts = Vec::new();
    let mut sources = Vec::new();
    for (path, from_folder) in files {
        let loaded = if path == Path::new("-") {
            common::load_contract_overlaid(&path, &overlays)
        } else {
            match accord_spec::load_overlaid(
                &path,
                common::files(),
                &accord_spec::Limits::default(),
                &overlays,
            ) {
                Ok(c) => Ok(c),
                Err(e) if from_folder && common::is_not_a_contract(&e) => continue,
                Err(e) => Err(common::report_load_error(&e)),
            }
        };
        match loaded {
            Ok(c) => {
                sources.push(path.to_string_lossy().replace('\\', "/"));
                contracts.push(c);
            }
            Err(code) => return code,
        }
    }
    if contracts.is_empty() {
        eprintln!("error: no contract found in {}", args.spec.display());
        return EXIT_INPUT;
    }
    // A folder of JSON Schemas makes `accord-<folder>` (contracts/canonical: accord-canonical).
    let crate_name = args.crate_name.clone().or_else(|| {
        (args.spec.is_dir() && contracts.len() > 1)
            .then(|| args.spec.canonicalize().ok())
            .flatten()
            .and_then(|p| {
                p.file_name()
                    .map(|n| n.to_string_lossy().to_ascii_lowercase())
            })
            .map(|n| {
                format!(
                    "accord-{}",
                    n.replace(|c: char| !c.is_ascii_alphanumeric(), "-")
                )
            })
    });
    let options = Options {
        crate_name,
        runtime,
        deny_warnings: args.deny_warnings,
        sources,
        templates_dir: None,
    };
    let generated = if contracts.len() == 1 && contracts[0].kind.is_asyncapi() {
        accord_codegen::events::generate_events(&contracts[0], &options)
    } else if contracts.len() == 1 {
        accord_codegen::generate_client(&contracts[0], &options)
    } else if contracts
        .iter()
        .all(|c| c.kind == accord_spec::DocumentKind::JsonSchema)
    {
        accord_codegen::generate_models(&contracts, &options)
    } else {
        eprintln!(
            "error: several documents make a models-only crate; they must all be JSON Schema"
        );
        return EXIT_INPUT;
    };
    let generated = match generated {
        Ok(g) => g,
        Err(e) => {
            eprintln!("error: generation failed: {e}");
            return EXIT_INPUT;
        }
    };
    if args.check {
        let stale = generated.stale_files(&args.out);
        if stale.is_empty() {
            println!("{} is up to date", args.out.display());
            return EXIT_OK;
        }
        eprintln!(
            "{} is stale ({} file(s) differ: {}); run `accord generate client` without --check",
            args.out.display(),
            stale.len(),
            stale.join(", ")
        );
        return EXIT_FINDINGS;
    }
    if let Err(e) = generated.write_to(&args.out) {
        eprintln!("error: cannot write {}: {e}", args.out.display());
        return EXIT_INPUT;
    }
    println!(
        "wrote crate `{}` to {} ({} files)",
        generated.crate_name,
        args.out.display(),
        generated.files.len()
    );
    EXIT_OK
}
