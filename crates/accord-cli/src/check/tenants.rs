//! Tenants in the gate: each `[[contracts.tenants]]` entry is a view of its contract (the
//! contract's overlays, then the tenant's), and every stage runs on the base and on each
//! view. What a view shares with the base is reported once, as the base's; what only some
//! views see is added to the stage's report marked with those tenants:
//!
//! - lint and mapping diagnostics only a tenant's view has carry `tenant NAME: ` in their
//!   message (an overlay action whose target no longer matches is one of them);
//! - diff changes only some views have carry `tenant NAME` in `affects` (a tenant is one
//!   of ours, like a mapping), so they rank with what affects us and every format names
//!   the tenants; one such change seen by two tenants is one change naming both;
//! - a base change a tenant's overlays hide from it is listed for that tenant in
//!   `report.json` (`spared`) and the console says `not tenant NAME`.
//!
//! Changes are matched across views by check, subject and message (counted, so repeated
//! identical changes match one for one): an overlay that removes an array entry shifts the
//! pointers after it, while the message of a change is about what it changed. A change only
//! tenants see is its own root cause: its group ID is the view's with `@TENANT[+TENANT]`
//! appended (`response-property-removed~1f3a9c0d@acme`), which is also how an exception
//! accepts it (exceptions apply to the merged report).

use std::collections::BTreeMap;
use std::path::Path;

use accord_report::group::Group;
use accord_report::{Change, ChangeLevel, Diagnostic, DiffReport};
use accord_spec::{Contract, FileProvider};

use super::TenantOutcome;
use super::stages::Shared;
use crate::config::{ContractEntry, TenantEntry};

/// What `affects` says of a change a tenant's view has and the base does not.
const AFFECTS_PREFIX: &str = "tenant ";

/// One tenant's view of the contract under review.
pub struct TenantView<'a> {
    pub entry: &'a TenantEntry,
    /// The tenant's overlay files as locations name them.
    pub overlay_files: Vec<String>,
    pub contract: Contract,
}

impl TenantView<'_> {
    pub fn name(&self) -> &str {
        self.entry.name()
    }

    /// True when `file` is one of this tenant's own overlays.
    pub fn owns(&self, file: &str) -> bool {
        self.overlay_files.iter().any(|f| f == file)
    }
}

/// Loads every tenant's view of the contract at `path`; the first that cannot be loaded
/// is the error (`tenant NAME: ...`).
pub fn load_views<'a>(
    shared: &Shared,
    entry: &'a ContractEntry,
    path: &Path,
    provider: &dyn FileProvider,
) -> Result<Vec<TenantView<'a>>, String> {
    entry
        .tenants
        .iter()
        .map(|tenant| {
            let contract = super::overlays::load_entry(shared, entry, Some(tenant), path, provider)
                .map_err(|e| format!("tenant {}: {e}", tenant.name()))?;
            let overlay_files = tenant
                .overlay_paths()
                .map(|p| shared.loaded.resolve(p).to_string_lossy().into_owned())
                .collect();
            Ok(TenantView {
                entry: tenant,
                overlay_files,
                contract,
            })
        })
        .collect()
}

/// The findings of the overlays applied to `contract` (a target that selects nothing, an
/// incompatible merge), as diagnostics at the overlay's line.
pub fn overlay_diagnostics(contract: &Contract) -> Vec<Diagnostic> {
    contract
        .findings
        .iter()
        .filter(|f| f.code.starts_with("overlay-"))
        .map(crate::commands::validate::diagnostic)
        .collect()
}

type DiagnosticKey = (String, String, u32, u32, String, String);

fn diagnostic_key(d: &Diagnostic) -> DiagnosticKey {
    (
        d.rule.clone(),
        d.location.file.clone(),
        d.location.line,
        d.location.column,
        d.location.pointer.clone(),
        d.message.clone(),
    )
}

/// The diagnostics of a tenant's view that the base does not have, each message starting
/// with `tenant NAME: `.
pub fn tenant_only_diagnostics(
    base: &[Diagnostic],
    own: Vec<Diagnostic>,
    tenant: &str,
) -> Vec<Diagnostic> {
    let mut left = counts(base.iter().map(diagnostic_key));
    own.into_iter()
        .filter(|d| !take(&mut left, diagnostic_key(d)))
        .map(|mut d| {
            d.message = format!("tenant {tenant}: {}", d.message);
            d
        })
        .collect()
}

