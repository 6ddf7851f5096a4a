//! The engine behind `accord check`: selecting contracts and stages, running them (contracts
//! in parallel on rayon's pool, stages of one contract in order, since they share its loaded
//! model), and the outcome every renderer reads.

mod conformance;
mod overlays;
pub mod progress;
pub mod review;
mod stages;
pub mod summary;
mod tenants;

use std::time::Duration;

use rayon::prelude::*;

use accord_report::{DiffReport, EventReport, LintReport, TestReport};

use crate::config::{ContractEntry, Loaded};

/// A stage of the gate, as `--only` names it (a typo is a usage error, never a skipped stage).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Stage {
    Lint,
    Diff,
    Mapping,
    Generate,
    Conformance,
}

impl Stage {
    /// The stages, in the order they run for a contract.
    pub const ALL: [Stage; 5] = [
        Stage::Lint,
        Stage::Diff,
        Stage::Mapping,
        Stage::Generate,
        Stage::Conformance,
    ];

    /// The stage's name in reports and on the command line.
    pub const fn name(self) -> &'static str {
        match self {
            Stage::Lint => "lint",
            Stage::Diff => "diff",
            Stage::Mapping => "mapping",
            Stage::Generate => "generate",
            Stage::Conformance => "conformance",
        }
    }
}

/// How one stage ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Nothing to do for this contract (no baseline, no client...).
    Skip,
    Pass,
    Warn,
    Fail,
    /// The stage could not run (unloadable document, unreachable server).
    Error,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::Skip => "-",
            Status::Pass => "pass",
            Status::Warn => "warn",
            Status::Fail => "FAIL",
            Status::Error => "ERROR",
        }
    }
}

/// The result of one stage of one contract.
#[derive(Clone, Debug)]
pub struct StageResult {
    pub stage: &'static str,
    pub status: Status,
    /// Short counts for the table, e.g. `3 breaking, 2 warning`.
    pub counts: String,
    /// Lines worth printing under the table (what failed, why).
    pub notes: Vec<Note>,
    pub lint: Option<LintReport>,
    pub diff: Option<DiffReport>,
    pub test: Option<TestReport>,
    pub events: Option<EventReport>,
    /// Where the contract declares each operation (conformance stage), so that its SARIF
    /// results point at a line.
    pub operations: Option<accord_report::OperationLocations>,
    /// What each tenant's view adds to this stage, in `accord.toml` order (empty for a
    /// contract without tenants).
    pub tenants: Vec<TenantOutcome>,
    /// Wall time of the stage (for the timing line on stderr; never in reports, which
    /// must be deterministic).
    pub elapsed: Duration,
}

impl StageResult {
    pub fn new(stage: &'static str, status: Status, counts: impl Into<String>) -> Self {
        StageResult {
            stage,
            status,
            counts: counts.into(),
            notes: Vec::new(),
            lint: None,
            diff: None,
            test: None,
            events: None,
            operations: None,
            tenants: Vec::new(),
            elapsed: Duration::ZERO,
        }
    }
    pub fn skip(stage: &'static str, why: &str) -> Self {
        StageResult::new(stage, Status::Skip, why)
    }
    pub fn error(stage: &'static str, message: String) -> Self {
        let mut r = StageResult::new(stage, Status::Error, "could not run");
        r.notes.push(message.into());
        r
    }
}

/// A line under a stage's counts: what failed and why. The diff stage's lines are its root
/// causes, each naming its group, so that the console, `summary.md` and every other report
/// list the same root causes in the same order with the same counts, read from here rather
/// than matched up again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    /// The root cause the line stands for (diff stage only).
    pub root: Option<RootCause>,
}

/// A diff root cause as a note names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RootCause {
    /// The group ID ([`accord_report::group::id_of`]).
    pub id: String,
    /// How many changes it holds.
    pub changes: usize,
}

impl From<String> for Note {
    fn from(text: String) -> Self {
        Note { text, root: None }
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl StageResult {
    /// The notes' texts, one a line.
    pub fn notes_text(&self, separator: &str) -> String {
        self.notes
            .iter()
            .map(|n| n.text.as_str())
            .collect::<Vec<_>>()
            .join(separator)
    }
}

/// One tenant's part in a stage: what only its view has. The findings themselves are in
/// the stage's reports, marked with the tenant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenantOutcome {
    pub name: String,
    /// Short counts, e.g. `1 root cause(s) of its own`.
    pub counts: String,
    /// Root causes (diff group IDs) only this tenant's view has (possibly with others).
    pub only: Vec<String>,
    /// Root causes of the base this tenant's overlays spare it.
    pub spared: Vec<String>,
}

impl TenantOutcome {
    pub fn counted(name: &str, counts: impl Into<String>) -> Self {
        TenantOutcome {
            name: name.to_string(),
            counts: counts.into(),
            only: Vec::new(),
            spared: Vec::new(),
        }
    }
}

/// All stages of one contract.
#[derive(Clone, Debug)]
pub struct ContractOutcome {
    pub name: String,
    pub path: String,
    /// The contract's tenants, in `accord.toml` order.
    pub tenants: Vec<String>,
    pub stages: Vec<StageResult>,
    /// Wall time of loading the contract (and nothing else).
    pub load_elapsed: Duration,
}

/// The whole run.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub contracts: Vec<ContractOutcome>,
    pub stages: Vec<&'static str>,
}

