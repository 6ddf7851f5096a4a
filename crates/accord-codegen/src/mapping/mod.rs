//! Mapping crates: [`generate_mapping`] turns a validated mapping spec into a crate with
//! `TryFrom` conversions between the vendor client's type and the canonical model (through
//! local wrappers), errors that carry the field path, a small transform catalogue
//! (`transforms.rs`) and property-based round-trip tests.
//!
//! Pipeline: spec + contracts → [`ir::MappingIr`] (names, transforms, test strategies) →
//! `templates/mapping/` ([`render`]) → `syn` + `prettyplease` for Rust files.

pub mod countries;
pub mod ir;
pub mod render;

use std::path::{Path, PathBuf};

use accord_mapping::{Contracts, MappingSpec};
use accord_spec::Contract;

use crate::CodegenError;

/// Mapping generation options.
#[derive(Debug, Clone, Default)]
pub struct MappingOptions {
    /// Package name (default: `<mapping id with dashes>-mapping`).
    pub crate_name: Option<String>,
    /// The vendor client crate (default: the name `accord generate client` gives the vendor
    /// contract, [`crate::default_client_crate_name`]).
    pub vendor_crate: Option<String>,
    /// Path dependency of the vendor client crate (default: `../<vendor crate>`).
    pub vendor_path: Option<String>,
    /// The canonical models crate (default: `accord-canonical`).
    pub canonical_crate: Option<String>,
    /// Path dependency of the canonical crate (default: `../<canonical crate>`).
    pub canonical_path: Option<String>,
    /// Put `#![deny(warnings)]` on the crate root (goldens).
    pub deny_warnings: bool,
    /// The mapping file as shown in docs (default: the spec's file name).
    pub source: Option<String>,
    /// Read templates from `<dir>/mapping/` instead of the embedded ones.
    pub templates_dir: Option<PathBuf>,
}

/// The default crate name: the mapping id with `.` → `-`, plus `-mapping`.
pub fn default_crate_name(spec: &MappingSpec) -> String {
    format!("{}-mapping", spec.id.value.replace('.', "-"))
}

/// The vendor contract restricted to what `specs` use: the operations they list in
/// `vendor.operations` and the schemas they name in `vendor.schema` (with every schema those
/// reference). [`crate::generate_client`] on it gives the smallest client crate the mapping
/// crates compile against: a large vendor contract (Apideck's unified APIs have hundreds of
/// schemas) need not become a large crate that every build compiles.
pub fn vendor_subset(vendor: &Contract, specs: &[&MappingSpec]) -> Contract {
    let listed = |key: String| {
        specs
            .iter()
            .any(|s| s.vendor.operations.iter().any(|o| o.value == key))
    };
    let named = |name: &str| {
        specs
            .iter()
            .any(|s| s.vendor.schema.as_ref().is_some_and(|v| v.value == name))
    };
    let mut subset = vendor.clone();
    subset.operations.retain(|op| listed(op.key()));
    subset.webhooks.clear();
    subset.components.retain(|name, _| named(name));
    subset
}

/// Generates the mapping crate: `(relative path, contents)` in a stable order.
pub fn generate_mapping(
    spec: &MappingSpec,
    contracts: &Contracts,
    options: &MappingOptions,
) -> Result<Vec<(PathBuf, String)>, CodegenError> {
    let load =
        |what: &str,
         r: Option<Result<std::sync::Arc<accord_spec::Contract>, accord_spec::LoadError>>| {
            r.ok_or_else(|| CodegenError(format!("the mapping names no {what}")))?
                .map_err(|e| CodegenError(format!("{what}: {e}")))
        };
    let vendor = load("vendor contract", contracts.vendor(spec))?;
    let canonical = load("canonical schema", contracts.canonical(spec))?;
    let crate_name = options
        .crate_name
        .clone()
        .unwrap_or_else(|| default_crate_name(spec));
    crate::check_crate_name(&crate_name)?;
    let vendor_crate = options
        .vendor_crate
        .clone()
        .unwrap_or_else(|| crate::default_client_crate_name(&vendor));
    let canonical_crate = options
        .canonical_crate
        .clone()
        .unwrap_or_else(|| "accord-canonical".into());
    let names = ir::Names {
        crate_name,
        vendor_path: options
            .vendor_path
            .clone()
            .unwrap_or_else(|| format!("../{vendor_crate}")),
        canonical_path: options
            .canonical_path
            .clone()
            .unwrap_or_else(|| format!("../{canonical_crate}")),
        vendor_crate,
        canonical_crate,
        source: options.source.clone().unwrap_or_else(|| {
            Path::new(&spec.file)
                .file_name()
                .map(|f| f.to_string_lossy().to_string())
                .unwrap_or_else(|| spec.file.clone())
        }),
        deny_warnings: options.deny_warnings,
    };
    let ir = ir::build(spec, &vendor, &canonical, &names).map_err(CodegenError)?;
    let r = render::Renderer::new(&ir, options.templates_dir.as_deref()).map_err(CodegenError)?;
    let mut files = vec![
        (
            PathBuf::from("Cargo.toml"),
            r.render("Cargo.toml.jinja").map_err(CodegenError)?,
        ),
        (
            PathBuf::from("README.md"),
            r.render("README.md.jinja").map_err(CodegenError)?,
        ),
    ];
    for name in [
        "src/engine.rs",
        "src/lib.rs",
        "src/round_trip.rs",
        "src/transforms.rs",
    ] {
        let text = r.render(&format!("{name}.jinja")).map_err(CodegenError)?;
        let formatted = crate::format::format_rust(name, &text).map_err(CodegenError)?;
        files.push((PathBuf::from(name), formatted));
    }
    Ok(files)
}

/// Files under `dir` that differ from `files` (missing or changed), plus stray `.rs` files
/// in `src/`.
pub fn stale_files(files: &[(PathBuf, String)], dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = files
        .iter()
        .filter(|(rel, text)| std::fs::read_to_string(dir.join(rel)).ok().as_ref() != Some(text))
        .map(|(rel, _)| rel.clone())
        .collect();
    if let Ok(entries) = std::fs::read_dir(dir.join("src")) {
        let mut extra: Vec<PathBuf> = entries
            .flatten()
            .map(|e| PathBuf::from("src").join(e.file_name()))
            .filter(|rel| {
                rel.extension().is_some_and(|e| e == "rs") && !files.iter().any(|(f, _)| f == rel)
            })
            .collect();
        extra.sort();
        out.extend(extra);
    }
    out
}

/// Writes `files` under `dir` (unchanged files are not touched) and removes stray `.rs`
/// files in `src/`.
pub fn write_files(files: &[(PathBuf, String)], dir: &Path) -> std::io::Result<()> {
    for rel in stale_files(files, dir) {
        let path = dir.join(&rel);
        match files.iter().find(|(f, _)| *f == rel) {
            Some((_, text)) => {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(&path, text)?;
            }
            None => std::fs::remove_file(&path)?,
        }
    }
    Ok(())
}
