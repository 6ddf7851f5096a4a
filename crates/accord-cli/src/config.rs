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

use schemars::JsonSchema;
use serde::Deserialize;
use toml::Spanned;

/// `accord.toml`: the contracts a repository governs and how `accord check` gates them.
/// Relative paths are relative to this file.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "accord.toml")]
pub struct Config {
    /// Format version of this file; only `v1` exists.
    #[allow(dead_code, reason = "deserialising it is the check: only `v1` parses")]
    pub version: ConfigVersion,
    /// Governance lint: which profile each kind of contract is linted with, and the level
    /// that fails the gate.
    #[serde(default)]
    pub lint: LintSection,
    /// Breaking-change detection against each contract's baseline.
    #[serde(default)]
    pub diff: DiffSection,
    /// Our vendor-to-canonical mappings: validated against each vendor contract, and used to
    /// say which mappings a change affects.
    #[serde(default)]
    pub mappings: MappingsSection,
    /// Conformance runs (against a mock of each contract unless a sandbox is configured).
    #[serde(default)]
    pub conformance: ConformanceSection,
    /// The governed contracts, one `[[contracts]]` table each.
    #[serde(default)]
    pub contracts: Vec<ContractEntry>,
    /// Reviewed and accepted changes, each with a reason and an expiry: an accepted change
    /// drops to info; an expired exception fails the gate again.
    #[serde(default)]
    pub exceptions: Vec<ExceptionEntry>,
}

/// The format version of `accord.toml`.
#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Eq)]
pub enum ConfigVersion {
    #[serde(rename = "v1")]
    V1,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LintSection {
    /// Profile for contracts of kind `ours`: a built-in name (`enterprise`, `vendor`) or a
    /// profile file. Default `enterprise`.
    pub profile: Option<String>,
    /// Profile for contracts of kind `vendor`: a built-in name or a profile file. Default
    /// `vendor` (the integration-risk profile).
    pub vendor_profile: Option<String>,
    /// The lowest diagnostic level that fails the gate. Default `error`.
    pub fail_on: Option<LintFailOn>,
}

/// A lint diagnostic level.
#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LintFailOn {
    Error,
    Warning,
    Info,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DiffSection {
    /// The lowest change level that fails the gate. Default `breaking`.
    pub fail_on: Option<DiffFailOn>,
    /// Schema-registry compatibility mode for event payloads. Default: judged by direction
    /// (what the vendor sends like a response, what we send like a request).
    pub compat: Option<CompatMode>,
}

/// A diff change level.
#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DiffFailOn {
    Breaking,
    Warning,
    Info,
}

/// How event payload changes are judged.
#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum CompatMode {
    /// By direction (the default).
    Default,
    /// The new schema must read data written with the old one (consumers upgrade first).
    Backward,
    /// Data written with the new schema must be readable with the old one (producers
    /// upgrade first).
    Forward,
    /// Both.
    Full,
}

impl CompatMode {
    pub fn to_diff(self) -> accord_diff::Compat {
        match self {
            CompatMode::Default => accord_diff::Compat::Default,
            CompatMode::Backward => accord_diff::Compat::Backward,
            CompatMode::Forward => accord_diff::Compat::Forward,
            CompatMode::Full => accord_diff::Compat::Full,
        }
    }
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MappingsSection {
    /// Mapping spec files or folders (folders are searched for `*.yaml`, `*.yml`, `*.json`).
    #[serde(default)]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConformanceSection {
    /// Generated cases per operation (kept small: the gate must be fast). Default 5.
    #[schemars(range(min = 1))]
    pub max_examples: Option<u32>,
    /// Seed of the generated cases and mock answers, so runs are reproducible. Default 1.
    pub seed: Option<u64>,
}

/// Whose contract it is: it picks the lint profile.
#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ContractKind {
    /// An API we own: linted with `[lint] profile`.
    Ours,
    /// A vendor's API: linted with `[lint] vendor_profile`.
    Vendor,
}

