//! The engine behind `accord check`: selecting contracts and stages, running them (contracts
//! in parallel, stages of one contract in order), and the outcome every renderer reads.

mod conformance;
pub mod review;
mod stages;
pub mod summary;

use std::sync::Mutex;

use accord_report::{DiffReport, EventReport, LintReport, TestReport};

use crate::config::{ContractEntry, Loaded};

/// The stages, in the order they run for a contract.
pub const STAGES: [&str; 5] = ["lint", "diff", "mapping", "generate", "conformance"];

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
    pub notes: Vec<String>,
    pub lint: Option<LintReport>,
    pub diff: Option<DiffReport>,
    pub test: Option<TestReport>,
    pub events: Option<EventReport>,
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
        }
    }
    pub fn skip(stage: &'static str, why: &str) -> Self {
        StageResult::new(stage, Status::Skip, why)
    }
    pub fn error(stage: &'static str, message: String) -> Self {
        let mut r = StageResult::new(stage, Status::Error, "could not run");
        r.notes.push(message);
        r
    }
}

/// All stages of one contract.
#[derive(Clone, Debug)]
pub struct ContractOutcome {
    pub name: String,
    pub path: String,
    pub stages: Vec<StageResult>,
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
        only: &[String],
        names: &[String],
        shard: Option<&str>,
        loaded: &Loaded,
    ) -> Result<Selection, String> {
        let mut stages = Vec::new();
        for s in only {
            match STAGES.iter().find(|k| **k == s.as_str()) {
                Some(k) => stages.push(*k),
                None => {
                    return Err(format!(
                        "unknown stage `{s}` (stages: {})",
                        STAGES.join(", ")
                    ));
                }
            }
        }
        if stages.is_empty() {
            stages = STAGES.to_vec();
        }
        stages.sort_by_key(|s| STAGES.iter().position(|k| k == s));
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

/// Runs the selection: contracts in parallel on a few threads, plain progress lines on
/// stderr as each stage finishes (CI-friendly; the table comes at the end).
pub fn run(loaded: &Loaded, selection: &Selection, color: bool) -> Outcome {
    let shared = stages::Shared::new(loaded);
    let queue = Mutex::new(selection.contracts.clone());
    let results = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4)
        .min(selection.contracts.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let Some(index) = queue.lock().unwrap().pop() else {
                        break;
                    };
                    let entry: &ContractEntry = &loaded.config.contracts[index];
                    let outcome = stages::run_contract(&shared, entry, &selection.stages, color);
                    results.lock().unwrap().push((index, outcome));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|(i, _)| *i);
    Outcome {
        contracts: results.into_iter().map(|(_, o)| o).collect(),
        stages: selection.stages.clone(),
    }
}
