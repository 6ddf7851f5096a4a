//! `correlation_id_propagation`
//!
//! What it checks: when the contract declares a correlation header (`X-Correlation-ID`,
//! `X-Request-ID`, ...), the value the runner sends comes back unchanged in the response.
//!
//! Why it matters: correlation IDs are how a vendor's support desk and your logs find the
//! same request; an API that drops them makes every incident a guessing game.

use super::{Check, Ctx, Exchange};

pub struct CorrelationIdPropagation;

impl Check for CorrelationIdPropagation {
    fn id(&self) -> &'static str {
        "correlation_id_propagation"
    }

    fn judges(&self, _ctx: &Ctx<'_>, ex: &Exchange<'_>) -> bool {
        ex.correlation.is_some()
    }

    fn check(&self, _ctx: &Ctx<'_>, ex: &Exchange<'_>) -> Option<String> {
        let (name, sent) = ex.correlation?;
        match ex.response.header(name) {
            Some(v) if v == sent => None,
            Some(_) => Some(format!(
                "`{name}` came back with another value than the one sent"
            )),
            None => Some(format!("`{name}` sent but not returned")),
        }
    }

    fn shrinkable(&self) -> bool {
        false
    }
}