/// One governed contract.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContractEntry {
    /// Unique name, used by `--contract`, exceptions and reports.
    pub name: String,
    /// The contract's root document (OpenAPI or AsyncAPI, YAML or JSON).
    pub path: PathBuf,
    /// Whose contract it is.
    pub kind: ContractKind,
    /// Lint profile for this contract, overriding the `[lint]` section's.
    pub profile: Option<String>,
    /// The version this contract is diffed against; without one the diff stage is skipped.
    pub baseline: Option<Baseline>,
    /// A generated client crate checked in for this contract, checked for staleness.
    pub client: Option<ClientEntry>,
    /// Where conformance runs; without it an HTTP contract's conformance stage is skipped.
    pub conformance: Option<ConformanceEntry>,
    /// OpenAPI Overlay 1.0 documents applied, in order, to this contract and to its
    /// baseline before every stage (customisations every tenant shares, fixes to a
    /// vendor's mistakes).
    #[serde(default)]
    #[schemars(with = "Vec<PathBuf>")]
    pub overlays: Vec<Spanned<PathBuf>>,
    /// The tenants of this contract, one `[[contracts.tenants]]` table each: every tenant's
    /// view (this contract with its overlays, then the tenant's) is linted, diffed against
    /// the baseline with the same overlays, checked against our mappings and generated,
    /// and the review says which tenants each change affects.
    #[serde(default)]
    pub tenants: Vec<TenantEntry>,
}

impl ContractEntry {
    /// The contract's own overlay files, as written in `accord.toml`.
    pub fn overlay_paths(&self) -> impl Iterator<Item = &Path> {
        self.overlays.iter().map(|p| p.get_ref().as_path())
    }
}

/// One tenant of a contract: the vendor's base plus the tenant's customisations (custom
/// fields and objects), written as overlays.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TenantEntry {
    /// Unique within the contract; reports say `tenant NAME`.
    #[schemars(with = "String", regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub name: Spanned<String>,
    /// The tenant's OpenAPI Overlay 1.0 documents, applied in order after the contract's
    /// own `overlays`, to the contract and to its baseline alike.
    #[schemars(with = "Vec<PathBuf>", length(min = 1))]
    pub overlays: Vec<Spanned<PathBuf>>,
    /// A generated client crate of this tenant's view, checked in and checked for
    /// staleness. Without one, the tenant's client is generated in memory; either way its
    /// custom fields must be typed fields.
    pub client: Option<ClientEntry>,
}

impl TenantEntry {
    pub fn name(&self) -> &str {
        self.name.get_ref()
    }

    /// The tenant's overlay files, as written in `accord.toml`.
    pub fn overlay_paths(&self) -> impl Iterator<Item = &Path> {
        self.overlays.iter().map(|p| p.get_ref().as_path())
    }
}

/// The version a contract is diffed against: `{ file = "..." }` or `{ git = "REV" }`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// A previous file of the contract.
    pub file: Option<PathBuf>,
    /// The same path at a git revision (a branch, tag or commit).
    pub git: Option<String>,
}

/// A generated client crate.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClientEntry {
    /// Where the generated crate lives (checked for staleness).
    pub out: PathBuf,
    /// The crate's name. Default: from the contract's title.
    pub crate_name: Option<String>,
    /// How the crate gets accord-runtime: `vendor` (default), `path=DIR` or `version=V`.
    #[schemars(regex(pattern = r"^(vendor|path=.+|version=.+)$"))]
    pub runtime: Option<String>,
    /// Generated with `#![deny(warnings)]`.
    #[serde(default)]
    pub deny_warnings: bool,
}

