//! Codegen IR and minijinja rendering of client crates.
//!
//! [`generate_client`] turns a Contract into a complete crate: the contract's
//! schemas become types ([`types`]), its operations become async methods on a
//! `Client` ([`operations`]) that use `accord-runtime` for retries, idempotency
//! keys, correlation ids, tenancy, auth and pagination, and its webhooks and
//! callbacks (what the vendor sends us) become typed `webhooks` and `callbacks`
//! modules ([`events::client`]). [`generate_models`] makes a models-only crate
//! from one or more JSON Schema documents; [`events::generate_events`] an event
//! crate from an AsyncAPI document.
//!
//! Pipeline: Contract → [`ir::CrateIr`] (every naming, sanitising and collision
//! decision is made here, in Rust) → minijinja templates from
//! `templates/client/` ([`render`]) → `syn` + `prettyplease` ([`format`](mod@format)).
//! The same input always gives the same bytes, and no contract makes it panic.

pub mod events;
pub mod format;
pub mod ir;
pub mod mapping;
pub mod naming;
pub mod operations;
pub mod reachability;
pub mod render;
pub mod types;
mod vendor;

use std::collections::BTreeMap;
use std::path::Path;

use accord_spec::Contract;

use ir::{ClientIr, CrateIr, Param, RuntimeSource, Ty, TypeDef, TypeKind};
use reachability::Roots;
use types::TypeBuilder;

/// How a generated crate depends on `accord-runtime`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeDep {
    /// `accord-runtime = { path = "..." }`, written as given (relative to the crate).
    Path(String),
    /// `accord-runtime = "<version>"` from a registry.
    Version(String),
    /// A copy of the runtime inside the crate (`accord-runtime/`): builds anywhere.
    Vendor,
}

impl RuntimeDep {
    /// Parses `path=<dir>`, `version=<v>` or `vendor`.
    pub fn parse(s: &str) -> Result<Self, String> {
        if s == "vendor" {
            Ok(RuntimeDep::Vendor)
        } else if let Some(p) = s.strip_prefix("path=") {
            Ok(RuntimeDep::Path(p.to_string()))
        } else if let Some(v) = s.strip_prefix("version=") {
            Ok(RuntimeDep::Version(v.to_string()))
        } else {
            Err(format!(
                "`{s}` is not a runtime source: use `vendor`, `path=<dir>` or `version=<v>`"
            ))
        }
    }
}

/// Generation options.
#[derive(Debug, Clone)]
pub struct Options {
    /// Package name (default: from the contract title).
    pub crate_name: Option<String>,
    pub runtime: RuntimeDep,
    /// Put `#![deny(warnings)]` on the crate root (goldens).
    pub deny_warnings: bool,
    /// Contract file names for the README.
    pub sources: Vec<String>,
    /// Read templates from `<dir>/client/` (`<dir>/events/` for event crates and the
    /// webhook and callback modules) instead of the embedded ones (default:
    /// `ACCORD_TEMPLATES_DIR`, for template development).
    pub templates_dir: Option<std::path::PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            crate_name: None,
            runtime: RuntimeDep::Vendor,
            deny_warnings: false,
            sources: Vec::new(),
            templates_dir: None,
        }
    }
}

/// A generated crate: relative path → contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedCrate {
    pub crate_name: String,
    pub files: BTreeMap<String, String>,
}

impl GeneratedCrate {
    /// Writes every file under `dir` (files whose contents are already right are
    /// not touched).
    pub fn write_to(&self, dir: &Path) -> std::io::Result<()> {
        for (rel, text) in &self.files {
            let path = dir.join(rel);
            if std::fs::read_to_string(&path).is_ok_and(|old| &old == text) {
                continue;
            }
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&path, text)?;
        }
        Ok(())
    }

    /// Files under `dir` that differ from what generation writes (missing,
    /// changed, or stray `.rs` files in `src/`).
    pub fn stale_files(&self, dir: &Path) -> Vec<String> {
        let mut out: Vec<String> = self
            .files
            .iter()
            .filter(|(rel, text)| {
                std::fs::read_to_string(dir.join(rel)).ok().as_ref() != Some(*text)
            })
            .map(|(rel, _)| rel.clone())
            .collect();
        if let Ok(entries) = std::fs::read_dir(dir.join("src")) {
            let mut extra: Vec<String> = entries
                .flatten()
                .map(|e| format!("src/{}", e.file_name().to_string_lossy()))
                .filter(|rel| rel.ends_with(".rs") && !self.files.contains_key(rel))
                .collect();
            extra.sort();
            out.extend(extra);
        }
        out
    }
}

/// Why generation failed (a bug in generation: every loadable contract should generate).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodegenError(pub String);

impl std::fmt::Display for CodegenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CodegenError {}

