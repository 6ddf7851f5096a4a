//! What a run actually tested: per operation the requests sent, the answers by status class
//! and which checks judged it; and the run's diagnosis when it tested little or nothing
//! (every answer `404` on documented paths: the base URL is probably wrong; every answer
//! `401`/`403`: credentials; every answer `429`: throttled).
//!
//! An answer counts as *judgeable* when the checks can learn something about the API from
//! it: `429` is the API declining to answer, and `401`/`403` to a request that carried the
//! run's credentials says the credentials are wrong, not that the operation behaves. A `404`
//! is judgeable unless the run is diagnosed as pointed at the wrong base URL.

use std::collections::{BTreeMap, BTreeSet};

use accord_report::{GeneratedInput, NotExercised, OperationCoverage, StopReason, TestCoverage};
use accord_spec::Contract;

/// Final answers a diagnosis needs before it is trusted.
pub const MIN_ANSWERS_FOR_DIAGNOSIS: u64 = 12;
/// Distinct operations a diagnosis needs before it is trusted.
pub const MIN_OPERATIONS_FOR_DIAGNOSIS: usize = 3;

/// What kind of answer one exchange got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Something the checks can judge.
    Judgeable,
    /// `404` (judgeable unless the base URL is diagnosed wrong).
    NotFound,
    /// `401`/`403` to a request with the run's credentials.
    Rejected,
    /// `429` after the retries the pacer allows.
    Throttled,
}

impl Answer {
    /// Classifies a final status; `credentialed` when the request carried the run's
    /// credentials (a `401` to a request sent without them is the expected answer).
    pub fn of(status: u16, credentialed: bool) -> Answer {
        match status {
            404 => Answer::NotFound,
            401 | 403 if credentialed => Answer::Rejected,
            429 => Answer::Throttled,
            _ => Answer::Judgeable,
        }
    }
}

/// The tally of one operation.
#[derive(Clone, Debug, Default)]
pub struct OpTally {
    pub requests: u64,
    pub statuses: BTreeMap<String, u64>,
    pub answers: BTreeMap<&'static str, u64>,
    /// Checks that judged a judgeable answer.
    pub exercised: BTreeSet<&'static str>,
    /// Checks that judged only `404` answers.
    pub exercised_on_404: BTreeSet<&'static str>,
    /// Checks a scenario could not run here, and why.
    pub skipped: BTreeMap<&'static str, String>,
    /// Why no request could be built for it (a required server-issued ID was missing).
    pub unsent: Option<String>,
}

impl OpTally {
    fn count(&self, a: &'static str) -> u64 {
        self.answers.get(a).copied().unwrap_or(0)
    }

    /// Records one final answer and the checks that judged it.
    pub fn answer(&mut self, status: u16, answer: Answer, judged: &[&'static str]) {
        *self
            .statuses
            .entry(format!("{}xx", status / 100))
            .or_default() += 1;
        let label = match answer {
            Answer::Judgeable => "judgeable",
            Answer::NotFound => "not_found",
            Answer::Rejected => "rejected",
            Answer::Throttled => "throttled",
        };
        *self.answers.entry(label).or_default() += 1;
        match answer {
            Answer::Judgeable => self.exercised.extend(judged),
            Answer::NotFound => self.exercised_on_404.extend(judged),
            Answer::Rejected | Answer::Throttled => {}
        }
    }
}

/// The whole run's tally.
#[derive(Debug, Default)]
pub struct Tally {
    pub ops: BTreeMap<usize, OpTally>,
}

impl Tally {
    pub fn op(&mut self, i: usize) -> &mut OpTally {
        self.ops.entry(i).or_default()
    }

    fn total(&self, a: &'static str) -> u64 {
        self.ops.values().map(|o| o.count(a)).sum()
    }

    fn answered_ops(&self) -> usize {
        self.ops.values().filter(|o| !o.answers.is_empty()).count()
    }

