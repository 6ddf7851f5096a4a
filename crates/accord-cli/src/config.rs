//! `accord.toml`: the governed-contract repository, versioned like `buf.yaml`.
//!
//! ```toml
//! version = "v1"
//! [lint]
//! profile = "contracts/standards/enterprise.yaml"   # for contracts of kind "ours"
//! vendor_profile = "contracts/standards/vendor.yaml" # for contracts of kind "vendor"
//! fail_on = "error"
//! [diff]
//! fail_on = "breaking"
//! [mappings]
//! paths = ["contracts/mappings"]
//! [[contracts]]
//! name = "relay-crm"
//! path = "contracts/vendors/relay-crm/v2.yaml"
//! kind = "vendor"
//! baseline = { file = "contracts/vendors/relay-crm/v1.yaml" }   # or { git = "main" }
//! client = { out = "tests/goldens/relay-crm-client", crate_name = "relay-crm-client" }
//! conformance = { target = "mock" }   # or { base_url_env = "RELAY_URL", headers_env = ["RELAY_AUTH"] }
//! [[exceptions]]
//! check = "response-property-removed"
//! operation = "GET /contacts/{contactId}"
//! reason = "phone moved to phoneNumbers; mapping updated in PR 42"
//! expires = "2027-03-31"
//! ```
//!
//! Unknown keys are errors with their line and column (serde's `deny_unknown_fields` through
//! the `toml` crate, whose errors carry the span).

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Format version of this file; only `v1` exists.
    pub version: String,
    #[serde(default)]
    pub lint: LintSection,
    #[serde(default)]
    pub diff: DiffSection,
    #[serde(default)]
    pub mappings: MappingsSection,
    #[serde(default)]
    pub conformance: ConformanceSection,
    #[serde(default)]
    pub contracts: Vec<ContractEntry>,
    #[serde(default)]
    pub exceptions: Vec<ExceptionEntry>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LintSection {
    /// Profile for contracts of kind `ours` (a built-in name or a profile file).
    pub profile: Option<String>,
    /// Profile for contracts of kind `vendor`.
    pub vendor_profile: Option<String>,
    /// `error`, `warning` or `info`.
    pub fail_on: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiffSection {
    /// `breaking`, `warning` or `info`.
    pub fail_on: Option<String>,
    /// Schema-registry compatibility mode for events: `backward`, `forward`, `full`.
    pub compat: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MappingsSection {
    /// Mapping spec files or folders.
    #[serde(default)]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConformanceSection {
    /// Generated cases per operation against mocks (kept small: the gate must be fast).
    pub max_examples: Option<u32>,
    pub seed: Option<u64>,
}

/// Whose contract it is: it picks the lint profile.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ContractKind {
    Ours,
    Vendor,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContractEntry {
    pub name: String,
    pub path: PathBuf,
    pub kind: ContractKind,
    /// Overrides the section's profile for this contract.
    pub profile: Option<String>,
    pub baseline: Option<Baseline>,
    pub client: Option<ClientEntry>,
    pub conformance: Option<ConformanceEntry>,
}

/// The version a contract is diffed against.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// A previous file of the contract.
    pub file: Option<PathBuf>,
    /// The same path at a git revision.
    pub git: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClientEntry {
    /// Where the generated crate lives (checked for staleness).
    pub out: PathBuf,
    pub crate_name: Option<String>,
    /// How the crate gets accord-runtime: `vendor` (default), `path=DIR`, `version=V`.
    pub runtime: Option<String>,
    /// Generated with `#![deny(warnings)]`.
    #[serde(default)]
    pub deny_warnings: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConformanceEntry {
    /// `mock` (default) or `live`.
    #[serde(default = "default_target")]
    pub target: String,
    /// Environment variable holding the base URL of a sandbox tenant (for `live`).
    pub base_url_env: Option<String>,
    /// Environment variables each holding one `K: V` header (credentials never in the file).
    #[serde(default)]
    pub headers_env: Vec<String>,
    /// Send writes too (only against a sandbox).
    #[serde(default)]
    pub allow_mutations: bool,
}

fn default_target() -> String {
    "mock".to_string()
}

/// A reviewed, accepted breaking change.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExceptionEntry {
    /// The check or rule ID accepted.
    pub check: String,
    pub contract: Option<String>,
    pub operation: Option<String>,
    pub channel: Option<String>,
    /// Why it is acceptable; required.
    pub reason: String,
    /// `YYYY-MM-DD`; an expired exception fails the gate.
    pub expires: Option<String>,
}

/// A loaded config and the folder its relative paths are relative to.
pub struct Loaded {
    pub config: Config,
    pub dir: PathBuf,
    pub path: PathBuf,
}

impl Loaded {
    pub fn resolve(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.dir.join(p)
        }
    }
}

/// Reads and checks `accord.toml`. Errors read `path:line:column: message`.
pub fn load(path: &Path) -> Result<Loaded, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let config: Config = toml::from_str(&text).map_err(|e| {
        let (line, column) = e.span().map(|s| line_col(&text, s.start)).unwrap_or((0, 0));
        format!("{}:{line}:{column}: {}", path.display(), e.message())
    })?;
    if config.version != "v1" {
        return Err(format!(
            "{}: version `{}` is not supported (use \"v1\")",
            path.display(),
            config.version
        ));
    }
    for (i, c) in config.contracts.iter().enumerate() {
        if config.contracts[..i].iter().any(|o| o.name == c.name) {
            return Err(format!(
                "{}: contract name `{}` is used twice",
                path.display(),
                c.name
            ));
        }
    }
    for e in &config.exceptions {
        if e.reason.trim().is_empty() {
            return Err(format!(
                "{}: the exception for `{}` has no reason; every accepted change needs one",
                path.display(),
                e.check
            ));
        }
    }
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    Ok(Loaded {
        config,
        dir,
        path: path.to_path_buf(),
    })
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_errors_with_a_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("accord.toml");
        std::fs::write(&path, "version = \"v1\"\n\n[[contracts]]\nname = \"a\"\npath = \"a.yaml\"\nkind = \"ours\"\nbaselin = { file = \"b.yaml\" }\n").unwrap();
        let err = load(&path).err().unwrap();
        assert!(err.contains("accord.toml:7:1"), "{err}");
        assert!(err.contains("unknown field `baselin`"), "{err}");
    }

    #[test]
    fn the_bundled_config_loads() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../accord.toml");
        let loaded = load(&path).unwrap();
        assert!(
            loaded
                .config
                .contracts
                .iter()
                .any(|c| c.name == "relay-crm")
        );
    }
}