/// Where a contract's conformance runs.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConformanceEntry {
    /// `mock` (an in-process mock of the contract itself) or `live` (a sandbox tenant).
    #[serde(default)]
    pub target: ConformanceTarget,
    /// Environment variable holding the base URL of a sandbox tenant (for `live`).
    pub base_url_env: Option<String>,
    /// Environment variables each holding one `K: V` header (credentials never in the file).
    #[serde(default)]
    pub headers_env: Vec<String>,
    /// Send writes too (only against a sandbox).
    #[serde(default)]
    pub allow_mutations: bool,
}

/// Where conformance requests go.
#[derive(Clone, Copy, Debug, Default, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ConformanceTarget {
    /// An in-process mock of the contract (no network).
    #[default]
    Mock,
    /// The sandbox named by `base_url_env`.
    Live,
}

/// A reviewed, accepted change.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExceptionEntry {
    /// The breaking check or lint rule ID accepted.
    pub check: String,
    /// Only for this contract (its `name`). Default: every contract.
    pub contract: Option<String>,
    /// Only for this operation, `METHOD /path/{template}` as the contract spells it.
    pub operation: Option<String>,
    /// Only for this channel (event contracts).
    pub channel: Option<String>,
    /// Only what changed at this JSON pointer (and below), or this dotted property path
    /// (`error.details`).
    pub pointer: Option<String>,
    /// Only the changes of this root cause (a `group` ID from the diff report).
    pub group: Option<String>,
    /// Why it is acceptable; required.
    #[schemars(length(min = 1))]
    pub reason: String,
    /// `YYYY-MM-DD`; an expired exception fails the gate.
    #[schemars(regex(pattern = r"^\d{4}-\d{2}-\d{2}$"))]
    pub expires: Option<String>,
}

/// The JSON Schema of `accord.toml` (draft-07, what taplo / Even Better TOML read), as
/// written to `docs/accord.schema.json` by `cargo xtask codegen` (which runs
/// `tests::the_checked_in_schema_is_current` with `ACCORD_UPDATE_SCHEMA=1`).
#[cfg(test)]
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(Config);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
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
    for (i, c) in config.contracts.iter().enumerate() {
        if config.contracts[..i].iter().any(|o| o.name == c.name) {
            return Err(format!(
                "{}: contract name `{}` is used twice",
                path.display(),
                c.name
            ));
        }
    }
    check_tenants(&config, path, &text)?;
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