fn counts<K: Ord>(keys: impl Iterator<Item = K>) -> BTreeMap<K, usize> {
    let mut out = BTreeMap::new();
    for k in keys {
        *out.entry(k).or_insert(0) += 1;
    }
    out
}

/// Takes one `key` from `left`; false when none is left.
fn take<K: Ord>(left: &mut BTreeMap<K, usize>, key: K) -> bool {
    match left.get_mut(&key) {
        Some(n) if *n > 0 => {
            *n -= 1;
            true
        }
        _ => false,
    }
}

type ChangeKey = (String, Option<String>, Option<String>, String);

fn change_key(c: &Change) -> ChangeKey {
    (
        c.id.clone(),
        c.operation.clone(),
        c.channel.clone(),
        c.message.clone(),
    )
}

/// Adds to `base` the changes only some tenants' views have (each naming them in
/// `affects`), and says per tenant which root causes are its own and which base root
/// causes its overlays spare it.
pub fn merge_diffs(
    base: &mut DiffReport,
    tenants: Vec<(String, DiffReport)>,
) -> Vec<TenantOutcome> {
    let base_counts = counts(base.changes.iter().map(change_key));
    // Tenant-only changes, keyed by (change key, occurrence) so the same change seen by
    // two tenants is one change naming both.
    let mut extra: Vec<Change> = Vec::new();
    let mut extra_index: BTreeMap<(ChangeKey, usize), usize> = BTreeMap::new();
    let mut outcomes = Vec::new();
    for (name, report) in tenants {
        let mut left = base_counts.clone();
        let mut occurrence: BTreeMap<ChangeKey, usize> = BTreeMap::new();
        let mut own = Vec::new();
        for change in report.changes {
            let key = change_key(&change);
            if take(&mut left, key.clone()) {
                continue;
            }
            let n = occurrence.entry(key.clone()).or_insert(0);
            let slot = (key, *n);
            *n += 1;
            let index = *extra_index.entry(slot).or_insert_with(|| {
                extra.push(change);
                extra.len() - 1
            });
            let mark = format!("{AFFECTS_PREFIX}{name}");
            if !extra[index].affects.contains(&mark) {
                extra[index].affects.push(mark);
            }
            own.push(index);
        }
        let spared: Vec<ChangeKey> = left
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(k, _)| k)
            .collect();
        outcomes.push((name, own, spared));
    }
    // A tenant's change is its own root cause, even on a node where the base changed too
    // (v2 removes `phone` from `Contact` for everyone, and `acmeRegion` for acme): its group
    // ID is the view's, suffixed with the tenants that see it.
    for change in &mut extra {
        let tenants: Vec<&str> = change
            .affects
            .iter()
            .filter_map(|a| a.strip_prefix(AFFECTS_PREFIX))
            .collect();
        if change.group.is_empty() {
            change.group = accord_report::group::id_of(change);
        }
        change.group = format!("{}@{}", change.group, tenants.join("+"));
    }
    base.changes.extend(extra.iter().cloned());
    base.sort();
    let group_of = |key: &ChangeKey| {
        base.changes
            .iter()
            .find(|c| change_key(c) == *key)
            .map(|c| c.group.clone())
    };
    outcomes
        .into_iter()
        .map(|(name, own, spared)| {
            let mut only: Vec<String> = own
                .iter()
                .filter_map(|i| group_of(&change_key(&extra[*i])))
                .collect();
            only.sort();
            only.dedup();
            let mut spared: Vec<String> = spared.iter().filter_map(group_of).collect();
            spared.sort();
            spared.dedup();
            let counts = if only.is_empty() {
                "no change of its own".to_string()
            } else {
                format!("{} root cause(s) of its own", only.len())
            };
            TenantOutcome {
                name,
                counts,
                only,
                spared,
            }
        })
        .collect()
}