    /// Whether the answers so far say the run cannot test anything: every answer is the
    /// same refusal over enough answers and operations. Used to stop early.
    pub fn hopeless(&self) -> Option<Answer> {
        let all: u64 = self
            .ops
            .values()
            .map(|o| o.answers.values().sum::<u64>())
            .sum();
        if all < MIN_ANSWERS_FOR_DIAGNOSIS || self.answered_ops() < MIN_OPERATIONS_FOR_DIAGNOSIS {
            return None;
        }
        [Answer::NotFound, Answer::Rejected, Answer::Throttled]
            .into_iter()
            .find(|a| {
                let label = match a {
                    Answer::NotFound => "not_found",
                    Answer::Rejected => "rejected",
                    _ => "throttled",
                };
                self.total(label) == all
            })
    }

    /// Whether `404` dominates: at least nine in ten answers over enough answers.
    pub fn mostly_not_found(&self) -> bool {
        let all: u64 = self
            .ops
            .values()
            .map(|o| o.answers.values().sum::<u64>())
            .sum();
        all >= MIN_ANSWERS_FOR_DIAGNOSIS
            && self.answered_ops() >= MIN_OPERATIONS_FOR_DIAGNOSIS
            && self.total("not_found") * 10 >= all * 9
    }

    /// Whether every answer was a credentials refusal.
    pub fn all_rejected(&self) -> bool {
        let all: u64 = self
            .ops
            .values()
            .map(|o| o.answers.values().sum::<u64>())
            .sum();
        all > 0 && self.total("rejected") == all
    }

    /// Whether every answer was `429`.
    pub fn all_throttled(&self) -> bool {
        let all: u64 = self
            .ops
            .values()
            .map(|o| o.answers.values().sum::<u64>())
            .sum();
        all > 0 && self.total("throttled") == all
    }
}

/// Everything [`coverage`] needs besides the tally.
pub struct Finish<'a> {
    pub contract: &'a Contract,
    /// Operations in scope, in contract order.
    pub scope: &'a [usize],
    /// Passive checks enabled for the run (judge every answer).
    pub passive: &'a [&'static str],
    pub stopped_by: Option<StopReason>,
    /// Why the run stopped when it is not one of the `stopped_by` reasons (diagnoses).
    pub base_url: &'a str,
    /// Per operation, the required parameters the run generated (no `--header` or
    /// `--tenant` gave them).
    pub generated: &'a BTreeMap<usize, Vec<GeneratedInput>>,
}

/// Operations whose every answer was a refusal the run diagnosed (`404` behind a wrong
/// base URL, `401`/`403` for wrong credentials): what the checks said about those answers
/// is about the run's setup, not the API, so their failures are dropped.
pub fn refused_operations(tally: &Tally) -> Vec<usize> {
    let wrong_base = tally.mostly_not_found();
    let rejected = tally.all_rejected();
    tally
        .ops
        .iter()
        .filter(|(_, t)| {
            t.count("judgeable") == 0
                && (wrong_base && t.count("not_found") > 0 || rejected && t.count("rejected") > 0)
        })
        .map(|(i, _)| *i)
        .collect()
}

