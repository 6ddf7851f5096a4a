//! `status_code_conformance`
//!
//! What it checks: every status returned is documented for the operation (exactly, by an
//! `NXX` range, or by `default`). A documented `429` the runner waited on is never a failure.
//!
//! Why it matters: clients branch on documented statuses; an undocumented one falls into
//! their error path or, worse, their success path.

use super::{Check, Ctx, Exchange};

pub struct StatusCodeConformance;

impl Check for StatusCodeConformance {
    fn id(&self) -> &'static str {
        "status_code_conformance"
    }

    fn check(&self, ctx: &Ctx<'_>, ex: &Exchange<'_>) -> Option<String> {
        let status = ex.response.status;
        if ctx.response_for(status).is_some() || status >= 500 {
            return None;
        }
        let documented: Vec<String> = ctx
            .op
            .responses
            .iter()
            .map(|r| r.status.to_string())
            .collect();
        Some(format!(
            "status {status} is not documented (documented: {})",
            documented.join(", ")
        ))
    }
}
