//! `response_headers_conformance`
//!
//! What it checks: every header the documented response marks required is present, and
//! every documented header present is valid against its schema.
//!
//! Why it matters: `Location`, `Retry-After`, `ETag` and correlation headers drive client
//! behaviour; a missing one silently breaks follow-up requests.

use accord_schema::Direction;

use super::{Check, Ctx, Exchange};
use crate::request::coerce;

pub struct ResponseHeadersConformance;

impl Check for ResponseHeadersConformance {
    fn id(&self) -> &'static str {
        "response_headers_conformance"
    }

    fn passive(&self) -> bool {
        true
    }

    fn judges(&self, _ctx: &Ctx<'_>, _ex: &Exchange<'_>) -> bool {
        true
    }

    fn check(&self, ctx: &Ctx<'_>, ex: &Exchange<'_>) -> Option<String> {
        let doc = ctx.response_for(ex.response.status)?;
        for h in &doc.headers {
            if h.name.eq_ignore_ascii_case("content-type") {
                continue;
            }
            match ex.response.header(&h.name) {
                None if h.required => {
                    return Some(format!(
                        "status {} lacks the required header `{}`",
                        ex.response.status, h.name
                    ));
                }
                None => {}
                Some(value) => {
                    let Some(schema) = h.schema else { continue };
                    let typed = coerce(value, ctx.contract.schemas.get(schema));
                    if let Some(issue) = ctx.issues(schema, Direction::Response, &typed).first() {
                        return Some(format!(
                            "status {} header `{}` is invalid: {issue}",
                            ex.response.status, h.name
                        ));
                    }
                }
            }
        }
        None
    }
}
