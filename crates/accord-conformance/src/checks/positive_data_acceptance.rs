//! `positive_data_acceptance`
//!
//! What it checks: a request valid against the contract, whose references and tokens all
//! came from the server, is not refused as invalid (`400` or `422`). Business answers
//! (`401`, `403`, `404`, `409`, `429`) are not judged: a valid-looking request may meet
//! state the contract cannot describe. A contract example that fails its own schema is
//! never sent as such valid data: it is the contract's defect, reported as an
//! `invalid-example` contract finding of the run, not a failure of the API.
//!
//! Why it matters: a server that refuses valid data makes generated clients fail on the
//! inputs their types allow.

use super::{CaseKind, Check, Ctx, Exchange};

pub struct PositiveDataAcceptance;

impl Check for PositiveDataAcceptance {
    fn id(&self) -> &'static str {
        "positive_data_acceptance"
    }

    fn passive(&self) -> bool {
        true
    }

    fn judges(&self, _ctx: &Ctx<'_>, ex: &Exchange<'_>) -> bool {
        matches!(ex.kind, CaseKind::Positive { grounded: true })
    }

    fn check(&self, _ctx: &Ctx<'_>, ex: &Exchange<'_>) -> Option<String> {
        match ex.kind {
            CaseKind::Positive { grounded: true } if matches!(ex.response.status, 400 | 422) => {
                Some(format!(
                    "valid data rejected with status {}",
                    ex.response.status
                ))
            }
            _ => None,
        }
    }
}