/// The tenants `affects` names, in order.
pub fn tenants_of(group: &Group) -> Vec<String> {
    group
        .affects()
        .into_iter()
        .filter_map(|a| a.strip_prefix(AFFECTS_PREFIX))
        .map(str::to_string)
        .collect()
}

/// What a group affects other than tenants (mappings, canonical fields).
pub fn non_tenant_affects<'a>(group: &Group<'a>) -> Vec<&'a str> {
    group
        .affects()
        .into_iter()
        .filter(|a| !a.starts_with(AFFECTS_PREFIX))
        .collect()
}

/// The opening of a review line for a root cause only some tenants' views have:
/// `breaks tenant acme: custom field `acmeRegion` removed`, or `None` for the base's.
pub fn group_prefix(group: &Group, views: &[TenantView]) -> Option<String> {
    let tenants = tenants_of(group);
    if tenants.is_empty() {
        return None;
    }
    let whom = if tenants.len() == 1 {
        format!("tenant {}", tenants[0])
    } else {
        format!("tenants {}", tenants.join(", "))
    };
    let verb = match group.level {
        ChangeLevel::Breaking => format!("breaks {whom}"),
        ChangeLevel::Warning => format!("warning for {whom}"),
        ChangeLevel::Info => format!("info for {whom}"),
    };
    Some(match custom_field(group.first(), views) {
        Some(field) => format!("{verb}: custom field `{field}` {}", action_of(group.check)),
        None => verb,
    })
}

/// The custom field a change is about: a property whose old or new side a tenant's own
/// overlay wrote.
fn custom_field(change: &Change, views: &[TenantView]) -> Option<String> {
    [&change.old, &change.new]
        .into_iter()
        .flatten()
        .filter(|side| views.iter().any(|v| v.owns(&side.file)))
        .find_map(|side| property_named(&side.pointer))
}

/// `bar` of a pointer ending in `/properties/bar`.
fn property_named(pointer: &str) -> Option<String> {
    let mut segments = pointer.rsplit('/');
    let name = segments.next()?;
    (segments.next()? == "properties").then(|| name.replace("~1", "/").replace("~0", "~"))
}

/// `removed` of `response-property-removed`; `changed` for checks named otherwise.
fn action_of(check: &str) -> &'static str {
    let last = check.rsplit('-').next().unwrap_or_default();
    match last {
        "removed" => "removed",
        "added" => "added",
        "narrowed" => "narrowed",
        "widened" => "widened",
        "required" => "made required",
        _ => "changed",
    }
}

/// The line suffix of a base root cause some tenants' overlays spare them.
pub fn spared_suffix(group_id: &str, outcomes: &[TenantOutcome]) -> String {
    let spared: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.spared.iter().any(|g| g == group_id))
        .map(|o| o.name.as_str())
        .collect();
    if spared.is_empty() {
        String::new()
    } else {
        format!(" (not tenant {})", spared.join(", "))
    }
}

/// The custom fields of a tenant's view: properties of component schemas that the
/// tenant's own overlays wrote, `(component, property, has a declared type)`.
pub fn custom_fields(view: &TenantView) -> Vec<(String, String, bool)> {
    let arena = &view.contract.schemas;
    let mut out = Vec::new();
    for (component, id) in &view.contract.components {
        for (property, pid) in &arena.get(*id).properties {
            let schema = arena.get(*pid);
            if schema.loc.as_ref().is_some_and(|l| view.owns(&l.file)) {
                let typed = !schema.types.is_any()
                    || schema.enum_values.is_some()
                    || schema.const_value.is_some();
                out.push((component.clone(), property.clone(), typed));
            }
        }
    }
    out
}

