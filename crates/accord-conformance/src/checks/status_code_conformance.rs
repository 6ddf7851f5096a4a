//! `status_code_conformance`
//!
//! What it checks: every status returned is documented for the operation (exactly, by an
//! `NXX` range, or by `default`). A documented `429` the runner waited on is never a failure.
//! Two refusals pass whether documented or not, because a correct server must make them
//! even when its contract forgets to say so (the linter reports the missing response):
//! invalid data (a negative case) refused with `400` or `422`, and a request carrying none
//! of the contract's credentials refused with `401` or `403`. So does the refusal another
//! check demands of a scenario step (`400`, `403`, `404`, `409`, `410` or `422`): another
//! tenant's item, a deleted item, an idempotency key reused with another body. Whatever a
//! server answers there, one of the two checks would fail if both judged it. And so does
//! `404` or `410` to a path ID the run made up because the server issued none: no item has
//! it, and a correct server says so whether or not its contract does.
//!
//! Why it matters: clients branch on documented statuses; an undocumented one falls into
//! their error path or, worse, their success path.

use accord_spec::{ParamIn, SecuritySchemeKind};

use super::{CaseKind, Check, Ctx, Exchange};
use crate::request::HttpRequest;

pub struct StatusCodeConformance;

impl Check for StatusCodeConformance {
    fn id(&self) -> &'static str {
        "status_code_conformance"
    }

    fn passive(&self) -> bool {
        true
    }

    fn judges(&self, _ctx: &Ctx<'_>, _ex: &Exchange<'_>) -> bool {
        true
    }

    fn check(&self, ctx: &Ctx<'_>, ex: &Exchange<'_>) -> Option<String> {
        let status = ex.response.status;
        if ctx.response_for(status).is_some() || status >= 500 {
            return None;
        }
        let refused_invalid =
            matches!(ex.kind, CaseKind::Negative { .. }) && matches!(status, 400 | 422);
        let refused_anonymous =
            matches!(status, 401 | 403) && !carries_credentials(ctx, ex.request);
        let refused_as_required = matches!(ex.kind, CaseKind::Refusal { .. })
            && matches!(status, 400 | 403 | 404 | 409 | 410 | 422);
        let unknown_item = matches!(ex.kind, CaseKind::Invented) && matches!(status, 404 | 410);
        if refused_invalid || refused_anonymous || refused_as_required || unknown_item {
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

/// Whether `request` carries any credential the contract's security schemes name.
fn carries_credentials(ctx: &Ctx<'_>, request: &HttpRequest) -> bool {
    let query = request.url.split_once('?').map_or("", |(_, q)| q);
    ctx.contract
        .security_schemes
        .values()
        .any(|scheme| match &scheme.kind {
            SecuritySchemeKind::ApiKey { location, name } => match location {
                ParamIn::Header => request.header(name).is_some(),
                ParamIn::Query => query
                    .split('&')
                    .any(|pair| pair.split('=').next() == Some(name.as_str())),
                ParamIn::Cookie => request
                    .header("cookie")
                    .is_some_and(|c| c.contains(&format!("{name}="))),
                ParamIn::Path => false,
            },
            SecuritySchemeKind::MutualTls | SecuritySchemeKind::Other(_) => false,
            _ => request.header("authorization").is_some(),
        })
}
