//! `accord check` progress and sharding, end to end on the bundled repository: in CI (and
//! whenever stderr is not a terminal) progress is one plain stderr line per finished stage,
//! counted `[k/N]`, then one timing line; stdout (the table and details) is the same with and
//! without CI; `--shard I/N` runs each contract in exactly one shard.

mod common;

use std::collections::BTreeSet;
use std::process::{Command, Output};

use common::{accord_bin, root, stderr, stdout};

/// `accord check ARGS` at the workspace root, as a CI job runs it (or not).
fn check(args: &[&str], in_ci: bool) -> Output {
    let mut command = Command::new(accord_bin());
    command
        .arg("check")
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1");
    for name in ["CI", "GITHUB_ACTIONS", "GITLAB_CI"] {
        command.env_remove(name);
    }
    if in_ci {
        command.env("CI", "true");
    }
    command.output().expect("accord runs")
}

/// The contract names of the summary table on stdout.
fn table_contracts(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .skip_while(|l| !l.starts_with("contract "))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.split_whitespace().next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn ci_gets_one_plain_line_per_stage_and_the_same_summary() {
    let args = ["--only", "lint,diff"];
    let ci = check(&args, true);
    let log = stderr(&ci);
    assert_eq!(ci.status.code(), Some(1), "{log}");
    let contracts = table_contracts(&stdout(&ci));
    assert!(contracts.len() >= 2, "{}", stdout(&ci));
    let total = contracts.len() * 2;

    let progress: Vec<&str> = log
        .lines()
        .filter(|l| l.starts_with("accord check: ["))
        .collect();
    assert_eq!(progress.len(), total, "{log}");
    // Every finished stage is counted once, 1..=N, in the order lines were written.
    for (k, line) in progress.iter().enumerate() {
        let counter = format!(
            "[{:>width$}/{total}]",
            k + 1,
            width = total.to_string().len()
        );
        assert!(line.contains(&counter), "line {k}: {line}");
    }
    // Every contract × stage appears exactly once.
    let mut seen = BTreeSet::new();
    for line in &progress {
        let after_counter = line.split_once("] ").map_or("", |(_, rest)| rest);
        let fields: Vec<&str> = after_counter.split_whitespace().collect();
        assert!(
            seen.insert((fields[0].to_string(), fields[1].to_string())),
            "{line}"
        );
    }
    for contract in &contracts {
        for stage in ["lint", "diff"] {
            assert!(
                seen.contains(&(contract.clone(), stage.to_string())),
                "{contract}/{stage}"
            );
        }
    }
    // The breaking CRM upgrade is visible in the log as soon as its diff finishes.
    assert!(
        progress
            .iter()
            .any(|l| l.contains(" relay-crm ") && l.contains(" diff ") && l.contains(" FAIL ")),
        "{log}"
    );
    let timing = log.lines().last().unwrap_or_default();
    assert!(
        timing.starts_with(&format!(
            "accord check: {} contracts, {total} stages in ",
            contracts.len()
        )) && timing.contains("load ")
            && timing.contains("lint ")
            && timing.contains("diff "),
        "{timing}"
    );
    // Progress never reaches stdout, and stdout does not depend on CI.
    assert!(!stdout(&ci).contains("accord check: ["));
    let local = check(&args, false);
    assert_eq!(stdout(&local), stdout(&ci));
    assert_eq!(local.status.code(), ci.status.code());
}

#[test]
fn shards_run_every_contract_exactly_once() {
    let all = table_contracts(&stdout(&check(&["--only", "lint"], true)));
    assert!(all.len() >= 3);
    let mut union = Vec::new();
    for i in 1..=3 {
        let shard = format!("{i}/3");
        let out = check(&["--only", "lint", "--shard", &shard], true);
        assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
        let names = table_contracts(&stdout(&out));
        assert!(!names.is_empty(), "shard {shard} is empty");
        union.extend(names);
    }
    union.sort();
    let mut expected = all.clone();
    expected.sort();
    assert_eq!(union, expected, "shards must partition the contracts");

    let out = check(&["--shard", "4/3"], true);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--shard takes I/N"),
        "{}",
        stderr(&out)
    );
}
