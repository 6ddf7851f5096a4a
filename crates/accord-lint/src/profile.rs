//! Governance profiles: the built-in `enterprise` and `vendor` profiles and YAML files that
//! extend them (versioned like `buf.yaml`: `version: v1`).
//!
//! A profile file is deep-merged over the profile it `extends` (maps merge key by key,
//! anything else replaces), so a team's file states only what differs from the built-in.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use accord_report::LintLevel;
use serde::Deserialize;
use serde_json::Value;

/// The built-in profiles, embedded in the binary.
pub const BUILTIN: [(&str, &str); 2] = [
    ("enterprise", include_str!("../profiles/enterprise.yaml")),
    ("vendor", include_str!("../profiles/vendor.yaml")),
];

/// Whose API a profile governs; decides how messages are phrased.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProfileKind {
    /// Our own API: findings are standard violations to fix.
    Enterprise,
    /// Someone else's API: findings are integration risks to handle.
    Vendor,
}

/// A naming convention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Case {
    #[serde(rename = "camelCase")]
    Camel,
    #[serde(rename = "snake_case")]
    Snake,
    #[serde(rename = "kebab-case")]
    Kebab,
    #[serde(rename = "PascalCase")]
    Pascal,
    /// Whatever the contract mostly uses; the minority is reported.
    #[serde(rename = "consistent")]
    Consistent,
    /// No convention.
    #[serde(rename = "any")]
    Any,
}

impl Case {
    /// The concrete conventions a name can be classified into.
    pub const CONCRETE: [Case; 4] = [Case::Camel, Case::Snake, Case::Kebab, Case::Pascal];

    pub fn name(self) -> &'static str {
        match self {
            Case::Camel => "camelCase",
            Case::Snake => "snake_case",
            Case::Kebab => "kebab-case",
            Case::Pascal => "PascalCase",
            Case::Consistent => "consistent",
            Case::Any => "any",
        }
    }

    /// Whether `name` is written in this case. One-word lower-case names fit camel, snake
    /// and kebab alike.
    pub fn matches(self, name: &str) -> bool {
        let mut chars = name.chars();
        let Some(first) = chars.next() else {
            return true;
        };
        let rest = name.get(first.len_utf8()..).unwrap_or_default();
        let alnum = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
        let words = |sep: char| {
            first.is_ascii_lowercase()
                && rest.chars().all(|c| alnum(c) || c == sep)
                && !name.contains(&format!("{sep}{sep}"))
                && !name.ends_with(sep)
        };
        match self {
            Case::Camel => {
                first.is_ascii_lowercase() && rest.chars().all(|c| c.is_ascii_alphanumeric())
            }
            Case::Snake => words('_'),
            Case::Kebab => words('-'),
            Case::Pascal => {
                first.is_ascii_uppercase() && rest.chars().all(|c| c.is_ascii_alphanumeric())
            }
            Case::Consistent | Case::Any => true,
        }
    }

    /// The first concrete case `name` is written in (most specific first).
    pub fn classify(name: &str) -> Option<Case> {
        let one_word = name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        if one_word {
            return None;
        }
        Case::CONCRETE.into_iter().find(|c| c.matches(name))
    }
}

/// Where the tenant travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TenantIn {
    Header,
    Path,
    /// A claim of the access token: every operation must be secured.
    Claim,
    /// Detected from the contract (vendor APIs).
    Auto,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Tenant {
    #[serde(rename = "in")]
    pub location: TenantIn,
    /// The header or path parameter name (`X-Tenant-ID`, `tenantId`); the claim name.
    pub name: Option<String>,
    /// Path prefixes that hold no tenant data (`/health`).
    #[serde(default)]
    pub exempt_paths: Vec<String>,
}

/// Where the API version travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VersionIn {
    Path,
    Header,
    /// Path, header or server URL: whatever the vendor does, as long as there is one.
    Any,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Versioning {
    #[serde(rename = "in")]
    pub location: VersionIn,
    pub header: Option<String>,
}