/// `<title>-<suffix>` in kebab-case, without a trailing `api` word (`Relay CRM API` gives
/// `relay-crm-client`).
fn default_crate_name(title: &str, suffix: &str) -> String {
    let base = naming::crate_name(if title.trim().is_empty() {
        "api"
    } else {
        title
    });
    let base = match base.strip_suffix("-api") {
        Some(stem) if !stem.is_empty() => stem.to_string(),
        _ => base,
    };
    if base.ends_with(suffix) {
        base
    } else {
        format!("{base}-{suffix}")
    }
}

/// The package name `accord generate client` gives a contract's client by default, which
/// is also the name a mapping crate expects its vendor client under.
pub fn default_client_crate_name(contract: &Contract) -> String {
    default_crate_name(&contract.info.title, "client")
}

fn check_crate_name(name: &str) -> Result<(), CodegenError> {
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && name.starts_with(|c: char| c.is_ascii_alphabetic());
    if ok {
        Ok(())
    } else {
        Err(CodegenError(format!(
            "`{name}` is not a valid crate name (ASCII letters, digits, `-` and `_`, starting with a letter)"
        )))
    }
}

/// A typed client crate for an OpenAPI contract, with `webhooks` and `callbacks`
/// modules when it has webhooks or callbacks; an event crate for an AsyncAPI document
/// ([`events::generate_events`]); a models-only crate for a JSON Schema document.
pub fn generate_client(
    contract: &Contract,
    options: &Options,
) -> Result<GeneratedCrate, CodegenError> {
    if contract.kind.is_asyncapi() {
        return events::generate_events(contract, options);
    }
    if !contract.kind.is_openapi() {
        return generate_models(std::slice::from_ref(contract), options);
    }
    let (mut ir, client_events) = client_ir_with_events(contract, options)?;
    ir.extra_modules = client_events.declarations();
    let generated = render_crate(&ir, options)?;
    events::add_client_events(
        &ir,
        client_events,
        generated,
        options.templates_dir.as_deref(),
    )
}

/// The first phase of [`generate_client`] for an OpenAPI contract: the codegen IR
/// (types, operations, names), before any template runs. Its types include the
/// payload types of webhooks and callbacks.
pub fn client_ir(contract: &Contract, options: &Options) -> Result<CrateIr, CodegenError> {
    client_ir_with_events(contract, options).map(|(ir, _)| ir)
}

/// [`client_ir`] and the planned webhook and callback modules, whose payload types are
/// built last so that adding a webhook never renames a component or operation type.
fn client_ir_with_events(
    contract: &Contract,
    options: &Options,
) -> Result<(CrateIr, events::ClientEvents), CodegenError> {
    let mut tb = TypeBuilder::new(&contract.schemas);
    let components: Vec<Ty> = contract
        .components
        .iter()
        .map(|(name, id)| tb.resolve(*id, name).0)
        .collect();
    tb.drain();
    let mut client = operations::build_client(contract, &mut tb);
    tb.drain();
    let client_events = events::plan_client_events(contract, &mut tb);
    tb.drain();
    let mut roots = Roots::of_client(&client);
    // Components (which mapping crates convert to and from JSON) and event payloads (which
    // the event modules read and write) travel both ways.
    for ty in components.iter().chain(client_events.payload_tys()) {
        roots.both(ty);
    }
    let crate_name = options
        .crate_name
        .clone()
        .unwrap_or_else(|| default_client_crate_name(contract));
    let ir = finish(
        tb,
        Some((&mut client, &roots)),
        contract,
        crate_name,
        options,
    )?;
    Ok((ir, client_events))
}

/// A models-only crate (no runtime dependency) from one or more JSON Schema documents.
pub fn generate_models(
    contracts: &[Contract],
    options: &Options,
) -> Result<GeneratedCrate, CodegenError> {
    let first = contracts
        .first()
        .ok_or_else(|| CodegenError("no schema documents given".into()))?;
    let mut tb = TypeBuilder::new(&first.schemas);
    for c in contracts {
        tb.set_arena(&c.schemas);
        for (name, id) in &c.components {
            tb.resolve(*id, name);
        }
        tb.drain();
    }
    let crate_name = options
        .crate_name
        .clone()
        .unwrap_or_else(|| default_crate_name(&first.info.title, "models"));
    let mut info = first.clone();
    if contracts.len() > 1 {
        info.info.title = format!("{crate_name} models");
        info.info.description = Some(format!(
            "Types of {} JSON Schema documents.",
            contracts.len()
        ));
    }
    let ir = finish(tb, None, &info, crate_name, options)?;
    render_crate(&ir, options)
}

