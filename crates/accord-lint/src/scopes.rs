//! What an OAuth2 scope grants, by meaning rather than spelling: `invoices:write`,
//! `billing.write`, `write:users`, `files_write`, `calendar.manage`, `admin`,
//! `full_access` and Google's `https://www.googleapis.com/auth/compute` (beside its
//! `.../compute.readonly`) all grant writes; `invoices:read`, `admin.directory.user.readonly`
//! and `cloud-platform.read-only` do not. The words are the profile's `scopes` settings.
//!
//! Security requirements are alternatives (OR of ANDs): [`ScopeClassifier::read_only_alternative`]
//! says whether a read operation accepts at least one alternative that grants no write.

use std::collections::{HashMap, HashSet};

use accord_spec::{Contract, SecurityRequirement, SecuritySchemeKind};

use crate::profile::Scopes;
use crate::text;

/// Classifies every scope of a contract once (scope names repeat on every operation).
pub struct ScopeClassifier {
    writes: HashMap<String, bool>,
    /// The profile's read and read-only words, for read-only variants (`x.read` of `x`).
    read_suffixes: Vec<String>,
}

impl ScopeClassifier {
    /// Classifies the scopes the contract declares and the ones its requirements name.
    pub fn new(contract: &Contract, settings: &Scopes) -> ScopeClassifier {
        let extra = settings
            .write_pattern
            .as_deref()
            .and_then(|p| regex::Regex::new(p).ok());
        let declared: HashSet<&str> = contract
            .security_schemes
            .values()
            .filter_map(|s| match &s.kind {
                SecuritySchemeKind::OAuth2 { flows } => Some(flows),
                _ => None,
            })
            .flat_map(|flows| flows.iter().flat_map(|f| f.scopes.keys()))
            .map(String::as_str)
            .collect();
        let requirements = contract.security.iter().flatten().chain(
            contract
                .operations
                .iter()
                .chain(&contract.webhooks)
                .flat_map(|op| op.security.iter().flatten()),
        );
        let named = requirements.flat_map(|r| r.values().flatten().map(String::as_str));
        let mut writes = HashMap::new();
        for scope in declared.iter().copied().chain(named) {
            if writes.contains_key(scope) {
                continue;
            }
            let write = grants_write(scope, settings)
                || has_read_only_sibling(scope, &declared, settings)
                || extra.as_ref().is_some_and(|re| re.is_match(scope));
            writes.insert(scope.to_string(), write);
        }
        let read_suffixes = settings
            .read_only_words
            .iter()
            .chain(&settings.read_words)
            .map(|w| w.to_ascii_lowercase())
            .collect();
        ScopeClassifier {
            writes,
            read_suffixes,
        }
    }

    /// Whether `scope` grants writes.
    pub fn is_write(&self, scope: &str) -> bool {
        self.writes.get(scope).copied().unwrap_or(false)
    }

    /// Whether some alternative of `requirements` grants no write: a read operation is then
    /// reachable with a read-only token. An empty list (no security) counts as read-only.
    ///
    /// A write scope listed beside its own read-only variant (Xero's `[accounting.settings,
    /// accounting.settings.read]`) is read as "either": taken literally the variant would
    /// add nothing, since the write scope already grants reading.
    pub fn read_only_alternative(&self, requirements: &[SecurityRequirement]) -> bool {
        requirements.is_empty()
            || requirements.iter().any(|r| {
                let listed: Vec<&str> = r.values().flatten().map(String::as_str).collect();
                listed.iter().all(|s| {
                    !self.is_write(s)
                        || listed
                            .iter()
                            .any(|other| is_read_only_variant(other, s, &self.read_suffixes))
                })
            })
    }
}

/// Whether the words of `scope` say it grants writes: a read-only word (`readonly`,
/// `read-only`, `view`) says it does not; otherwise the last read or write word decides
/// (`admin:read` reads, `read_write` and `write:users` write).
fn grants_write(scope: &str, settings: &Scopes) -> bool {
    let words = scope_words(scope);
    let is_in = |list: &[String], w: &str| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    let read_only = words.iter().any(|w| is_in(&settings.read_only_words, w))
        || words.windows(2).any(|pair| {
            is_in(
                &settings.read_only_words,
                &format!("{}{}", pair[0], pair[1]),
            )
        });
    if read_only {
        return false;
    }
    words
        .iter()
        .rev()
        .find_map(|w| {
            if is_in(&settings.write_words, w) {
                Some(true)
            } else if is_in(&settings.read_words, w) {
                Some(false)
            } else {
                None
            }
        })
        .unwrap_or(false)
}