/// Tenant names are unique within their contract and well formed, every tenant has an
/// overlay, and every overlay file (a contract's or a tenant's) exists: each error names
/// the `accord.toml` entry by line and column.
fn check_tenants(config: &Config, path: &Path, text: &str) -> Result<(), String> {
    let dir = path.parent().unwrap_or(Path::new(""));
    let at = |span: std::ops::Range<usize>| {
        let (line, column) = line_col(text, span.start);
        format!("{}:{line}:{column}", path.display())
    };
    let exists = |overlay: &Spanned<PathBuf>, whose: &str| {
        let file = dir.join(overlay.get_ref());
        if file.is_file() {
            Ok(())
        } else {
            Err(format!(
                "{}: {whose}: overlay file `{}` not found",
                at(overlay.span()),
                overlay.get_ref().display()
            ))
        }
    };
    for c in &config.contracts {
        for overlay in &c.overlays {
            exists(overlay, &format!("contract `{}`", c.name))?;
        }
        for (i, t) in c.tenants.iter().enumerate() {
            let name = t.name();
            let well_formed = name
                .chars()
                .next()
                .is_some_and(|first| first.is_ascii_alphanumeric())
                && name
                    .chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '.' | '_' | '-'));
            if !well_formed {
                return Err(format!(
                    "{}: tenant name `{name}` of contract `{}`: use letters, digits, `.`, `_` and `-`, starting with a letter or digit",
                    at(t.name.span()),
                    c.name
                ));
            }
            if c.tenants[..i].iter().any(|o| o.name() == name) {
                return Err(format!(
                    "{}: tenant `{name}` of contract `{}` is declared twice",
                    at(t.name.span()),
                    c.name
                ));
            }
            if t.overlays.is_empty() {
                return Err(format!(
                    "{}: tenant `{name}` of contract `{}` has no overlays, so it would see exactly the contract",
                    at(t.name.span()),
                    c.name
                ));
            }
            for overlay in &t.overlays {
                exists(
                    overlay,
                    &format!("tenant `{name}` of contract `{}`", c.name),
                )?;
            }
        }
    }
    Ok(())
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

    fn workspace_file(relative: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(relative)
    }

    /// `docs/accord.schema.json` is what the config types say today. `cargo xtask codegen`
    /// runs this test with `ACCORD_UPDATE_SCHEMA=1` to rewrite it.
    #[test]
    fn the_checked_in_schema_is_current() {
        let path = workspace_file("docs/accord.schema.json");
        let fresh = json_schema();
        let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
        if std::env::var_os("ACCORD_UPDATE_SCHEMA").is_some() {
            if checked_in != fresh {
                std::fs::write(&path, &fresh).unwrap();
                eprintln!("updated {}", path.display());
            }
            return;
        }
        assert!(
            checked_in == fresh,
            "docs/accord.schema.json is stale: run `cargo xtask codegen`"
        );
    }

    fn schema_errors(toml_text: &str) -> Vec<String> {
        let schema: serde_json::Value = serde_json::from_str(&json_schema()).unwrap();
        let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
        let config: toml::Value = toml::from_str(toml_text).unwrap();
        let instance = serde_json::to_value(config).unwrap();
        validator
            .iter_errors(&instance)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect()
    }

    #[test]
    fn the_bundled_config_validates_against_the_schema() {
        let text = std::fs::read_to_string(workspace_file("accord.toml")).unwrap();
        assert_eq!(schema_errors(&text), Vec::<String>::new());
    }

    #[test]
    fn the_schema_rejects_what_loading_rejects() {
        let typo = "version = \"v1\"\n[lint]\nprofil = \"x\"\n";
        assert!(!schema_errors(typo).is_empty());
        let bad_level = "version = \"v1\"\n[diff]\nfail_on = \"braking\"\n";
        let errors = schema_errors(bad_level);
        assert!(
            errors.iter().any(|e| e.starts_with("/diff/fail_on")),
            "{errors:?}"
        );
        let bad_expiry = "version = \"v1\"\n[[exceptions]]\ncheck = \"x\"\nreason = \"y\"\nexpires = \"next year\"\n";
        assert!(!schema_errors(bad_expiry).is_empty());
        let wrong_version = "version = \"v2\"\n";
        assert!(!schema_errors(wrong_version).is_empty());
    }

    #[test]
    fn bad_values_are_errors_with_a_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("accord.toml");
        std::fs::write(&path, "version = \"v1\"\n[diff]\nfail_on = \"braking\"\n").unwrap();
        let err = load(&path).err().unwrap();
        assert!(err.contains("accord.toml:3:11"), "{err}");
        assert!(err.contains("unknown variant `braking`"), "{err}");
        std::fs::write(&path, "version = \"v2\"\n").unwrap();
        let err = load(&path).err().unwrap();
        assert!(
            err.contains("accord.toml:1:11") && err.contains("`v1`"),
            "{err}"
        );
    }

    fn load_text(text: &str, files: &[&str]) -> Result<Loaded, String> {
        let dir = tempfile::tempdir().unwrap();
        for f in files {
            std::fs::write(dir.path().join(f), "overlay: 1.0.0\n").unwrap();
        }
        let path = dir.path().join("accord.toml");
        std::fs::write(&path, text).unwrap();
        load(&path).map_err(|e| e.replace(&dir.path().display().to_string(), "DIR"))
    }

    const CONTRACT: &str =
        "version = \"v1\"\n[[contracts]]\nname = \"crm\"\npath = \"crm.yaml\"\nkind = \"vendor\"\n";

    #[test]
    fn tenants_load_with_their_overlays_in_order() {
        let text = format!(
            "{CONTRACT}overlays = [\"fix.yaml\"]\n[[contracts.tenants]]\nname = \"acme\"\noverlays = [\"a.yaml\", \"b.yaml\"]\n[[contracts.tenants]]\nname = \"globex\"\noverlays = [\"b.yaml\"]\n"
        );
        let loaded = load_text(&text, &["fix.yaml", "a.yaml", "b.yaml"]).unwrap();
        let contract = &loaded.config.contracts[0];
        assert_eq!(
            contract.overlay_paths().collect::<Vec<_>>(),
            vec![Path::new("fix.yaml")]
        );
        let tenants: Vec<(&str, Vec<&Path>)> = contract
            .tenants
            .iter()
            .map(|t| (t.name(), t.overlay_paths().collect()))
            .collect();
        assert_eq!(
            tenants,
            vec![
                ("acme", vec![Path::new("a.yaml"), Path::new("b.yaml")]),
                ("globex", vec![Path::new("b.yaml")])
            ]
        );
    }

    #[test]
    fn tenant_errors_name_the_entry_by_line_and_column() {
        let missing = format!(
            "{CONTRACT}[[contracts.tenants]]\nname = \"acme\"\noverlays = [\"a.yaml\", \"gone.yaml\"]\n"
        );
        assert_eq!(
            load_text(&missing, &["a.yaml"]).err().unwrap(),
            "DIR/accord.toml:8:23: tenant `acme` of contract `crm`: overlay file `gone.yaml` not found"
        );
        let twice = format!(
            "{CONTRACT}[[contracts.tenants]]\nname = \"acme\"\noverlays = [\"a.yaml\"]\n[[contracts.tenants]]\nname = \"acme\"\noverlays = [\"a.yaml\"]\n"
        );
        assert_eq!(
            load_text(&twice, &["a.yaml"]).err().unwrap(),
            "DIR/accord.toml:10:8: tenant `acme` of contract `crm` is declared twice"
        );
        let empty = format!("{CONTRACT}[[contracts.tenants]]\nname = \"acme\"\noverlays = []\n");
        assert!(
            load_text(&empty, &[]).err().unwrap().starts_with(
                "DIR/accord.toml:7:8: tenant `acme` of contract `crm` has no overlays"
            ),
        );
        let bad_name =
            format!("{CONTRACT}[[contracts.tenants]]\nname = \"a cme\"\noverlays = [\"a.yaml\"]\n");
        assert!(
            load_text(&bad_name, &["a.yaml"])
                .err()
                .unwrap()
                .starts_with("DIR/accord.toml:7:8: tenant name `a cme`"),
        );
        let no_overlays = format!("{CONTRACT}[[contracts.tenants]]\nname = \"acme\"\n");
        let err = load_text(&no_overlays, &[]).err().unwrap();
        assert!(err.contains("missing field `overlays`"), "{err}");
        let contract_overlay = format!("{CONTRACT}overlays = [\"gone.yaml\"]\n");
        assert_eq!(
            load_text(&contract_overlay, &[]).err().unwrap(),
            "DIR/accord.toml:6:13: contract `crm`: overlay file `gone.yaml` not found"
        );
    }

    #[test]
    fn the_schema_describes_tenants() {
        let ok = format!(
            "{CONTRACT}[[contracts.tenants]]\nname = \"acme\"\noverlays = [\"a.yaml\"]\nclient = {{ out = \"clients/acme\" }}\n"
        );
        assert_eq!(schema_errors(&ok), Vec::<String>::new());
        let typo =
            format!("{CONTRACT}[[contracts.tenants]]\nname = \"acme\"\noverlay = [\"a.yaml\"]\n");
        assert!(!schema_errors(&typo).is_empty());
        let bad_name =
            format!("{CONTRACT}[[contracts.tenants]]\nname = \"a cme\"\noverlays = [\"a.yaml\"]\n");
        assert!(!schema_errors(&bad_name).is_empty());
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
