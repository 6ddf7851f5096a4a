//! `not_a_server_error`
//!
//! What it checks: no response has a 5xx status the operation does not document.
//!
//! Why it matters: a 500 means the server failed on a request it should have handled or
//! refused; clients cannot tell a bug from an outage and will retry into it.

use super::{Check, Ctx, Exchange};

pub struct NotAServerError;

impl Check for NotAServerError {
    fn id(&self) -> &'static str {
        "not_a_server_error"
    }

    fn check(&self, ctx: &Ctx<'_>, ex: &Exchange<'_>) -> Option<String> {
        let status = ex.response.status;
        // A 5xx the contract documents itself (exactly or as `5XX`) is declared behaviour;
        // `default` documents everything and so declares nothing.
        let declared = ctx
            .response_for(status)
            .is_some_and(|r| !r.status.is_default());
        (status >= 500 && !declared).then(|| format!("server error: status {status}"))
    }
}