/// The report's coverage object and the run's verdict, if it is incomplete.
pub fn coverage(tally: &Tally, f: &Finish<'_>) -> (TestCoverage, Option<String>) {
    let wrong_base = tally.mostly_not_found();
    let diagnosis = if wrong_base {
        Some(base_url_hint(f.contract, f.base_url, tally))
    } else if tally.all_rejected() {
        Some(
            "every answer was 401 or 403: the credentials are missing or rejected \
             (pass them with --header or --tenant)"
                .to_string(),
        )
    } else if tally.all_throttled() {
        Some("every answer was 429 Too Many Requests: the API throttled the whole run".into())
    } else {
        None
    };
    let not_reached = match f.stopped_by {
        Some(StopReason::MaxDuration | StopReason::MaxRequests) => "budget spent",
        Some(StopReason::Throttled) => "throttled",
        Some(StopReason::Interrupted) => "run interrupted",
        Some(StopReason::Transport) => "stopped after consecutive transport failures",
        None => "not reached",
    };
    let mut operations = Vec::new();
    let mut exercised_ops = 0u64;
    for &i in f.scope {
        let op = &f.contract.operations[i];
        let empty = OpTally::default();
        let t = tally.ops.get(&i).unwrap_or(&empty);
        let mut exercised: BTreeSet<&'static str> = t.exercised.clone();
        if !wrong_base {
            exercised.extend(&t.exercised_on_404);
        }
        let reason = if let (0, Some(why)) = (t.requests, &t.unsent) {
            why.clone()
        } else if t.requests == 0 || t.answers.is_empty() {
            diagnosis
                .clone()
                .filter(|_| f.stopped_by.is_none())
                .unwrap_or_else(|| not_reached.to_string())
        } else if t.count("judgeable") == 0 && (wrong_base || t.count("not_found") == 0) {
            if t.count("throttled") > 0 && t.count("rejected") == 0 && t.count("not_found") == 0 {
                "throttled: every answer was 429".into()
            } else if t.count("rejected") > 0 && t.count("not_found") == 0 {
                "every answer was 401 or 403: credentials missing or rejected".into()
            } else if wrong_base {
                "every answer was 404 Not Found: the base URL is probably wrong".into()
            } else {
                "no answer the checks could judge".into()
            }
        } else {
            String::new()
        };
        let mut not_exercised: Vec<NotExercised> = Vec::new();
        if !exercised.is_empty() {
            exercised_ops += 1;
        } else {
            let reason = if reason.is_empty() {
                "no answer the checks could judge".to_string()
            } else {
                reason
            };
            for check in f.passive {
                not_exercised.push(NotExercised {
                    check: check.to_string(),
                    reason: reason.clone(),
                });
            }
        }
        for (check, why) in &t.skipped {
            if !exercised.contains(check) && !not_exercised.iter().any(|n| n.check == *check) {
                not_exercised.push(NotExercised {
                    check: check.to_string(),
                    reason: why.clone(),
                });
            }
        }
        operations.push(OperationCoverage {
            operation: op.key(),
            requests: t.requests,
            statuses: t.statuses.clone(),
            not_exercised,
            generated: if t.requests > 0 {
                f.generated.get(&i).cloned().unwrap_or_default()
            } else {
                Vec::new()
            },
            exercised: exercised.iter().map(|c| c.to_string()).collect(),
        });
    }
    operations.sort_by(|a, b| a.operation.cmp(&b.operation));
    let coverage = TestCoverage {
        operations_total: f.scope.len() as u64,
        operations_exercised: exercised_ops,
        stopped_by: f.stopped_by,
        operations,
    };
    let verdict = if coverage.complete() {
        None
    } else {
        let untested = coverage.operations_total - coverage.operations_exercised;
        let head = format!(
            "{untested} of {} operations not exercised",
            coverage.operations_total
        );
        Some(match (f.stopped_by, diagnosis) {
            (Some(stop), Some(d)) => format!("{head}: {}; {d}", stop.explain()),
            (Some(stop), None) => format!("{head}: {}", stop.explain()),
            (None, Some(d)) => format!("{head}: {d}"),
            (None, None) => match coverage.untested_reasons().first() {
                Some((r, _)) => format!("{head}: {r}"),
                None => head,
            },
        })
    };
    (coverage, verdict)
}

