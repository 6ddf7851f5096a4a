//! `negative_data_rejection`
//!
//! What it checks: a request the contract says is invalid (a wrong type, a value out of
//! range, a missing required field, a forbidden extra property) is not answered with 2xx.
//! Every invalid value is confirmed invalid by the validator before it is sent.
//!
//! Why it matters: an API that accepts what its contract forbids stores bad data, and the
//! contract stops being a reliable description of what the server does.

use super::{CaseKind, Check, Ctx, Exchange};

pub struct NegativeDataRejection;

impl Check for NegativeDataRejection {
    fn id(&self) -> &'static str {
        "negative_data_rejection"
    }

    fn passive(&self) -> bool {
        true
    }

    fn judges(&self, _ctx: &Ctx<'_>, ex: &Exchange<'_>) -> bool {
        matches!(ex.kind, CaseKind::Negative { .. })
    }

    fn check(&self, _ctx: &Ctx<'_>, ex: &Exchange<'_>) -> Option<String> {
        match ex.kind {
            CaseKind::Negative { what } if ex.response.is_success() => Some(format!(
                "invalid data accepted with status {}: {what}",
                ex.response.status
            )),
            _ => None,
        }
    }

    fn shrinkable(&self) -> bool {
        false
    }
}
