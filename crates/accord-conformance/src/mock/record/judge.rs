//! Judging recorded exchanges: every passive check of `accord test` over each exchange the
//! proxy makes, the run's tally of what was exercised, and the `accord.test/v1` report of it
//! all. Nothing here validates by itself: the checks ([`crate::checks`]) and the run's
//! validators ([`crate::validation`]) do.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

use accord_report::{TestFailure, TestReport};
use accord_spec::Contract;

use crate::checks::{self, CaseKind, Check, Ctx, Exchange};
use crate::coverage::{self, Answer, Tally};
use crate::curl::Secret;
use crate::request::{HttpRequest, HttpResponse};
use crate::validation::Validators;

/// Why an operation no request reached was not judged.
const NOT_REACHED: &str = "no request for it passed through the recording proxy";

/// The judgement of a recording session so far.
pub(super) struct Judge {
    checks: Vec<&'static dyn Check>,
    validators: RefCell<Validators>,
    tally: Tally,
    /// The first failure of each operation and check.
    failures: BTreeMap<(String, &'static str), TestFailure>,
    requests: u64,
    touched: BTreeSet<usize>,
    started: Instant,
}

/// One exchange to judge.
pub(super) struct Judged<'a> {
    pub op: usize,
    pub request: &'a HttpRequest,
    /// `None` when the live API gave no answer (`cause` says why).
    pub response: Result<&'a HttpResponse, &'a str>,
    pub kind: CaseKind,
    pub correlation: Option<(&'a str, &'a str)>,
    pub credentialed: bool,
    /// The exchange's credentials, masked in reproductions.
    pub secrets: &'a [Secret],
}

impl Judge {
    pub fn new() -> Judge {
        Judge {
            checks: checks::all(),
            validators: RefCell::new(Validators::default()),
            tally: Tally::default(),
            failures: BTreeMap::new(),
            requests: 0,
            touched: BTreeSet::new(),
            started: Instant::now(),
        }
    }

    /// Judges one exchange; the failures it is the first to show.
    pub fn judge(&mut self, contract: &Contract, ex: Judged<'_>) -> Vec<TestFailure> {
        let Some(op) = contract.operations.get(ex.op) else {
            return Vec::new();
        };
        self.requests += 1;
        self.touched.insert(ex.op);
        self.tally.op(ex.op).requests += 1;
        let response = match ex.response {
            Ok(r) => r,
            Err(cause) => {
                let message = format!("no response: {cause}");
                return self.record(op.key(), "not_a_server_error", message, &ex);
            }
        };
        self.validators.get_mut().scope(ex.op);
        let ctx = Ctx {
            contract,
            op,
            validators: &self.validators,
        };
        let exchange = Exchange {
            request: ex.request,
            response,
            kind: &ex.kind,
            throttled: &[],
            correlation: ex.correlation,
        };
        let found: Vec<(&'static str, String)> = self
            .checks
            .iter()
            .filter_map(|c| c.check(&ctx, &exchange).map(|m| (c.id(), m)))
            .collect();
        let judged: Vec<&'static str> = self
            .checks
            .iter()
            .filter(|c| c.judges(&ctx, &exchange))
            .map(|c| c.id())
            .collect();
        let answer = Answer::of(response.status, ex.credentialed);
        self.tally
            .op(ex.op)
            .answer(response.status, answer, &judged);
        let mut new = Vec::new();
        for (check, message) in found {
            new.extend(self.record(op.key(), check, message, &ex));
        }
        new
    }

    fn record(
        &mut self,
        operation: String,
        check: &'static str,
        message: String,
        ex: &Judged<'_>,
    ) -> Vec<TestFailure> {
        if self.failures.contains_key(&(operation.clone(), check)) {
            return Vec::new();
        }
        let failure = TestFailure {
            check: check.to_string(),
            operation: operation.clone(),
            message: crate::curl::mask(&message, ex.secrets),
            reproduction: crate::curl::command(ex.request, ex.secrets),
        };
        self.failures.insert((operation, check), failure.clone());
        vec![failure]
    }

    /// The `accord.test/v1` report of every exchange so far; `upstream` names the live API.
    pub fn report(&self, contract: &Contract, upstream: &str) -> TestReport {
        let mut tally = Tally::default();
        tally.ops = self.tally.ops.clone();
        for i in 0..contract.operations.len() {
            let op = tally.op(i);
            if op.requests == 0 {
                op.unsent = Some(NOT_REACHED.to_string());
            }
        }
        let scope: Vec<usize> = (0..contract.operations.len()).collect();
        let passive: Vec<&'static str> = self
            .checks
            .iter()
            .filter(|c| c.passive())
            .map(|c| c.id())
            .collect();
        let (coverage, verdict) = coverage::coverage(
            &tally,
            &coverage::Finish {
                contract,
                scope: &scope,
                passive: &passive,
                stopped_by: None,
                base_url: upstream,
                // A proxy sends what the client sent: nothing is generated.
                generated: &std::collections::BTreeMap::new(),
            },
        );
        let mut report = TestReport {
            failures: self.failures.values().cloned().collect(),
            operations: self.touched.len() as u64,
            requests: self.requests,
            duration_ms: self.started.elapsed().as_millis() as u64,
            coverage,
            verdict,
            // A proxy sends the client's data, never the contract's examples.
            contract: Vec::new(),
        };
        report.sort();
        report
    }
}