/// Whether the contract also declares a read-only variant of `scope` (`.../auth/drive` and
/// `.../auth/drive.readonly`): `scope` is then the full, writing one.
fn has_read_only_sibling(scope: &str, declared: &HashSet<&str>, settings: &Scopes) -> bool {
    let suffixes: Vec<String> = settings
        .read_only_words
        .iter()
        .chain(&settings.read_words)
        .map(|w| w.to_ascii_lowercase())
        .collect();
    declared
        .iter()
        .any(|other| is_read_only_variant(other, scope, &suffixes))
}

/// Whether `other` is `scope` plus a read suffix (`x.readonly`, `x:read`, `x_read_only`).
fn is_read_only_variant(other: &str, scope: &str, read_suffixes: &[String]) -> bool {
    other.len() > scope.len() + 1
        && other.starts_with(scope)
        && other[scope.len()..].starts_with(['.', ':', '_', '-', '/'])
        && {
            let joined: String = text::words(&other[scope.len() + 1..]).concat();
            read_suffixes.contains(&joined)
        }
}

/// The words of a scope; for a URL scope only its last path segment
/// (`https://www.googleapis.com/auth/drive.readonly` → `drive`, `readonly`), so the host
/// and `auth` do not count.
fn scope_words(scope: &str) -> Vec<String> {
    let name = if scope.contains("://") {
        scope
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or(scope)
    } else {
        scope
    };
    text::words(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Profile;

    fn write(scope: &str) -> bool {
        grants_write(scope, &Profile::vendor().conventions.scopes)
    }

    #[test]
    fn write_scopes_in_common_conventions() {
        for scope in [
            "invoices:write",
            "billing.write",
            "write:users",
            "files_write",
            "calendar.manage",
            "admin",
            "full_access",
            "read_write",
            "https://www.googleapis.com/auth/admin.directory.user",
        ] {
            assert!(write(scope), "{scope} grants writes");
        }
        for scope in [
            "invoices:read",
            "read:users",
            "admin:read",
            "billing.readonly",
            "https://www.googleapis.com/auth/cloud-platform.read-only",
            "https://www.googleapis.com/auth/admin.directory.user.readonly",
            "openid",
            "offline_access",
            "https://www.googleapis.com/auth/userinfo.email",
        ] {
            assert!(!write(scope), "{scope} grants no write");
        }
    }

    #[test]
    fn a_scope_with_a_read_only_sibling_writes() {
        let settings = Profile::enterprise().conventions.scopes;
        let declared: HashSet<&str> = [
            "https://www.googleapis.com/auth/compute",
            "https://www.googleapis.com/auth/compute.readonly",
            "https://www.googleapis.com/auth/userinfo.email",
        ]
        .into_iter()
        .collect();
        assert!(has_read_only_sibling(
            "https://www.googleapis.com/auth/compute",
            &declared,
            &settings
        ));
        assert!(!has_read_only_sibling(
            "https://www.googleapis.com/auth/userinfo.email",
            &declared,
            &settings
        ));
    }

    #[test]
    fn write_words_are_the_profile_s() {
        let profile = Profile::from_yaml(
            "p.yaml",
            "version: v1\nconventions:\n  scopes:\n    write_words: [write, publish]\n",
        )
        .unwrap();
        let settings = &profile.conventions.scopes;
        assert!(grants_write("posts.publish", settings));
        assert!(!grants_write("calendar.manage", settings));
        assert!(!grants_write("posts.publish.readonly", settings));
    }

    #[test]
    fn requirements_are_alternatives_of_conjunctions() {
        let text = r#"
openapi: 3.0.3
info: {title: t, version: 1.0.0}
paths:
  /accounts:
    get:
      security:
        - oauth: [accounting.settings, accounting.settings.read]
        - oauth: [billing.write]
      responses: {"200": {description: ok}}
    post:
      security:
        - oauth: [billing.write, billing.read]
      responses: {"200": {description: ok}}
components:
  securitySchemes:
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://auth.example/token
          scopes:
            accounting.settings: all settings
            accounting.settings.read: read settings
            billing.write: change billing
            billing.read: read billing
"#;
        let contract = accord_spec::load_str("t.yaml", text).unwrap();
        let scopes = ScopeClassifier::new(&contract, &Profile::enterprise().conventions.scopes);
        assert!(
            scopes.is_write("accounting.settings"),
            "its read-only variant is declared"
        );
        let [get, post] = [0, 1].map(|i| contract.effective_security(&contract.operations[i]));
        // Xero lists a scope with its own read-only variant: either one will do.
        assert!(scopes.read_only_alternative(get));
        // `billing.write` AND `billing.read`: a write scope is demanded.
        assert!(!scopes.read_only_alternative(post));
    }
}
