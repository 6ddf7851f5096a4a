//! Loading the contracts a mapping names: `vendor.contract` and `canonical.schema` resolve
//! relative to the mapping file and are loaded once per path ([`Contracts`] caches them,
//! since many mappings share a vendor contract or a canonical object).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use accord_spec::{Contract, FileProvider, LoadError, SchemaId};

use crate::spec::{Located, MappingSpec};

/// A cache of loaded contracts by normalised path.
pub struct Contracts {
    cache: Mutex<BTreeMap<PathBuf, Result<Arc<Contract>, LoadError>>>,
    /// Where files are read from (and which repository a `$ref` may not leave).
    files: &'static dyn FileProvider,
}

impl Default for Contracts {
    fn default() -> Self {
        Contracts::with_files(&accord_spec::FsProvider)
    }
}

impl Contracts {
    pub fn new() -> Self {
        Contracts::default()
    }

    /// A cache reading through `files` (e.g. the repository root named by `--root`).
    pub fn with_files(files: &'static dyn FileProvider) -> Self {
        Contracts {
            cache: Mutex::default(),
            files,
        }
    }

    /// Loads (or returns the cached) contract at `path`.
    pub fn load(&self, path: &Path) -> Result<Arc<Contract>, LoadError> {
        let key = accord_spec::normalize_path(path);
        let mut cache = match self.cache.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        cache
            .entry(key.clone())
            .or_insert_with(|| {
                accord_spec::load_with(&key, self.files, &accord_spec::Limits::default())
                    .map(Arc::new)
            })
            .clone()
    }

    /// Puts an already loaded contract (e.g. with overlays applied) in the cache, so
    /// every later use of `path` reads it.
    pub fn preload(&self, path: &Path, contract: Result<Arc<Contract>, LoadError>) {
        let key = accord_spec::normalize_path(path);
        let mut cache = match self.cache.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        cache.insert(key, contract);
    }

    /// The vendor contract a mapping names, if it names one.
    pub fn vendor(&self, spec: &MappingSpec) -> Option<Result<Arc<Contract>, LoadError>> {
        spec.vendor_contract_path().map(|p| self.load(&p))
    }

    /// The canonical schema a mapping names, if it names one.
    pub fn canonical(&self, spec: &MappingSpec) -> Option<Result<Arc<Contract>, LoadError>> {
        spec.canonical_schema_path().map(|p| self.load(&p))
    }
}

impl MappingSpec {
    /// `path` resolved relative to this mapping file's folder, normalised lexically.
    pub fn resolve_relative(&self, path: &str) -> PathBuf {
        let base = self.path.parent().unwrap_or(Path::new(""));
        accord_spec::normalize_path(&base.join(path))
    }

    /// Where `vendor.contract` points.
    pub fn vendor_contract_path(&self) -> Option<PathBuf> {
        self.vendor
            .contract
            .as_ref()
            .map(|c| self.resolve_relative(&c.value))
    }

    /// Where `canonical.schema` points.
    pub fn canonical_schema_path(&self) -> Option<PathBuf> {
        self.canonical
            .schema
            .as_ref()
            .map(|c| self.resolve_relative(&c.value))
    }

    /// The vendor slug: the mapping id before its first `.`.
    pub fn vendor_slug(&self) -> &str {
        self.id.value.split('.').next().unwrap_or_default()
    }
}

/// The root object schema of a canonical contract (a standalone JSON Schema file), falling
/// back to its first component.
pub fn canonical_root(contract: &Contract) -> Option<SchemaId> {
    contract
        .root_schema
        .or_else(|| contract.components.values().next().copied())
}

/// The canonical object's name: its `title`, else the file stem.
pub fn canonical_name(contract: Option<&Contract>, spec: &MappingSpec) -> String {
    if let Some(c) = contract
        && !c.info.title.is_empty()
    {
        return c.info.title.clone();
    }
    spec.canonical
        .schema
        .as_ref()
        .map(|s: &Located<String>| {
            let name = Path::new(&s.value)
                .file_name()
                .map(|f| f.to_string_lossy().to_string())
                .unwrap_or_default();
            name.split('.').next().unwrap_or_default().to_string()
        })
        .unwrap_or_default()
}
