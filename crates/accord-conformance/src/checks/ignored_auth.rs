//! `ignored_auth`
//!
//! What it checks: an operation the contract secures, sent without any of the run's
//! credentials (no `--header`, no tenant header), is not answered with 2xx.
//!
//! Why it matters: an API that answers anonymous requests leaks every tenant's data to
//! anyone who finds the URL.

use super::{CaseKind, Check, Scenario};
use crate::runner::Runner;

pub struct IgnoredAuth;

impl Check for IgnoredAuth {
    fn id(&self) -> &'static str {
        "ignored_auth"
    }

    fn scenario<'s, 'c: 's>(&'s self, r: &'s mut Runner<'c>) -> Scenario<'s> {
        Box::pin(async move {
            if r.config.headers.is_empty() && r.config.tenants.is_empty() {
                return;
            }
            for i in 0..r.contract.operations.len() {
                let op = r.op(i);
                let secured = r
                    .contract
                    .effective_security(op)
                    .iter()
                    .any(|req| !req.is_empty())
                    && !r
                        .contract
                        .effective_security(op)
                        .iter()
                        .any(|req| req.is_empty());
                if !secured || !r.allowed(op.method) || !r.budget_left() {
                    continue;
                }
                let Some(case) = r.valid_case(i, 0, 0) else {
                    r.not_exercised(self.id(), i, "no valid request could be built");
                    continue;
                };
                let req = r.request(i, &case, None);
                let Some((req, resp)) = r
                    .send_request(i, req, &case, None, CaseKind::Scenario)
                    .await
                else {
                    continue;
                };
                r.judged(self.id(), i);
                if resp.is_success() {
                    r.record(
                        self.id(),
                        i,
                        format!("answered {} to a request without credentials", resp.status),
                        &req,
                    );
                }
            }
        })
    }
}
