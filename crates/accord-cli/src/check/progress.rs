//! Progress of `accord check` on stderr while contracts run: an indicatif bar over every
//! contract × stage on an interactive terminal, and plain one-line-per-stage lines
//! everywhere else (CI logs, pipes, `TERM=dumb`), so a CI log shows the gate moving and
//! which stage of which contract failed, in the order they finished. Stdout (the summary
//! table and details) is the same either way.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Outcome, StageResult, Status};

/// Environment variables that mean "running in CI" even when `CI` itself is not set.
const CI_VARIABLES: [&str; 12] = [
    "CI",
    "GITHUB_ACTIONS",
    "GITLAB_CI",
    "BUILDKITE",
    "CIRCLECI",
    "JENKINS_URL",
    "TF_BUILD",
    "TEAMCITY_VERSION",
    "TRAVIS",
    "BITBUCKET_BUILD_NUMBER",
    "CODEBUILD_BUILD_ID",
    "DRONE",
];

/// How progress is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// An interactive bar (stderr is a terminal, not CI).
    Bar,
    /// One plain line per finished stage.
    Lines,
}

impl Mode {
    /// The bar only for a person at a terminal; `lookup` reads an environment variable.
    pub fn detect(stderr_is_terminal: bool, lookup: impl Fn(&str) -> Option<String>) -> Mode {
        let in_ci = CI_VARIABLES.iter().any(|name| {
            lookup(name).is_some_and(|value| {
                let value = value.trim();
                !value.is_empty() && value != "0" && !value.eq_ignore_ascii_case("false")
            })
        });
        let dumb_terminal = lookup("TERM").is_some_and(|t| t == "dumb");
        if stderr_is_terminal && !in_ci && !dumb_terminal {
            Mode::Bar
        } else {
            Mode::Lines
        }
    }
}

/// Reports each finished stage; shared by the worker threads.
pub struct Progress {
    mode: Mode,
    total: usize,
    done: AtomicUsize,
    bar: ProgressBar,
}

impl Progress {
    /// Progress over `total` stages, shown the way this process's stderr and environment ask.
    pub fn for_this_process(total: usize) -> Progress {
        let mode = Mode::detect(std::io::stderr().is_terminal(), |name| {
            std::env::var(name).ok()
        });
        Progress::new(mode, total)
    }