/// Which `info.version` values are acceptable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VersionFormat {
    Semver,
    /// Semver or a release date (`2025-07-01`), as many vendors version.
    SemverOrDate,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Errors {
    /// Media types error responses must use; empty: any media type with a schema.
    #[serde(default)]
    pub media_types: Vec<String>,
}

/// How scopes are named and which grant writes (see `crate::scopes`).
#[derive(Clone, Debug, Deserialize)]
pub struct Scopes {
    /// Regex every scope name must match; `None`: no naming convention.
    pub pattern: Option<String>,
    /// Words that make a scope grant writes (`write`, `manage`, `admin`, `full`): the
    /// last read or write word of a scope decides (`admin:read` reads).
    pub write_words: Vec<String>,
    /// Words that make a scope read (`read`).
    pub read_words: Vec<String>,
    /// Words (or two adjacent words joined: `read-only`) that make a scope read-only
    /// whatever else it says (`admin.directory.user.readonly`).
    pub read_only_words: Vec<String>,
    /// An extra regex marking scopes as granting writes, for names the words miss.
    #[serde(default)]
    pub write_pattern: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Pagination {
    /// Query parameters that carry a cursor / page token / page position.
    pub cursor_params: Vec<String>,
    /// Query parameters that bound the page size.
    pub limit_params: Vec<String>,
    /// The property of the page envelope holding the items (`data`); `None`: any array.
    pub items_property: Option<String>,
    /// The property of the page envelope holding the next cursor.
    pub next_property: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Events {
    pub event_id: Vec<String>,
    pub occurred_at: Vec<String>,
    pub tenant: Vec<String>,
    pub schema_version: Vec<String>,
    pub channel_pattern: Option<String>,
}

/// The conventions rules measure a contract against.
#[derive(Clone, Debug, Deserialize)]
pub struct Conventions {
    pub paths: Case,
    pub parameters: Case,
    pub properties: Case,
    pub tenant: Tenant,
    pub correlation_header: Option<String>,
    pub idempotency_header: String,
    pub versioning: Versioning,
    pub version_format: VersionFormat,
    pub errors: Errors,
    pub scopes: Scopes,
    pub pagination: Pagination,
    pub rate_limit_headers: Vec<String>,
    pub events: Events,
}

/// A severity in a profile: a level, or `off`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
    Off,
}

impl Severity {
    pub fn level(self) -> Option<LintLevel> {
        match self {
            Severity::Error => Some(LintLevel::Error),
            Severity::Warning => Some(LintLevel::Warning),
            Severity::Info => Some(LintLevel::Info),
            Severity::Off => None,
        }
    }
}

/// Which rules run (`use` minus `except`, by ID, category or `all`) and at what level.
#[derive(Clone, Debug, Deserialize)]
pub struct RuleSelection {
    #[serde(rename = "use", default)]
    pub use_: Vec<String>,
    #[serde(default)]
    pub except: Vec<String>,
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
}

/// A resolved profile.
#[derive(Clone, Debug, Deserialize)]
pub struct Profile {
    pub name: String,
    pub kind: ProfileKind,
    pub conventions: Conventions,
    pub rules: RuleSelection,
    /// No finding is reported above this level (the vendor profile caps at `warning`).
    #[serde(default)]
    pub max_level: Option<Severity>,
    /// Globs of contract files not to lint (matched against the path as given and relative
    /// to the profile file's folder).
    #[serde(default)]
    pub ignore: Vec<String>,
    /// The folder of the profile file, for relative ignore globs.
    #[serde(skip)]
    pub base_dir: Option<PathBuf>,
}

/// A profile that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError(pub String);

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ProfileError {}

impl Profile {
    /// A built-in profile by name (`enterprise`, `vendor`).
    pub fn builtin(name: &str) -> Option<Profile> {
        let value = builtin_value(name)?;
        serde_json::from_value(value).ok()
    }

