//! `accord-spec` loads contracts (OpenAPI 3.0/3.1, AsyncAPI 2.x/3.0, JSON Schema; YAML or
//! JSON; one file or many through relative `$ref`s) into the Contract model that every
//! other Accord crate reads.
//!
//! Entry points: [`load`] for a file on disk, [`load_with`] for any [`FileProvider`] (a git
//! revision, stdin), [`validate`] for the structural checks of `accord validate`.
//!
//! Loading never touches the network, never reads outside the root file's folder, and is
//! bounded by [`Limits`] whatever the input: a document that cannot be read at all is a
//! [`LoadError`] (exit 2); one that reads but is broken carries [`SpecFinding`]s (exit 1).

mod asyncapi;
pub mod conventions;
mod error;
pub mod events;
mod files;
mod finding;
mod json;
mod loader;
mod loc;
mod model;
mod node;
mod openapi;
mod overlay;
pub mod pointer;
mod schema;
mod schema_builder;
mod structure;
mod validate;
mod yaml;
mod yaml_split;

use std::path::Path;

use indexmap::IndexMap;

pub use conventions::{
    HeaderRole, MediaRange, OAuthFlowKind, ParamStyle, PathKey, Selector, SelectorIn, StatusKey,
    StringFormat,
};
pub use error::{Limits, LoadError, LoadErrorKind};
pub use files::{
    FileProvider, FsProvider, MemoryProvider, RootedFsProvider, normalize as normalize_path,
};
pub use finding::{FINDING_CODES, FINDING_PAGES, Severity, SpecFinding, invalid_example};
pub use loc::Loc;
pub use model::*;
pub use node::{Key, Node, NodeValue, Span};
pub use overlay::Overlay;
pub use schema::{
    Additional, Bound, Discriminator, JsonType, Schema, SchemaArena, SchemaId, Types,
};
pub use validate::{template_variables, validate};

use loader::Loader;

/// Loads the contract at `path` from the file system with default limits.
pub fn load(path: &Path) -> Result<Contract, LoadError> {
    load_with(path, &FsProvider, &Limits::default())
}

/// Loads a contract given as text (stdin); relative `$ref`s are not followed.
pub fn load_str(name: &str, text: &str) -> Result<Contract, LoadError> {
    let provider = MemoryProvider {
        files: vec![(normalize_path(Path::new(name)), text.as_bytes().to_vec())],
    };
    load_with(Path::new(name), &provider, &Limits::default())
}

/// Loads a contract given as text (stdin) with `overlays` applied in order.
pub fn load_str_overlaid(
    name: &str,
    text: &str,
    overlays: &[Overlay],
) -> Result<Contract, LoadError> {
    let provider = MemoryProvider {
        files: vec![(normalize_path(Path::new(name)), text.as_bytes().to_vec())],
    };
    load_overlaid(Path::new(name), &provider, &Limits::default(), overlays)
}

/// Loads the contract at `path` through `provider`.
pub fn load_with(
    path: &Path,
    provider: &dyn FileProvider,
    limits: &Limits,
) -> Result<Contract, LoadError> {
    load_overlaid(path, provider, limits, &[])
}

