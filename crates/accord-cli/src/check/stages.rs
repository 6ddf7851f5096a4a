//! The stages of the gate, one function each, over one contract of `accord.toml`. Each
//! returns a [`StageResult`] and prints nothing: progress goes through [`Progress`].

use std::path::{Path, PathBuf};
use std::time::Instant;

use accord_report::{ChangeLevel, LintLevel, LintReport};
use accord_spec::Contract;

use super::progress::Progress;
use super::{ContractOutcome, StageResult, Status};
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
    let loaded = super::overlays::load_entry(shared, entry, &path, crate::common::files());
    let mut outcome = ContractOutcome {
        name: entry.name.clone(),
        path: entry.path.display().to_string(),
        stages: Vec::new(),
        load_elapsed: started.elapsed(),
    };
    let contract = match loaded {
        Ok(c) => c,
        Err(e) => {
            for stage in stages {
                let result = StageResult::error(stage, e.to_string());
                progress.stage_done(&entry.name, &result);
                outcome.stages.push(result);
            }
            return outcome;
        }
    };
    for stage in stages {
        let started = Instant::now();
        let mut result = match *stage {
            "lint" => lint(shared, entry, &contract),
            "diff" => diff(shared, entry, &contract),
            "mapping" => mapping(shared, entry, &contract),
            "generate" => generate(shared, entry, &contract),
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
/// integration-risk profile).
fn lint(shared: &Shared, entry: &ContractEntry, contract: &Contract) -> StageResult {
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
    let report = LintReport::new(accord_lint::lint(contract, &profile));
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
        format!("{errors} error, {warnings} warning, {infos} info"),
    );
    if status == Status::Fail {
        let mut gating: Vec<_> = report
            .sorted()
            .into_iter()
            .filter(|d| d.level >= fail_on)
            .collect();
        // The five shown are the most severe, as `accord lint` lists them.
        gating.sort_by_key(|d| std::cmp::Reverse(d.level));
        for d in gating.into_iter().take(5) {
            result.notes.push(format!(
                "{}:{}:{}: {}[{}] {}",
                d.location.file, d.location.line, d.location.column, d.level, d.rule, d.message
            ));
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

/// Breaking changes against the baseline, with accepted exceptions applied.
fn diff(shared: &Shared, entry: &ContractEntry, contract: &Contract) -> StageResult {
    let Some(baseline) = &entry.baseline else {
        return StageResult::skip("diff", "no baseline");
    };
    let old = match (&baseline.file, &baseline.git) {
        (Some(file), _) => super::overlays::load_entry(
            shared,
            entry,
            &shared.resolve(file),
            crate::common::files(),
        ),
        (None, Some(rev)) => {
            let provider =
                match crate::commands::breaking::GitProvider::new(rev, &shared.loaded.dir) {
                    Ok(p) => p,
                    Err(e) => return StageResult::error("diff", e),
                };
            super::overlays::load_entry(shared, entry, &shared.resolve(&entry.path), &provider)
        }
        (None, None) => {
            return StageResult::error(
                "diff",
                "the baseline names neither `file` nor `git`".into(),
            );
        }
    };
    let old = match old {
        Ok(c) => c,
        Err(e) => return StageResult::error("diff", format!("baseline: {e}")),
    };
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
    accord_diff::apply_exceptions(&mut report, &exceptions, &shared.today);
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
    let affecting = groups.iter().filter(|g| !g.affects().is_empty()).count();
    let roots = |level| groups.iter().filter(|g| g.level == level).count();
    let mut counts = format!(
        "{breaking} breaking ({} root causes), {warning} warning, {info} info",
        roots(ChangeLevel::Breaking)
    );
    if affecting > 0 {
        counts.push_str(&format!("; {affecting} root causes affect our mappings"));
    }
    let mut result = StageResult::new("diff", status, counts);
    for g in groups.iter().filter(|g| g.level >= fail_on) {
        let c = g.first();
        let what = if g.len() == 1 {
            format!("{}: {}", c.subject(), c.message)
        } else {
            format!("{} ({} changes: {})", g.headline(), g.len(), g.reach_line())
        };
        let affects = g.affects();
        let affects = if affects.is_empty() {
            String::new()
        } else {
            format!(" (affects {})", affects.join(", "))
        };
        result
            .notes
            .push(format!("{} [{}] {what}{affects}", g.level, g.check));
    }
    result.diff = Some(report);
    result
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
fn mapping(shared: &Shared, entry: &ContractEntry, contract: &Contract) -> StageResult {
    let specs = shared.mappings_of(entry);
    if specs.is_empty() {
        return StageResult::skip("mapping", "no mappings");
    }
    let mut diagnostics = Vec::new();
    for spec in &specs {
        diagnostics.extend(accord_mapping::validate_against(
            spec,
            &shared.contracts,
            contract,
        ));
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
        format!("{} mapping(s), {errors} error", specs.len()),
    );
    for d in report
        .sorted()
        .into_iter()
        .filter(|d| d.level == LintLevel::Error)
    {
        result.notes.push(format!(
            "{}:{}:{}: [{}] {}",
            d.location.file, d.location.line, d.location.column, d.rule, d.message
        ));
    }
    for e in &shared.mapping_errors {
        result.notes.push(format!("unreadable mapping: {e}"));
    }
    result.lint = Some(report);
    result
}

/// The generated client crate is what generation writes today: a contract change that
/// was not regenerated (or a hand edit of generated code) fails here.
fn generate(shared: &Shared, entry: &ContractEntry, contract: &Contract) -> StageResult {
    let Some(client) = &entry.client else {
        return StageResult::skip("generate", "no client");
    };
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
        sources: vec![entry.path.to_string_lossy().replace('\\', "/")],
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
    result.notes.push(format!(
        "regenerate with `accord generate client {} --out {}`; differing: {}",
        entry.path.display(),
        client.out.display(),
        stale.iter().take(8).cloned().collect::<Vec<_>>().join(", ")
    ));
    result
}