/// The custom fields with a declared type that no generated struct carries as a typed
/// field (a field of that JSON name whose type is not `serde_json::Value`).
pub fn untyped_custom_fields(
    ir: &accord_codegen::ir::CrateIr,
    fields: &[(String, String, bool)],
) -> Vec<String> {
    use accord_codegen::ir::{Ty, TypeKind};
    let typed_field = |json_name: &str| {
        ir.types.iter().any(|t| match &t.kind {
            TypeKind::Struct { fields } => fields
                .iter()
                .any(|f| f.json_name == json_name && !matches!(f.ty, Ty::Value | Ty::JsonMap)),
            _ => false,
        })
    };
    fields
        .iter()
        .filter(|(_, property, typed)| *typed && !typed_field(property))
        .map(|(component, property, _)| format!("{component}.{property}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_field_names_come_from_property_pointers() {
        assert_eq!(
            property_named("/components/schemas/Contact/properties/acmeRegion").as_deref(),
            Some("acmeRegion")
        );
        assert_eq!(
            property_named("/components/schemas/A/properties/a~1b").as_deref(),
            Some("a/b")
        );
        assert_eq!(property_named("/components/schemas/Contact"), None);
        assert_eq!(property_named(""), None);
    }

    fn change(id: &str, op: &str, message: &str, pointer: &str) -> Change {
        let side = Some(accord_report::ChangeSide {
            file: "crm.yaml".into(),
            line: 1,
            pointer: pointer.into(),
            snippet: None,
        });
        Change {
            id: id.into(),
            level: ChangeLevel::Breaking,
            operation: Some(op.into()),
            channel: None,
            message: message.into(),
            old: side.clone(),
            new: side,
            affects: Vec::new(),
            group: String::new(),
            place: String::new(),
        }
    }

    #[test]
    fn shared_changes_stay_once_and_tenant_changes_name_their_tenants() {
        let fax = || {
            change(
                "response-property-removed",
                "GET /c",
                "`fax` removed",
                "/c/properties/fax",
            )
        };
        let region = || {
            change(
                "response-property-removed",
                "GET /l",
                "`region` removed",
                "/l/properties/region",
            )
        };
        let score = || {
            change(
                "response-type-changed",
                "GET /c",
                "`score` retyped",
                "/c/properties/score",
            )
        };
        let mut base = DiffReport::new("old", "new", vec![fax()]);
        let outcomes = merge_diffs(
            &mut base,
            vec![
                (
                    "acme".into(),
                    DiffReport::new("old", "new", vec![fax(), region(), score()]),
                ),
                (
                    "globex".into(),
                    DiffReport::new("old", "new", vec![score()]),
                ),
            ],
        );
        let seen: Vec<(&str, Vec<&str>)> = base
            .changes
            .iter()
            .map(|c| {
                (
                    c.message.as_str(),
                    c.affects.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            vec![
                ("`fax` removed", vec![]),
                ("`score` retyped", vec!["tenant acme", "tenant globex"]),
                ("`region` removed", vec!["tenant acme"]),
            ]
        );
        let group = |m: &str| {
            base.changes
                .iter()
                .find(|c| c.message == m)
                .unwrap()
                .group
                .clone()
        };
        assert_eq!(outcomes[0].name, "acme");
        let mut acme_only = vec![group("`region` removed"), group("`score` retyped")];
        acme_only.sort();
        assert_eq!(outcomes[0].only, acme_only);
        assert!(outcomes[0].spared.is_empty());
        assert_eq!(outcomes[1].only, vec![group("`score` retyped")]);
        assert_eq!(outcomes[1].spared, vec![group("`fax` removed")]);
        assert_eq!(
            spared_suffix(&group("`fax` removed"), &outcomes),
            " (not tenant globex)"
        );
    }

    #[test]
    fn only_the_tenant_s_own_diagnostics_are_kept_and_marked() {
        let d = |rule: &str, line| Diagnostic {
            rule: rule.into(),
            level: accord_report::LintLevel::Warning,
            location: accord_report::Location::new("a.yaml", line, 1, "/x"),
            operation: None,
            message: "m".into(),
            help: String::new(),
        };
        let base = vec![d("r1", 1), d("r1", 1), d("r2", 2)];
        let own = vec![d("r1", 1), d("r1", 1), d("r1", 1), d("r2", 2), d("r3", 3)];
        let only = tenant_only_diagnostics(&base, own, "acme");
        let rules: Vec<_> = only
            .iter()
            .map(|d| (d.rule.as_str(), d.message.as_str()))
            .collect();
        assert_eq!(
            rules,
            vec![("r1", "tenant acme: m"), ("r3", "tenant acme: m")]
        );
    }
}
