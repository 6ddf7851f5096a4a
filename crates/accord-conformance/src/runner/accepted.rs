//! Requests the API already accepted in this run, for the steps of the scenario checks.
//!
//! A stateful check (replay a create, read after delete, read as another tenant) needs its
//! first step to succeed. A freshly generated body may meet another defect of the same API
//! (a server error on long names, a value it wrongly refuses) and the check would then not
//! run at all: one defect would mask another. So a step is tried with the cases the API
//! answered `2xx` earlier in the run first, then the contract's example, then other
//! generated data, and a check reports *not exercised* only when every try failed.

use std::collections::BTreeMap;

use accord_spec::Method;
use serde_json::Value;

use super::{Runner, SlotKind};
use crate::checks::CaseKind;
use crate::plan::Resource;
use crate::request::{Case, HttpRequest, HttpResponse};

/// Accepted cases kept per operation and tenant.
const KEPT: usize = 8;
/// Accepted cases tried for one step before generated ones.
const ACCEPTED_TRIES: usize = 2;
/// Generated cases tried for one step after the accepted ones.
const GENERATED_TRIES: usize = 3;

/// Cases the API answered `2xx`, by operation and tenant, in the order sent.
#[derive(Debug, Default)]
pub struct Accepted {
    cases: BTreeMap<(usize, usize), Vec<Case>>,
}

impl Runner<'_> {
    /// Remembers `case` when the API accepted it as valid data (never an invalid case the
    /// API wrongly accepted).
    pub(super) fn remember_accepted(
        &mut self,
        op: usize,
        case: &Case,
        tenant: Option<usize>,
        resp: &HttpResponse,
        kind: &CaseKind,
    ) {
        let (Some(tenant), true) = (tenant, resp.is_success()) else {
            return;
        };
        if matches!(kind, CaseKind::Negative { .. }) {
            return;
        }
        let kept = self.accepted.cases.entry((op, tenant)).or_default();
        if kept.len() < KEPT && !kept.contains(case) {
            kept.push(case.clone());
        }
    }

    /// Cases for one scenario step on `op` as `tenant`, best first: up to two the API
    /// already accepted (rotated by `n`), then generated ones (the contract's example first
    /// when `n` is 0). Every case gets fresh idempotency keys.
    pub fn step_cases(&mut self, op: usize, tenant: usize, n: usize) -> Vec<Case> {
        let mut out: Vec<Case> = Vec::new();
        let kept = self
            .accepted
            .cases
            .get(&(op, tenant))
            .cloned()
            .unwrap_or_default();
        for k in 0..kept.len().min(ACCEPTED_TRIES) {
            out.push(kept[(n + k) % kept.len()].clone());
        }
        for k in 0..GENERATED_TRIES {
            if let Some(case) = self.valid_case(op, tenant, n + k) {
                if !out.contains(&case) {
                    out.push(case);
                }
            }
        }
        let keys: Vec<_> = self
            .gens
            .get(op)
            .cloned()
            .flatten()
            .map(|og| {
                og.slots
                    .iter()
                    .filter(|s| s.kind == SlotKind::Idempotency)
                    .filter_map(|s| s.location.map(|l| (l, s.name.clone())))
                    .collect()
            })
            .unwrap_or_default();
        for case in &mut out {
            for key in &keys {
                if case.params.contains_key(key) {
                    let fresh = self.fresh_key();
                    case.params.insert(key.clone(), Value::String(fresh));
                }
            }
        }
        out
    }

    /// Creates one item of `r` as `tenant`, trying [`Runner::step_cases`] in turn until the
    /// API answers `2xx` with an ID; returns the ID, the request and the response.
    pub async fn create(
        &mut self,
        r: &Resource,
        tenant: usize,
        n: usize,
    ) -> Option<(Value, HttpRequest, HttpResponse)> {
        let op = r.create?;
        if !self.allowed(Method::Post) {
            return None;
        }
        for case in self.step_cases(op, tenant, n) {
            if !self.budget_left() {
                break;
            }
            let Some((req, resp)) = self.send(op, &case, Some(tenant), CaseKind::Scenario).await
            else {
                continue;
            };
            if let Some(id) = resp
                .is_success()
                .then(|| self.created_id(r, &resp))
                .flatten()
            {
                return Some((id, req, resp));
            }
        }
        None
    }
}