/// The last phase of the IR: boxes recursion, narrows a client's types to the serde
/// traits its `Roots` need ([`reachability`]; models crates keep both) and spells every
/// type by name.
fn finish(
    mut tb: TypeBuilder,
    client: Option<(&mut ClientIr, &Roots)>,
    contract: &Contract,
    crate_name: String,
    options: &Options,
) -> Result<CrateIr, CodegenError> {
    check_crate_name(&crate_name)?;
    tb.box_recursion();
    let mut uses_nullable_helper = tb.uses_nullable_helper;
    if let Some((_, roots)) = &client {
        reachability::assign_serde_traits(&mut tb.defs, roots);
        uses_nullable_helper &= reachability::needs_nullable_helper(&tb.defs);
    }
    let names: Vec<String> = tb.defs.iter().map(|d| d.name.clone()).collect();
    let bare = |i: usize| {
        names
            .get(i)
            .cloned()
            .unwrap_or_else(|| "serde_json::Value".into())
    };
    let in_client = |i: usize| format!("types::{}", bare(i));
    let in_defaults = |i: usize| format!("super::{}", bare(i));
    let mut defs: Vec<TypeDef> = std::mem::take(&mut tb.defs);
    for d in &mut defs {
        resolve_def(d, &bare);
    }
    let mut defaults = std::mem::take(&mut tb.defaults);
    for d in &mut defaults {
        d.ty.resolve(&in_defaults);
    }
    let client = client.map(|(c, _)| {
        for op in &mut c.operations {
            for p in op.args.iter_mut().chain(op.optional.iter_mut()) {
                resolve_param(p, &in_client);
            }
            if let Some(b) = &mut op.body {
                b.ty.resolve(&in_client);
            }
            op.response.ty.resolve(&in_client);
            for v in &mut op.response.variants {
                v.ty.resolve(&in_client);
            }
            op.error_ty.resolve(&in_client);
            if let Some(p) = &mut op.pagination {
                p.item_ty.resolve(&in_client);
            }
        }
        for s in &mut c.params_structs {
            for p in &mut s.fields {
                resolve_param(p, &in_client);
            }
        }
        c.clone()
    });
    let runtime = client.as_ref().map(|_| match &options.runtime {
        RuntimeDep::Path(path) => RuntimeSource::Path { path: path.clone() },
        RuntimeDep::Version(version) => RuntimeSource::Version {
            version: version.clone(),
        },
        RuntimeDep::Vendor => RuntimeSource::Vendored {
            path: vendor::VENDOR_DIR.to_string(),
            package: vendor::package_name(&crate_name),
        },
    });
    let ir = CrateIr {
        lib_name: crate_name.replace('-', "_"),
        crate_name: crate_name.clone(),
        title: one_line(if contract.info.title.trim().is_empty() {
            "API"
        } else {
            &contract.info.title
        }),
        version: one_line(&contract.info.version),
        description: naming::doc_lines(contract.info.description.as_deref()),
        sources: options.sources.clone(),
        runtime,
        deny_warnings: options.deny_warnings,
        types: defs,
        defaults,
        uses_nullable_helper,
        client,
        extra_modules: Vec::new(),
    };
    Ok(ir)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn resolve_param(p: &mut Param, names: &dyn Fn(usize) -> String) {
    p.ty.resolve(names);
    if let Some(schema_ty) = &mut p.schema_ty {
        schema_ty.resolve(names);
    }
}

fn resolve_def(d: &mut TypeDef, names: &dyn Fn(usize) -> String) {
    match &mut d.kind {
        TypeKind::Struct { fields } => fields.iter_mut().for_each(|f| f.ty.resolve(names)),
        TypeKind::Tagged { variants, .. } | TypeKind::Untagged { variants } => {
            variants.iter_mut().for_each(|v| v.ty.resolve(names))
        }
        TypeKind::Alias { ty } => ty.resolve(names),
        TypeKind::Map { value } => value.resolve(names),
        TypeKind::Enum { .. } => {}
    }
}

/// The second and third phases: renders the templates over `ir`
/// ([`render::Renderer`]) and formats the Rust files ([`format::format_rust`]), each
/// file formatted as soon as it is rendered, so that a small file's formatting
/// overlaps the rendering of a big one.
pub fn render_crate(ir: &CrateIr, options: &Options) -> Result<GeneratedCrate, CodegenError> {
    use rayon::prelude::*;
    let renderer =
        render::Renderer::new(ir, options.templates_dir.as_deref()).map_err(CodegenError)?;
    let formatted: Vec<(String, String)> = render::outputs(ir)
        .into_par_iter()
        .map(|(path, template)| {
            let text = renderer.render(template).map_err(CodegenError)?;
            let text = if render::is_rust(path) {
                format::format_rust(path, &text).map_err(CodegenError)?
            } else {
                text
            };
            Ok((path.to_string(), text))
        })
        .collect::<Result<_, CodegenError>>()?;
    let mut files: BTreeMap<String, String> = formatted.into_iter().collect();
    if ir.client.is_some() && options.runtime == RuntimeDep::Vendor {
        for (path, text) in vendor::files(&ir.crate_name) {
            files.insert(path, text);
        }
    }
    Ok(GeneratedCrate {
        crate_name: ir.crate_name.clone(),
        files,
    })
}