    /// The built-in `enterprise` profile.
    pub fn enterprise() -> Profile {
        Profile::builtin("enterprise").unwrap_or_else(|| unreachable!("embedded profile parses"))
    }

    /// The built-in `vendor` profile.
    pub fn vendor() -> Profile {
        Profile::builtin("vendor").unwrap_or_else(|| unreachable!("embedded profile parses"))
    }

    /// `NAME` of a built-in profile, or the path of a profile file.
    pub fn resolve(name_or_path: &str) -> Result<Profile, ProfileError> {
        if let Some(p) = Profile::builtin(name_or_path) {
            return Ok(p);
        }
        let path = Path::new(name_or_path);
        if !path.exists() {
            return Err(ProfileError(format!(
                "no profile `{name_or_path}`: use `enterprise`, `vendor` or the path of a profile file"
            )));
        }
        Profile::from_file(path)
    }

    /// Reads a profile file.
    pub fn from_file(path: &Path) -> Result<Profile, ProfileError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ProfileError(format!("{}: cannot read: {e}", path.display())))?;
        let mut profile = Profile::from_yaml(&path.display().to_string(), &text)?;
        profile.base_dir = path.parent().map(Path::to_path_buf);
        Ok(profile)
    }

    /// Parses profile text that `extends` a built-in profile.
    pub fn from_yaml(name: &str, text: &str) -> Result<Profile, ProfileError> {
        let own: Value = serde_yaml::from_str(text)
            .map_err(|e| ProfileError(format!("{name}: not a profile: {e}")))?;
        if !own.is_object() {
            return Err(ProfileError(format!("{name}: a profile is a mapping")));
        }
        match own.get("version").and_then(Value::as_str) {
            Some("v1") => {}
            Some(other) => {
                return Err(ProfileError(format!(
                    "{name}: profile `version: {other}` is not supported (use `version: v1`)"
                )));
            }
            None => {
                return Err(ProfileError(format!(
                    "{name}: a profile needs `version: v1`"
                )));
            }
        }
        let base_name = own
            .get("extends")
            .and_then(Value::as_str)
            .unwrap_or("enterprise");
        let mut merged = builtin_value(base_name).ok_or_else(|| {
            ProfileError(format!(
                "{name}: `extends: {base_name}` is not a built-in profile (enterprise or vendor)"
            ))
        })?;
        let mut own = own;
        if let Some(map) = own.as_object_mut() {
            map.remove("extends");
            if !map.contains_key("name") {
                map.insert("name".into(), Value::String(name.to_string()));
            }
        }
        deep_merge(&mut merged, own);
        let profile: Profile =
            serde_json::from_value(merged).map_err(|e| ProfileError(format!("{name}: {e}")))?;
        profile.check_names(name)?;
        Ok(profile)
    }

    /// Every ID or category the profile names must exist: a typo would silently disable
    /// nothing.
    fn check_names(&self, file: &str) -> Result<(), ProfileError> {
        let known =
            |n: &str| n == "all" || crate::Category::parse(n).is_some() || crate::find(n).is_some();
        for n in self.rules.use_.iter().chain(&self.rules.except) {
            if !known(n) {
                return Err(ProfileError(format!(
                    "{file}: `{n}` is neither a rule ID nor a category"
                )));
            }
        }
        for n in self.rules.severity.keys() {
            if !known(n) {
                return Err(ProfileError(format!(
                    "{file}: severity for `{n}`, which is neither a rule ID nor a category"
                )));
            }
        }
        for pattern in [
            &self.conventions.scopes.pattern,
            &self.conventions.events.channel_pattern,
        ]
        .into_iter()
        .chain([&self.conventions.scopes.write_pattern])
        .flatten()
        {
            regex::Regex::new(pattern)
                .map_err(|e| ProfileError(format!("{file}: invalid pattern `{pattern}`: {e}")))?;
        }
        Ok(())
    }

    pub fn is_vendor(&self) -> bool {
        self.kind == ProfileKind::Vendor
    }

    /// Whether the rule `id` of `category` runs under this profile.
    pub fn enables(&self, id: &str, category: crate::Category) -> bool {
        let named = |list: &[String]| {
            list.iter()
                .any(|n| n == "all" || n == id || n == category.name())
        };
        let used = self.rules.use_.is_empty() || named(&self.rules.use_);
        let explicitly_used = self.rules.use_.iter().any(|n| n == id);
        let excepted = self.rules.except.iter().any(|n| n == id)
            || (!explicitly_used && named(&self.rules.except));
        used && !excepted && self.level_for(id, category, LintLevel::Info).is_some()
    }

    /// The level a rule reports at: the severity override (by ID, else category), else its
    /// default, capped by `max_level`. `None` when turned off.
    pub fn level_for(
        &self,
        id: &str,
        category: crate::Category,
        default: LintLevel,
    ) -> Option<LintLevel> {
        let level = match self
            .rules
            .severity
            .get(id)
            .or_else(|| self.rules.severity.get(category.name()))
        {
            Some(s) => s.level()?,
            None => default,
        };
        Some(match self.max_level.and_then(Severity::level) {
            Some(cap) if level > cap => cap,
            _ => level,
        })
    }

    /// Whether the contract file `file` is excluded by an `ignore` glob.
    pub fn ignores_file(&self, file: &str) -> bool {
        if self.ignore.is_empty() {
            return false;
        }
        let mut builder = globset::GlobSetBuilder::new();
        for glob in &self.ignore {
            if let Ok(g) = globset::Glob::new(glob) {
                builder.add(g);
            }
        }
        let Ok(set) = builder.build() else {
            return false;
        };
        let path = Path::new(file);
        if set.is_match(path) {
            return true;
        }
        let relative = self.base_dir.as_deref().and_then(|base| {
            let base = base.canonicalize().ok()?;
            let path = path.canonicalize().ok()?;
            path.strip_prefix(&base).ok().map(Path::to_path_buf)
        });
        relative.is_some_and(|r| set.is_match(r))
    }
}