    pub fn new(mode: Mode, total: usize) -> Progress {
        let bar = match mode {
            Mode::Bar => {
                let bar =
                    ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
                bar.set_style(
                    ProgressStyle::with_template(
                        "{spinner} [{elapsed_precise}] [{bar:30}] {pos}/{len} stages  {wide_msg}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
                );
                bar.enable_steady_tick(Duration::from_millis(120));
                bar
            }
            Mode::Lines => ProgressBar::hidden(),
        };
        Progress {
            mode,
            total,
            done: AtomicUsize::new(0),
            bar,
        }
    }

    /// One stage of one contract finished.
    pub fn stage_done(&self, contract: &str, result: &StageResult) {
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        match self.mode {
            Mode::Lines => eprintln!("{}", self.line(done, contract, result)),
            Mode::Bar => {
                // Problems scroll above the bar so they stay visible; passes only move it.
                if matches!(result.status, Status::Fail | Status::Error) {
                    self.bar.println(format!(
                        "{:<5} {contract} / {}: {}",
                        result.status.label(),
                        result.stage,
                        result.counts
                    ));
                }
                self.bar.set_message(format!(
                    "{contract} / {} {}",
                    result.stage,
                    result.status.label()
                ));
                self.bar.inc(1);
            }
        }
    }

    /// The plain line for the `done`-th finished stage.
    fn line(&self, done: usize, contract: &str, result: &StageResult) -> String {
        let width = self.total.to_string().len();
        format!(
            "accord check: [{done:>width$}/{}] {contract:<26} {:<12} {:<5} {}",
            self.total,
            result.stage,
            result.status.label(),
            result.counts
        )
    }

    /// Clears the bar so the summary table starts on a clean terminal, then says where the
    /// time went: wall time, and each stage's time summed over contracts (threads overlap,
    /// so the sums can exceed the wall time).
    pub fn finish(&self, outcome: &Outcome, wall: Duration) {
        self.bar.finish_and_clear();
        eprintln!("{}", timing_line(outcome, wall));
    }
}

/// `accord check: 7 contracts, 35 stages in 4.2s; summed: load 0.3s, lint 0.5s, ...`.
fn timing_line(outcome: &Outcome, wall: Duration) -> String {
    let load: Duration = outcome.contracts.iter().map(|c| c.load_elapsed).sum();
    let mut parts = vec![format!("load {:.1}s", load.as_secs_f64())];
    for stage in &outcome.stages {
        let spent: Duration = outcome
            .contracts
            .iter()
            .flat_map(|c| c.stages.iter())
            .filter(|s| s.stage == *stage)
            .map(|s| s.elapsed)
            .sum();
        parts.push(format!("{stage} {:.1}s", spent.as_secs_f64()));
    }
    let stages: usize = outcome.contracts.iter().map(|c| c.stages.len()).sum();
    format!(
        "accord check: {} contracts, {stages} stages in {:.1}s; time per stage summed over contracts: {}",
        outcome.contracts.len(),
        wall.as_secs_f64(),
        parts.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            owned
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn a_terminal_outside_ci_gets_the_bar() {
        assert_eq!(Mode::detect(true, env(&[("TERM", "xterm")])), Mode::Bar);
    }

    #[test]
    fn ci_pipes_and_dumb_terminals_get_plain_lines() {
        assert_eq!(Mode::detect(false, env(&[])), Mode::Lines);
        assert_eq!(Mode::detect(true, env(&[("CI", "true")])), Mode::Lines);
        assert_eq!(
            Mode::detect(true, env(&[("GITLAB_CI", "true")])),
            Mode::Lines
        );
        assert_eq!(
            Mode::detect(true, env(&[("JENKINS_URL", "http://ci.local/")])),
            Mode::Lines
        );
        assert_eq!(Mode::detect(true, env(&[("TERM", "dumb")])), Mode::Lines);
    }

    #[test]
    fn ci_set_to_false_is_not_ci() {
        assert_eq!(Mode::detect(true, env(&[("CI", "false")])), Mode::Bar);
        assert_eq!(Mode::detect(true, env(&[("CI", "0")])), Mode::Bar);
    }

    #[test]
    fn plain_lines_count_finished_stages() {
        let progress = Progress::new(Mode::Lines, 35);
        let result = StageResult::new("diff", Status::Fail, "15 breaking, 5 warning, 26 info");
        assert_eq!(
            progress.line(7, "relay-crm", &result),
            "accord check: [ 7/35] relay-crm                  diff         FAIL  15 breaking, 5 warning, 26 info"
        );
    }

    #[test]
    fn the_timing_line_sums_each_stage_over_contracts() {
        let contract = |lint_ms, diff_ms| super::super::ContractOutcome {
            name: "c".into(),
            path: "c.yaml".into(),
            tenants: Vec::new(),
            stages: vec![
                StageResult {
                    elapsed: Duration::from_millis(lint_ms),
                    ..StageResult::new("lint", Status::Pass, "")
                },
                StageResult {
                    elapsed: Duration::from_millis(diff_ms),
                    ..StageResult::new("diff", Status::Skip, "")
                },
            ],
            load_elapsed: Duration::from_millis(100),
        };
        let outcome = Outcome {
            contracts: vec![contract(200, 0), contract(300, 1500)],
            stages: vec!["lint", "diff"],
        };
        assert_eq!(
            timing_line(&outcome, Duration::from_millis(2500)),
            "accord check: 2 contracts, 4 stages in 2.5s; time per stage summed over contracts: load 0.2s, lint 0.5s, diff 1.5s"
        );
    }
}