impl Outcome {
    pub fn worst(&self) -> Status {
        self.contracts
            .iter()
            .flat_map(|c| c.stages.iter().map(|s| s.status))
            .max()
            .unwrap_or(Status::Pass)
    }

    /// 0 pass/warn, 1 a failing stage, 2 a stage that could not run.
    pub fn exit_code(&self) -> i32 {
        match self.worst() {
            Status::Error => 2,
            Status::Fail => 1,
            _ => 0,
        }
    }
}

/// Which contracts and stages to run.
pub struct Selection {
    pub stages: Vec<&'static str>,
    pub contracts: Vec<usize>,
}

impl Selection {
    pub fn new(
        only: &[Stage],
        names: &[String],
        shard: Option<&str>,
        loaded: &Loaded,
    ) -> Result<Selection, String> {
        let mut only = only.to_vec();
        if only.is_empty() {
            only = Stage::ALL.to_vec();
        }
        only.sort();
        only.dedup();
        let stages = only.into_iter().map(Stage::name).collect();
        let all = &loaded.config.contracts;
        for n in names {
            if !all.iter().any(|c| &c.name == n) {
                return Err(format!("no contract `{n}` in {}", loaded.path.display()));
            }
        }
        let mut contracts: Vec<usize> = (0..all.len())
            .filter(|i| names.is_empty() || names.contains(&all[*i].name))
            .collect();
        if let Some(shard) = shard {
            let (i, n) = shard
                .split_once('/')
                .and_then(|(i, n)| Some((i.parse::<usize>().ok()?, n.parse::<usize>().ok()?)))
                .filter(|(i, n)| *n >= 1 && (1..=*n).contains(i))
                .ok_or_else(|| format!("--shard takes I/N with 1 <= I <= N, not `{shard}`"))?;
            contracts = contracts
                .into_iter()
                .enumerate()
                .filter(|(k, _)| k % n == i - 1)
                .map(|(_, c)| c)
                .collect();
        }
        Ok(Selection { stages, contracts })
    }
}

/// Runs the selection: contracts in parallel across rayon's pool (one contract's stages in
/// order), reporting each finished stage to `progress`. The outcome keeps the order of
/// `accord.toml`, whatever order contracts finish in.
pub fn run(loaded: &Loaded, selection: &Selection, progress: &progress::Progress) -> Outcome {
    let shared = stages::Shared::new(loaded);
    let contracts: Vec<ContractOutcome> = selection
        .contracts
        .par_iter()
        // One contract per task: contracts differ a hundredfold in cost (a 4 MB Stripe
        // document against a 10 kB webhook contract), so let idle threads steal each one.
        .with_max_len(1)
        .map(|&index| {
            let entry: &ContractEntry = &loaded.config.contracts[index];
            stages::run_contract(&shared, entry, &selection.stages, progress)
        })
        .collect();
    Outcome {
        contracts,
        stages: selection.stages.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn repository(contracts: usize) -> Loaded {
        let mut text = String::from("version = \"v1\"\n");
        for i in 0..contracts {
            text.push_str(&format!(
                "[[contracts]]\nname = \"c{i:03}\"\npath = \"c{i}.yaml\"\nkind = \"vendor\"\n"
            ));
        }
        let config: Config = toml::from_str(&text).unwrap();
        Loaded {
            config,
            dir: ".".into(),
            path: "accord.toml".into(),
        }
    }

    #[test]
    fn shards_partition_the_contracts_evenly() {
        let loaded = repository(300);
        for n in [1, 2, 3, 7, 16, 300, 301] {
            let mut seen = vec![0usize; 300];
            let mut sizes = Vec::new();
            for i in 1..=n {
                let shard = format!("{i}/{n}");
                let selection = Selection::new(&[], &[], Some(&shard), &loaded).unwrap();
                sizes.push(selection.contracts.len());
                for c in selection.contracts {
                    seen[c] += 1;
                }
            }
            assert!(seen.iter().all(|&k| k == 1), "{n} shards: not a partition");
            let (min, max) = (sizes.iter().min().unwrap(), sizes.iter().max().unwrap());
            assert!(max - min <= 1, "{n} shards are uneven: {sizes:?}");
        }
    }

    #[test]
    fn shards_apply_after_contract_narrowing() {
        let loaded = repository(10);
        let names: Vec<String> = ["c001", "c004", "c007"].map(String::from).to_vec();
        let first = Selection::new(&[], &names, Some("1/2"), &loaded).unwrap();
        let second = Selection::new(&[], &names, Some("2/2"), &loaded).unwrap();
        assert_eq!(first.contracts, vec![1, 7]);
        assert_eq!(second.contracts, vec![4]);
    }

    #[test]
    fn malformed_shards_are_usage_errors() {
        let loaded = repository(3);
        for bad in ["0/3", "4/3", "1/0", "1", "a/b", "-1/3"] {
            let err = Selection::new(&[], &[], Some(bad), &loaded).err().unwrap();
            assert!(err.contains("--shard takes I/N"), "{bad}: {err}");
        }
    }
}
