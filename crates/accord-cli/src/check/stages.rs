//! The stages of the gate, one function each, over one contract of `accord.toml`. Each
//! returns a [`StageResult`] and prints nothing: progress goes through [`Progress`].

use std::path::{Path, PathBuf};
use std::time::Instant;

use accord_report::{ChangeLevel, LintLevel, LintReport};
use accord_spec::Contract;

use rayon::prelude::*;

use super::progress::Progress;
use super::tenants::{self, TenantView};
use super::{ContractOutcome, Note, RootCause, StageResult, Status, TenantOutcome};
use crate::config::{CompatMode, ContractEntry, ContractKind, DiffFailOn, LintFailOn, Loaded};

/// What every contract's stages share: the config and what is parsed from it once.
pub struct Shared<'a> {
    pub loaded: &'a Loaded,
    pub today: String,
    /// Every mapping spec of `[mappings] paths`, with the folder of its vendor contract.
    pub mappings: Vec<(accord_mapping::MappingSpec, PathBuf)>,
    /// Mapping specs that could not be read at all (reported by the mapping stage).
    pub mapping_errors: Vec<String>,
    /// Contracts loaded for mapping validation, shared across threads.
    pub contracts: accord_mapping::Contracts,
}

impl<'a> Shared<'a> {
    pub fn new(loaded: &'a Loaded) -> Self {
        let mut mappings = Vec::new();
        let mut mapping_errors = Vec::new();
        let paths: Vec<PathBuf> = loaded
            .config
            .mappings
            .paths
            .iter()
            .map(|p| loaded.resolve(p))
            .collect();
        for (file, _) in crate::common::expand_paths(&paths) {
            match accord_mapping::load_mapping(&file) {
                Ok(spec) => {
                    let folder = spec
                        .vendor
                        .contract
                        .as_ref()
                        .map(|c| {
                            accord_spec::normalize_path(
                                &file.parent().unwrap_or(Path::new("")).join(&c.value),
                            )
                        })
                        .and_then(|p| p.parent().map(Path::to_path_buf))
                        .unwrap_or_default();
                    mappings.push((spec, folder));
                }
                Err(e) => mapping_errors.push(e.to_string()),
            }
        }
        Shared {
            loaded,
            today: accord_diff::today_utc(),
            mappings,
            mapping_errors,
            contracts: accord_mapping::Contracts::with_files(crate::common::files()),
        }
    }

    /// The mappings whose vendor contract lives in the same folder as this contract (so a
    /// v2 file next to the v1 the mappings name is checked against them).
    fn mappings_of(&self, entry: &ContractEntry) -> Vec<&accord_mapping::MappingSpec> {
        let folder = accord_spec::normalize_path(&self.resolve(&entry.path))
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        self.mappings
            .iter()
            .filter(|(_, f)| *f == folder)
            .map(|(s, _)| s)
            .collect()
    }

    fn resolve(&self, p: &Path) -> PathBuf {
        self.loaded.resolve(p)
    }
}