fn builtin_value(name: &str) -> Option<Value> {
    let (_, text) = BUILTIN.iter().find(|(n, _)| *n == name)?;
    serde_yaml::from_str(text).ok()
}

/// Merges `over` into `base`: maps key by key, everything else replaced.
fn deep_merge(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(existing) if existing.is_object() && v.is_object() => {
                        deep_merge(existing, v)
                    }
                    _ => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (b, o) => *b = o,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_parse() {
        assert_eq!(Profile::enterprise().kind, ProfileKind::Enterprise);
        assert_eq!(Profile::vendor().kind, ProfileKind::Vendor);
    }

    #[test]
    fn cases() {
        assert!(Case::Camel.matches("nextCursor"));
        assert!(!Case::Camel.matches("next_cursor"));
        assert!(Case::Snake.matches("next_cursor"));
        assert!(Case::Kebab.matches("sales-orders"));
        assert!(!Case::Kebab.matches("salesOrders"));
        assert_eq!(Case::classify("data"), None);
        assert_eq!(Case::classify("nextCursor"), Some(Case::Camel));
    }

    #[test]
    fn extends_and_overrides() {
        let p = Profile::from_yaml(
            "p.yaml",
            "version: v1\nextends: vendor\nrules:\n  severity:\n    tenant-required: error\n",
        )
        .unwrap();
        assert!(p.is_vendor());
        // The cap still applies.
        assert_eq!(
            p.level_for(
                "tenant-required",
                crate::Category::MultiTenancy,
                LintLevel::Info
            ),
            Some(LintLevel::Warning)
        );
        assert!(Profile::from_yaml("p.yaml", "extends: vendor\n").is_err());
        assert!(Profile::from_yaml("p.yaml", "version: v1\nrules: {use: [nope]}\n").is_err());
    }
}