/// Loads the contract at `path` through `provider` with `overlays` (OpenAPI Overlay 1.0)
/// applied to its root file in order, before the model is built: what an overlay adds or
/// changes is located in the overlay's file, and findings about the overlays themselves
/// (a target that selects nothing, an incompatible update) are among the contract's.
pub fn load_overlaid(
    path: &Path,
    provider: &dyn FileProvider,
    limits: &Limits,
    overlays: &[Overlay],
) -> Result<Contract, LoadError> {
    let mut loader = Loader::new(provider, limits.clone(), path);
    let file = loader.load_file(path)?;
    let mut overlay_findings = Vec::new();
    if !overlays.is_empty() {
        let display = loader.path(file).clone();
        let root = std::sync::Arc::make_mut(&mut loader.files[file].root);
        let (origins, findings) = overlay::apply_all(root, &display, overlays)?;
        loader.origins = origins;
        overlay_findings = findings;
    }
    let root = loader.files[file].root.clone();
    let display = loader.path(file).clone();
    if !root.is_map() {
        return Err(LoadError::new(
            &display,
            root.span.line,
            root.span.column,
            LoadErrorKind::NotAContract,
            format!(
                "a contract must be a mapping at the top level, found {}",
                root.kind_name()
            ),
        ));
    }
    let version_of = |key: &str| {
        root.get_entry(key).map(|(k, v)| {
            (
                k.span,
                v.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| v.to_json().to_string()),
            )
        })
    };
    let kind = if let Some((span, v)) = version_of("swagger") {
        return Err(LoadError::new(
            &display,
            span.line,
            span.column,
            LoadErrorKind::Unsupported,
            format!(
                "this is a Swagger {v} document; Accord reads OpenAPI 3.0 and 3.1 (convert it first, e.g. with swagger2openapi)"
            ),
        ));
    } else if let Some((span, v)) = version_of("openapi") {
        if v.starts_with("3.0") {
            DocumentKind::OpenApi30
        } else if v.starts_with("3.1") || v.starts_with("3.2") {
            DocumentKind::OpenApi31
        } else {
            return Err(LoadError::new(
                &display,
                span.line,
                span.column,
                LoadErrorKind::Unsupported,
                format!("`openapi: {v}` is not a version Accord reads (3.0.x or 3.1.x)"),
            ));
        }
    } else if let Some((span, v)) = version_of("asyncapi") {
        if v.starts_with('2') {
            DocumentKind::AsyncApi2
        } else if v.starts_with('3') {
            DocumentKind::AsyncApi3
        } else {
            return Err(LoadError::new(
                &display,
                span.line,
                span.column,
                LoadErrorKind::Unsupported,
                format!("`asyncapi: {v}` is not a version Accord reads (2.x or 3.0)"),
            ));
        }
    } else if ["$schema", "type", "properties", "$defs", "allOf", "oneOf"]
        .iter()
        .any(|k| root.get(k).is_some())
    {
        DocumentKind::JsonSchema
    } else {
        return Err(LoadError::new(
            &display,
            root.span.line,
            root.span.column,
            LoadErrorKind::NotAContract,
            "not a contract: no `openapi`, `asyncapi` or JSON Schema keywords at the top level",
        ));
    };
    let spec_version = version_of("openapi")
        .or_else(|| version_of("asyncapi"))
        .or_else(|| version_of("$schema"))
        .map(|(_, v)| v)
        .unwrap_or_default();

    let mut contract = Contract {
        kind,
        spec_version,
        info: Info::default(),
        servers: Vec::new(),
        json_schema_dialect: None,
        paths: Vec::new(),
        operations: Vec::new(),
        webhooks: Vec::new(),
        security: None,
        security_schemes: IndexMap::new(),
        tags: Vec::new(),
        schemas: SchemaArena::default(),
        components: IndexMap::new(),
        component_decls: IndexMap::new(),
        refs: Vec::new(),
        root_schema: None,
        channels: Vec::new(),
        event_operations: Vec::new(),
        extensions: schema_builder::extensions(&root),
        findings: Vec::new(),
        sources: Sources::default(),
    };

    match kind {
        DocumentKind::OpenApi30 | DocumentKind::OpenApi31 => {
            let parts = loader.build_openapi(file)?;
            contract.info = parts.info;
            contract.servers = parts.servers;
            contract.paths = parts.paths;
            contract.operations = parts.operations;
            contract.webhooks = parts.webhooks;
            contract.security = parts.security;
            contract.security_schemes = parts.security_schemes;
            contract.tags = parts.tags;
            contract.json_schema_dialect = parts.json_schema_dialect;
        }
        DocumentKind::AsyncApi2 | DocumentKind::AsyncApi3 => {
            contract.info = loader.info(file, &root)?;
            let parts = loader.build_asyncapi(file, kind == DocumentKind::AsyncApi3)?;
            contract.servers = parts.servers;
            contract.channels = parts.channels;
            contract.event_operations = parts.operations;
            contract.security_schemes = parts.security_schemes;
        }
        DocumentKind::JsonSchema => {
            let id = loader.schema_in(file, String::new());
            contract.root_schema = Some(id);
            contract.info.title = root
                .get("title")
                .and_then(Node::as_str)
                .unwrap_or_default()
                .to_string();
            contract.info.version = root
                .get("$id")
                .and_then(Node::as_str)
                .unwrap_or_default()
                .to_string();
        }
    }
    // Named schemas of the root file: components/schemas and $defs.
    for section in [
        &["components", "schemas"][..],
        &["$defs"][..],
        &["definitions"][..],
    ] {
        let Some(map) = root.walk(section.iter()).and_then(Node::as_map) else {
            continue;
        };
        let base: String = section.iter().map(|s| format!("/{s}")).collect();
        for (name, _) in map {
            let id = loader.schema_in(file, pointer::push(&base, &name.name));
            contract.components.insert(name.name.clone(), id);
        }
    }
    if let (Some(id), DocumentKind::JsonSchema) = (contract.root_schema, kind) {
        let name = if contract.info.title.is_empty() {
            "Root".to_string()
        } else {
            contract.info.title.clone()
        };
        contract.components.shift_insert(0, name, id);
    }
    // Declared components of every kind, for unused-component checks.
    if let Some(components) = root.get("components").and_then(Node::as_map) {
        for (kind_key, entries) in components {
            let Some(entries) = entries.as_map() else {
                continue;
            };
            let base = pointer::push("/components", &kind_key.name);
            let decls = entries
                .iter()
                .map(|(name, n)| {
                    (
                        name.name.clone(),
                        loader.loc(file, &pointer::push(&base, &name.name), n),
                    )
                })
                .collect();
            contract
                .component_decls
                .insert(kind_key.name.clone(), decls);
        }
    }
    loader.drain_schemas();
    contract.schemas = std::mem::take(&mut loader.arena);
    contract.findings = std::mem::take(&mut loader.findings);
    contract.findings.append(&mut overlay_findings);
    contract.findings.sort();
    contract.findings.dedup();
    contract.refs = std::mem::take(&mut loader.refs);
    let files = std::mem::take(&mut loader.files);
    let overlays = overlays
        .iter()
        .map(|o| SourceFile {
            path: o.path.clone(),
            text: o.text.clone(),
            root: files[file].root.clone(),
        })
        .collect();
    contract.sources = Sources {
        files,
        overlays,
        origins: std::mem::take(&mut loader.origins),
    };
    Ok(contract)
}

/// Parses YAML or JSON text into the located tree (every node with its line and column),
/// with the same limits as contract loading. For files that are not contracts but need
/// locations (mapping specs), and for benchmarks of the parse stage.
pub fn parse_tree(name: &str, text: &str) -> Result<Node, LoadError> {
    yaml::parse(name, text, &Limits::default())
}
