//! `content_type_conformance`
//!
//! What it checks: a response with a body carries a `Content-Type` that the documented
//! response lists.
//!
//! Why it matters: clients pick their decoder from the content type; a JSON body labelled
//! `text/plain` breaks generated clients and proxies alike.

use super::{Check, Ctx, Exchange};
use accord_spec::MediaRange;

pub struct ContentTypeConformance;

impl Check for ContentTypeConformance {
    fn id(&self) -> &'static str {
        "content_type_conformance"
    }

    fn check(&self, ctx: &Ctx<'_>, ex: &Exchange<'_>) -> Option<String> {
        let doc = ctx.response_for(ex.response.status)?;
        if doc.content.is_empty()
            || ex.response.body.is_empty()
            || ex.request.method == accord_spec::Method::Head
        {
            return None;
        }
        let listed: Vec<&str> = doc.content.iter().map(|m| m.name.as_str()).collect();
        let covered = |actual: &MediaRange| doc.content.iter().any(|m| m.name.covers(actual));
        match ex.response.media_type() {
            None => Some(format!(
                "status {} has a body but no Content-Type (documented: {})",
                ex.response.status,
                listed.join(", ")
            )),
            Some(actual) if !covered(&actual) => Some(format!(
                "status {} has Content-Type `{actual}`, documented: {}",
                ex.response.status,
                listed.join(", ")
            )),
            Some(_) => None,
        }
    }
}