/// Runs `stages` for one contract, loading it once, and reports each to `progress`.
pub fn run_contract(
    shared: &Shared,
    entry: &ContractEntry,
    stages: &[&'static str],
    progress: &Progress,
) -> ContractOutcome {
    let path = shared.resolve(&entry.path);
    let started = Instant::now();
    let loaded = super::overlays::load_entry(shared, entry, None, &path, crate::common::files())
        .map_err(|e| e.to_string())
        .and_then(|contract| {
            let views = tenants::load_views(shared, entry, &path, crate::common::files())?;
            Ok((contract, views))
        });
    let mut outcome = ContractOutcome {
        name: entry.name.clone(),
        path: entry.path.display().to_string(),
        tenants: entry.tenants.iter().map(|t| t.name().to_string()).collect(),
        stages: Vec::new(),
        load_elapsed: started.elapsed(),
    };
    let (contract, views) = match loaded {
        Ok(loaded) => loaded,
        Err(e) => {
            for stage in stages {
                let result = StageResult::error(stage, e.clone());
                progress.stage_done(&entry.name, &result);
                outcome.stages.push(result);
            }
            return outcome;
        }
    };
    for stage in stages {
        let started = Instant::now();
        let mut result = match *stage {
            "lint" => lint(shared, entry, &contract, &views),
            "diff" => diff(shared, entry, &contract, &views),
            "mapping" => mapping(shared, entry, &contract, &views),
            "generate" => generate(shared, entry, &contract, &views),
            "conformance" => super::conformance::run(shared, entry, &contract),
            other => StageResult::skip(other, "not configured"),
        };
        result.elapsed = started.elapsed();
        progress.stage_done(&entry.name, &result);
        outcome.stages.push(result);
    }
    outcome
}

/// Governance diagnostics under the contract's profile (ours: enterprise; vendor: the
/// integration-risk profile), with the findings of its overlays; then what each tenant's
/// view adds (its overlays' findings, diagnostics about its custom fields).
fn lint(
    shared: &Shared,
    entry: &ContractEntry,
    contract: &Contract,
    views: &[TenantView],
) -> StageResult {
    let section = &shared.loaded.config.lint;
    let configured = entry.profile.clone().or_else(|| match entry.kind {
        ContractKind::Ours => section.profile.clone(),
        ContractKind::Vendor => section.vendor_profile.clone(),
    });
    let name = configured.unwrap_or_else(|| match entry.kind {
        ContractKind::Ours => "enterprise".to_string(),
        ContractKind::Vendor => "vendor".to_string(),
    });
    let as_path = shared.resolve(Path::new(&name));
    let spec = if as_path.exists() {
        as_path.display().to_string()
    } else {
        name
    };
    let profile = match accord_lint::Profile::resolve(&spec) {
        Ok(p) => p,
        Err(e) => return StageResult::error("lint", format!("lint profile: {e}")),
    };
    let lint_view = |contract: &Contract| {
        let mut diagnostics = accord_lint::lint(contract, &profile);
        diagnostics.extend(tenants::overlay_diagnostics(contract));
        diagnostics
    };
    let base = lint_view(contract);
    let per_tenant: Vec<_> = views
        .par_iter()
        .map(|v| tenants::tenant_only_diagnostics(&base, lint_view(&v.contract), v.name()))
        .collect();
    let mut diagnostics = base;
    let mut tenant_outcomes = Vec::new();
    for (view, own) in views.iter().zip(per_tenant) {
        tenant_outcomes.push(TenantOutcome::counted(
            view.name(),
            format!("{} finding(s) of its own", own.len()),
        ));
        diagnostics.extend(own);
    }
    let report = LintReport::new(diagnostics);
    let fail_on = lint_fail_level(section.fail_on);
    let (errors, warnings, infos) = (
        report.count(LintLevel::Error),
        report.count(LintLevel::Warning),
        report.count(LintLevel::Info),
    );
    let status = if report.exceeds(fail_on) {
        Status::Fail
    } else if errors + warnings > 0 {
        Status::Warn
    } else {
        Status::Pass
    };
    let mut result = StageResult::new(
        "lint",
        status,
        format!(
            "{errors} error, {warnings} warning, {infos} info{}",
            tenant_counts(&tenant_outcomes)
        ),
    );
    result.tenants = tenant_outcomes;
    if status == Status::Fail {
        let mut gating: Vec<_> = report
            .sorted()
            .into_iter()
            .filter(|d| d.level >= fail_on)
            .collect();
        // The five shown are the most severe, as `accord lint` lists them, a tenant's
        // own first within a level (the base's are the same for every tenant).
        gating.sort_by_key(|d| {
            (
                std::cmp::Reverse(d.level),
                !d.message.starts_with("tenant "),
            )
        });
        for d in gating.into_iter().take(5) {
            result.notes.push(
                format!(
                    "{}:{}:{}: {}[{}] {}",
                    d.location.file, d.location.line, d.location.column, d.level, d.rule, d.message
                )
                .into(),
            );
        }
    }
    result.lint = Some(report);
    result
}

fn lint_fail_level(configured: Option<LintFailOn>) -> LintLevel {
    match configured {
        Some(LintFailOn::Warning) => LintLevel::Warning,
        Some(LintFailOn::Info) => LintLevel::Info,
        Some(LintFailOn::Error) | None => LintLevel::Error,
    }
}

fn diff_fail_level(configured: Option<DiffFailOn>) -> ChangeLevel {
    match configured {
        Some(DiffFailOn::Warning) => ChangeLevel::Warning,
        Some(DiffFailOn::Info) => ChangeLevel::Info,
        Some(DiffFailOn::Breaking) | None => ChangeLevel::Breaking,
    }
}

/// `; tenants: acme ..., globex ...` for a stage's counts, or nothing without tenants.
fn tenant_counts(outcomes: &[TenantOutcome]) -> String {
    if outcomes.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = outcomes
        .iter()
        .map(|o| format!("{} {}", o.name, o.counts))
        .collect();
    format!("; tenants: {}", parts.join(", "))
}

/// Breaking changes against the baseline, with accepted exceptions applied; each tenant's
/// view is diffed against the baseline with the same overlays, and what only some views
/// have is added, naming those tenants.
fn diff(
    shared: &Shared,
    entry: &ContractEntry,
    contract: &Contract,
    views: &[TenantView],
) -> StageResult {
    let Some(baseline) = &entry.baseline else {
        return StageResult::skip("diff", "no baseline");
    };
    if baseline.file.is_none() && baseline.git.is_none() {
        return StageResult::error("diff", "the baseline names neither `file` nor `git`".into());
    }
    let mut report = match diff_view(shared, entry, None, contract) {
        Ok(r) => r,
        Err(e) => return StageResult::error("diff", e),
    };
    let per_tenant: Result<Vec<_>, String> = views
        .par_iter()
        .map(|v| {
            diff_view(shared, entry, Some(v.entry), &v.contract)
                .map(|r| (v.name().to_string(), r))
                .map_err(|e| format!("tenant {}: {e}", v.name()))
        })
        .collect();
    let tenant_outcomes = match per_tenant {
        Ok(per_tenant) => tenants::merge_diffs(&mut report, per_tenant),
        Err(e) => return StageResult::error("diff", e),
    };
    apply_exceptions(shared, entry, &mut report);
    let fail_on = diff_fail_level(shared.loaded.config.diff.fail_on);
    let (breaking, warning, info) = (
        report.count(ChangeLevel::Breaking),
        report.count(ChangeLevel::Warning),
        report.count(ChangeLevel::Info),
    );
    let status = if report.exceeds(fail_on) {
        Status::Fail
    } else if breaking + warning > 0 {
        Status::Warn
    } else {
        Status::Pass
    };
    // Root causes, in the order every report shows them: what affects us first.
    let groups = accord_report::group::groups(&report);
    let affecting = groups
        .iter()
        .filter(|g| !tenants::non_tenant_affects(g).is_empty())
        .count();
    let roots = |level| groups.iter().filter(|g| g.level == level).count();
    let mut counts = format!(
        "{breaking} breaking ({} root causes), {warning} warning, {info} info",
        roots(ChangeLevel::Breaking)
    );
    if affecting > 0 {
        counts.push_str(&format!("; {affecting} root causes affect our mappings"));
    }
    counts.push_str(&tenant_counts(&tenant_outcomes));
    let mut result = StageResult::new("diff", status, counts);
    for g in groups.iter().filter(|g| g.level >= fail_on) {
        let c = g.first();
        let what = if g.len() == 1 {
            format!("{}: {}", c.subject(), c.message)
        } else {
            format!("{} ({} changes: {})", g.headline(), g.len(), g.reach_line())
        };
        let affects = tenants::non_tenant_affects(g);
        let affects = if affects.is_empty() {
            String::new()
        } else {
            format!(" (affects {})", affects.join(", "))
        };
        let line = match tenants::group_prefix(g, views) {
            Some(prefix) => format!("{prefix} [{}] {what}{affects}", g.check),
            None => format!(
                "{} [{}] {what}{affects}{}",
                g.level,
                g.check,
                tenants::spared_suffix(&g.id, &tenant_outcomes)
            ),
        };
        result.notes.push(Note {
            text: line,
            root: Some(RootCause {
                id: g.id.clone(),
                changes: g.len(),
            }),
        });
    }
    result.diff = Some(report);
    result.tenants = tenant_outcomes;
    result
}

/// One view's changes against the baseline (the baseline with the same overlays), removals
/// located at the overlay action that made them.
fn diff_view(
    shared: &Shared,
    entry: &ContractEntry,
    tenant: Option<&crate::config::TenantEntry>,
    contract: &Contract,
) -> Result<accord_report::DiffReport, String> {
    let Some(baseline) = &entry.baseline else {
        return Err("no baseline".into());
    };
    let old = match (&baseline.file, &baseline.git) {
        (Some(file), _) => super::overlays::load_entry(
            shared,
            entry,
            tenant,
            &shared.resolve(file),
            crate::common::files(),
        ),
        (None, Some(rev)) => {
            let provider = crate::commands::breaking::GitProvider::new(rev, &shared.loaded.dir)?;
            super::overlays::load_entry(
                shared,
                entry,
                tenant,
                &shared.resolve(&entry.path),
                &provider,
            )
        }
        (None, None) => return Err("the baseline names neither `file` nor `git`".into()),
    };
    let old = old.map_err(|e| format!("baseline: {e}"))?;
    let compat = shared
        .loaded
        .config
        .diff
        .compat
        .map_or(accord_diff::Compat::Default, CompatMode::to_diff);
    let options = accord_diff::DiffOptions {
        usages: usages(shared, entry),
        compat,
        ..accord_diff::DiffOptions::default()
    };
    let mut report = accord_diff::diff(&old, contract, &options);
    crate::common::locate_overlay_removals(&mut report, contract);
    Ok(report)
}

/// The reviewed and accepted changes of `accord.toml` applied to the stage's report (after
/// tenants' changes are merged, so an exception can name a tenant's root cause).
fn apply_exceptions(
    shared: &Shared,
    entry: &ContractEntry,
    report: &mut accord_report::DiffReport,
) {
    let exceptions: Vec<accord_diff::Exception> = shared
        .loaded
        .config
        .exceptions
        .iter()
        .filter(|e| e.contract.as_deref().is_none_or(|c| c == entry.name))
        .map(|e| accord_diff::Exception {
            id: e.check.clone(),
            operation: e.operation.clone(),
            channel: e.channel.clone(),
            pointer: e.pointer.clone(),
            group: e.group.clone(),
            reason: e.reason.clone(),
            expires: e.expires.clone(),
        })
        .collect();
    accord_diff::apply_exceptions(report, &exceptions, &shared.today);
}

/// What our mappings use of this contract, for `affects`.
pub(crate) fn usages(shared: &Shared, entry: &ContractEntry) -> Vec<accord_diff::Usage> {
    shared
        .mappings_of(entry)
        .into_iter()
        .map(|spec| {
            let u = accord_mapping::usage(spec, &shared.contracts);
            crate::common::diff_usage(u)
        })
        .collect()
}

/// Our mappings of this vendor checked against this version of its contract: a vendor path
/// that no longer exists or changed type fails here, before production.
/// Each tenant's view is checked too: an overlay that removes a field a mapping reads fails
/// here for that tenant.
fn mapping(
    shared: &Shared,
    entry: &ContractEntry,
    contract: &Contract,
    views: &[TenantView],
) -> StageResult {
    let specs = shared.mappings_of(entry);
    if specs.is_empty() {
        return StageResult::skip("mapping", "no mappings");
    }
    let validate = |contract: &Contract| {
        let mut diagnostics = Vec::new();
        for spec in &specs {
            diagnostics.extend(accord_mapping::validate_against(
                spec,
                &shared.contracts,
                contract,
            ));
        }
        diagnostics
    };
    let mut diagnostics = validate(contract);
    let per_tenant: Vec<_> = views
        .iter()
        .map(|v| tenants::tenant_only_diagnostics(&diagnostics, validate(&v.contract), v.name()))
        .collect();
    let mut tenant_outcomes = Vec::new();
    for (view, own) in views.iter().zip(per_tenant) {
        tenant_outcomes.push(TenantOutcome::counted(
            view.name(),
            format!("{} finding(s) of its own", own.len()),
        ));
        diagnostics.extend(own);
    }
    let report = LintReport::new(diagnostics);
    let errors = report.count(LintLevel::Error);
    let status = if errors > 0 {
        Status::Fail
    } else if report.diagnostics.is_empty() {
        Status::Pass
    } else {
        Status::Warn
    };
    let mut result = StageResult::new(
        "mapping",
        status,
        format!(
            "{} mapping(s), {errors} error{}",
            specs.len(),
            tenant_counts(&tenant_outcomes)
        ),
    );
    result.tenants = tenant_outcomes;
    for d in report
        .sorted()
        .into_iter()
        .filter(|d| d.level == LintLevel::Error)
    {
        result.notes.push(
            format!(
                "{}:{}:{}: [{}] {}",
                d.location.file, d.location.line, d.location.column, d.rule, d.message
            )
            .into(),
        );
    }
    for e in &shared.mapping_errors {
        result.notes.push(format!("unreadable mapping: {e}").into());
    }
    result.lint = Some(report);
    result
}

/// The generated client crate is what generation writes today: a contract change that
/// was not regenerated (or a hand edit of generated code) fails here. Each tenant's client
/// is generated too, with or without a client of the contract (checked against its own
/// crate when it has one, else in memory), and must carry the tenant's custom fields as
/// typed fields.
fn generate(
    shared: &Shared,
    entry: &ContractEntry,
    contract: &Contract,
    views: &[TenantView],
) -> StageResult {
    let base = match &entry.client {
        Some(client) => generate_checked(shared, client, contract, vec![source_of(&entry.path)]),
        None => StageResult::skip("generate", "no client"),
    };
    if views.is_empty() {
        return base;
    }
    let per_tenant: Vec<_> = views
        .par_iter()
        .map(|v| generate_tenant(shared, entry, v))
        .collect();
    let mut result = base;
    let mut tenant_outcomes = Vec::new();
    for (view, tenant) in views.iter().zip(per_tenant) {
        result.status = result.status.max(tenant.status);
        result.notes.extend(
            tenant
                .notes
                .iter()
                .map(|n| format!("tenant {}: {n}", view.name()).into()),
        );
        tenant_outcomes.push(TenantOutcome::counted(view.name(), tenant.counts));
    }
    if result.status == Status::Skip {
        result.status = Status::Pass;
    }
    result.counts = format!("{}{}", result.counts, tenant_counts(&tenant_outcomes));
    result.tenants = tenant_outcomes;
    result
}

/// How a generated crate names its source: the path as `accord.toml` writes it.
fn source_of(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// A tenant's client: generated from its view, compared with its checked-in crate when it
/// has one, and its custom fields looked up among the generated types.
fn generate_tenant(shared: &Shared, entry: &ContractEntry, view: &TenantView) -> StageResult {
    let sources: Vec<String> = std::iter::once(source_of(&entry.path))
        .chain(view.entry.overlay_paths().map(source_of))
        .collect();
    let mut result = match &view.entry.client {
        Some(client) => generate_checked(shared, client, &view.contract, sources.clone()),
        None => {
            let base_client = entry.client.as_ref();
            let crate_name = base_client
                .and_then(|c| c.crate_name.clone())
                .unwrap_or_else(|| accord_codegen::default_client_crate_name(&view.contract));
            let options = accord_codegen::Options {
                crate_name: Some(format!("{crate_name}-{}", view.name())),
                runtime: accord_codegen::RuntimeDep::Vendor,
                deny_warnings: base_client.is_some_and(|c| c.deny_warnings),
                sources: sources.clone(),
                templates_dir: None,
            };
            match accord_codegen::generate_client(&view.contract, &options) {
                Ok(g) => StageResult::new(
                    "generate",
                    Status::Pass,
                    format!("generated ({} files)", g.files.len()),
                ),
                Err(e) => StageResult::error("generate", format!("generation failed: {e}")),
            }
        }
    };
    if result.status == Status::Error || !view.contract.kind.is_openapi() {
        return result;
    }
    let fields = tenants::custom_fields(view);
    let options = accord_codegen::Options {
        sources,
        ..accord_codegen::Options::default()
    };
    let untyped = match accord_codegen::client_ir(&view.contract, &options) {
        Ok(ir) => tenants::untyped_custom_fields(&ir, &fields),
        Err(e) => return StageResult::error("generate", format!("generation failed: {e}")),
    };
    result.counts = format!(
        "{}, {} custom field(s) typed",
        result.counts,
        fields.len() - untyped.len()
    );
    if !untyped.is_empty() {
        result.status = Status::Fail;
        result.notes.push(
            format!(
                "custom field(s) without a typed field in the generated client: {}",
                untyped.join(", ")
            )
            .into(),
        );
    }
    result
}

/// Generates `contract` with `client`'s options and compares the result with its crate.
fn generate_checked(
    shared: &Shared,
    client: &crate::config::ClientEntry,
    contract: &Contract,
    sources: Vec<String>,
) -> StageResult {
    let runtime = match client.runtime.as_deref() {
        None | Some("vendor") => accord_codegen::RuntimeDep::Vendor,
        Some(r) => match r.split_once('=') {
            Some(("path", p)) => accord_codegen::RuntimeDep::Path(p.to_string()),
            Some(("version", v)) => accord_codegen::RuntimeDep::Version(v.to_string()),
            _ => {
                return StageResult::error(
                    "generate",
                    format!("client runtime `{r}`: use vendor, path=DIR or version=V"),
                );
            }
        },
    };
    let options = accord_codegen::Options {
        crate_name: client.crate_name.clone(),
        runtime,
        deny_warnings: client.deny_warnings,
        sources: sources.clone(),
        templates_dir: None,
    };
    let generated = match accord_codegen::generate_client(contract, &options) {
        Ok(g) => g,
        Err(e) => return StageResult::error("generate", format!("generation failed: {e}")),
    };
    let out = shared.resolve(&client.out);
    let stale = generated.stale_files(&out);
    if stale.is_empty() {
        return StageResult::new(
            "generate",
            Status::Pass,
            format!(
                "{} up to date ({} files)",
                client.out.display(),
                generated.files.len()
            ),
        );
    }
    let mut result = StageResult::new(
        "generate",
        Status::Fail,
        format!(
            "{} stale: {} file(s) differ",
            client.out.display(),
            stale.len()
        ),
    );
    let overlays: String = sources
        .iter()
        .skip(1)
        .map(|o| format!(" --overlay {o}"))
        .collect();
    result.notes.push(
        format!(
            "regenerate with `accord generate client {}{overlays} --out {}`; differing: {}",
            sources[0],
            client.out.display(),
            stale.iter().take(8).cloned().collect::<Vec<_>>().join(", ")
        )
        .into(),
    );
    result
}