/// Why every answer was `404`, comparing the base URL's path with the contract's paths and
/// servers: a doubled prefix (`--base-url …/v1` when paths already start with `/v1`), a
/// missing one (the server URL has `/v1` and the base URL does not), or neither.
pub fn base_url_hint(contract: &Contract, base_url: &str, tally: &Tally) -> String {
    let all: u64 = tally
        .ops
        .values()
        .map(|o| o.answers.values().sum::<u64>())
        .sum();
    let not_found = tally.total("not_found");
    let head = format!(
        "{not_found} of {all} answers were 404 Not Found on documented paths: the base URL is probably wrong"
    );
    let base = reqwest::Url::parse(base_url).ok();
    let base_path = base
        .as_ref()
        .map(|u| u.path().trim_end_matches('/').to_string())
        .unwrap_or_default();
    let origin = base
        .as_ref()
        .map(|u| {
            let mut o = u.clone();
            o.set_path("");
            o.set_query(None);
            let _ = o.set_username("");
            let _ = o.set_password(None);
            o.as_str().trim_end_matches('/').to_string()
        })
        .unwrap_or_default();
    // The first segment most paths share (`/v1`).
    let mut firsts: BTreeMap<&str, usize> = BTreeMap::new();
    for op in &contract.operations {
        if let Some(seg) = op.path.trim_start_matches('/').split('/').next() {
            if !seg.is_empty() && !seg.starts_with('{') {
                *firsts.entry(seg).or_default() += 1;
            }
        }
    }
    let shared = firsts
        .iter()
        .max_by_key(|(_, n)| **n)
        .filter(|(_, n)| **n * 2 > contract.operations.len())
        .map(|(s, _)| format!("/{s}"));
    if let Some(prefix) = &shared {
        if !base_path.is_empty() && base_path.ends_with(prefix.as_str()) {
            let fixed = format!("{origin}{}", base_path.trim_end_matches(prefix.as_str()));
            return format!(
                "{head} (the base URL ends in {prefix} and the contract's paths already start with {prefix}: try --base-url {fixed})"
            );
        }
    }
    let server_paths: Vec<String> = contract
        .servers
        .iter()
        .filter_map(|s| {
            let mut url = s.url.clone();
            for (k, v) in &s.variables {
                url = url.replace(&format!("{{{k}}}"), v);
            }
            let path = if url.starts_with('/') {
                url
            } else {
                reqwest::Url::parse(&url).ok()?.path().to_string()
            };
            let path = path.trim_end_matches('/').to_string();
            (!path.is_empty()).then_some(path)
        })
        .collect();
    if let Some(p) = server_paths.first() {
        if !base_path.ends_with(p.as_str()) {
            return format!(
                "{head} (the contract's server path is {p} and the base URL's is {}: try --base-url {origin}{p})",
                if base_path.is_empty() {
                    "/"
                } else {
                    &base_path
                }
            );
        }
    }
    format!("{head} (check --base-url against the contract's servers)")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contract(servers: &str) -> Contract {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\n{servers}paths:\n  /v1/a: {{get: {{responses: {{'200': {{description: ok}}}}}}}}\n  /v1/b: {{get: {{responses: {{'200': {{description: ok}}}}}}}}\n"
        );
        accord_spec::load_str("t.yaml", &text).expect("loads")
    }

    fn all_404() -> Tally {
        let mut t = Tally::default();
        for i in 0..3 {
            for _ in 0..5 {
                t.op(i).requests += 1;
                t.op(i)
                    .answer(404, Answer::NotFound, &["not_a_server_error"]);
            }
        }
        t
    }

    #[test]
    fn doubled_prefix_is_named() {
        let c = contract("");
        let hint = base_url_hint(&c, "http://127.0.0.1:4010/v1", &all_404());
        assert!(hint.starts_with("15 of 15 answers were 404"), "{hint}");
        assert!(
            hint.contains("ends in /v1") && hint.contains("try --base-url http://127.0.0.1:4010)"),
            "{hint}"
        );
    }

    #[test]
    fn missing_server_path_is_named() {
        let c = accord_spec::load_str(
            "t.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com/api/v3'}]\npaths:\n  /pets: {get: {responses: {'200': {description: ok}}}}\n",
        )
        .expect("loads");
        let hint = base_url_hint(&c, "https://user:pw@sandbox.example.com", &all_404());
        assert!(
            hint.contains("server path is /api/v3")
                && hint.contains("try --base-url https://sandbox.example.com/api/v3"),
            "{hint}"
        );
        assert!(!hint.contains("pw"), "{hint}");
    }

    #[test]
    fn hopeless_needs_enough_evidence() {
        let mut t = Tally::default();
        t.op(0).answer(404, Answer::NotFound, &[]);
        assert_eq!(t.hopeless(), None);
        assert_eq!(all_404().hopeless(), Some(Answer::NotFound));
        let mut mixed = all_404();
        mixed.op(0).answer(200, Answer::Judgeable, &[]);
        assert_eq!(mixed.hopeless(), None);
        assert!(mixed.mostly_not_found());
    }
}
