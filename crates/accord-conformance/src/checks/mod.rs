//! The conformance checks, one per file, each named by its public ID (DESIGN.md). A check
//! is passive (it judges every exchange the runner makes, [`Check::check`]) or drives a
//! scenario of its own through the runner ([`Check::scenario`]), or both.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;

use accord_schema::Direction;
use accord_spec::{Contract, Operation, Response, SchemaId};
use serde_json::Value;

use crate::request::{HttpRequest, HttpResponse};
use crate::runner::Runner;
use crate::validation::Validators;

pub mod content_type_conformance;
pub mod correlation_id_propagation;
pub mod deprecation_conformance;
pub mod ensure_resource_availability;
pub mod idempotency_replay;
pub mod ignored_auth;
pub mod negative_data_rejection;
pub mod not_a_server_error;
pub mod pagination_consistency;
pub mod positive_data_acceptance;
pub mod rate_limit_conformance;
pub mod response_headers_conformance;
pub mod response_schema_conformance;
pub mod status_code_conformance;
pub mod tenant_isolation;
pub mod use_after_free;

/// What a request was meant to test.
#[derive(Clone, Debug, PartialEq)]
pub enum CaseKind {
    /// Valid data; `grounded` when every reference and token came from the server.
    Positive { grounded: bool },
    /// Invalid data, and what makes it invalid.
    Negative { what: String },
    /// Valid data for an item the server never issued: a path ID the run made up because
    /// no list or create gave one (`runner/invented.rs`). Never grounded; a correct server
    /// answers `404` or `410` unless the ID happens to exist.
    Invented,
    /// A step of a scenario (judged by the passive checks too).
    Scenario,
    /// A scenario step a correct server refuses, and why: another tenant's item, a deleted
    /// one, an idempotency key reused with another body.
    Refusal { what: &'static str },
}

/// What a passive check sees of one exchange.
pub struct Exchange<'a> {
    pub request: &'a HttpRequest,
    pub response: &'a HttpResponse,
    pub kind: &'a CaseKind,
    /// `429` answers the runner waited on before this final response.
    pub throttled: &'a [HttpResponse],
    /// The correlation header sent and its value.
    pub correlation: Option<(&'a str, &'a str)>,
}

/// The contract side of an exchange.
pub struct Ctx<'a> {
    pub contract: &'a Contract,
    pub op: &'a Operation,
    pub validators: &'a RefCell<Validators>,
}

impl Ctx<'_> {
    /// The documented response for `status`: exact, then `NXX`, then `default`.
    pub fn response_for(&self, status: u16) -> Option<&Response> {
        self.op.documented(status)
    }

    /// Validation issues of `value` against `id` (formatted `pointer: message`).
    pub fn issues(&self, id: SchemaId, direction: Direction, value: &Value) -> Vec<String> {
        let mut cache = self.validators.borrow_mut();
        cache
            .issues(self.contract, id, direction, value)
            .into_iter()
            .map(|i| {
                if i.pointer.is_empty() {
                    i.message
                } else {
                    format!("{}: {}", i.pointer, i.message)
                }
            })
            .collect()
    }
}

/// A boxed scenario future.
pub type Scenario<'s> = Pin<Box<dyn Future<Output = ()> + 's>>;

/// One conformance check.
pub trait Check: Sync {
    /// The public ID (DESIGN.md).
    fn id(&self) -> &'static str;

    /// Judges one exchange: `Some(message)` is a failure.
    fn check(&self, _ctx: &Ctx<'_>, _ex: &Exchange<'_>) -> Option<String> {
        None
    }

    /// Whether this exchange gives the check something to judge, for the report's
    /// coverage. Scenario-only checks judge nothing passively (they tell the runner with
    /// [`Runner::judged`] and [`Runner::not_exercised`]).
    fn judges(&self, _ctx: &Ctx<'_>, _ex: &Exchange<'_>) -> bool {
        false
    }

    /// Whether the check judges every operation's ordinary answers, so an operation that
    /// got none is reported as not exercised by it.
    fn passive(&self) -> bool {
        false
    }

    /// Whether a failure depends on the generated values (so shrinking helps).
    fn shrinkable(&self) -> bool {
        true
    }

    /// A scenario of its own, run after the per-operation cases.
    fn scenario<'s, 'c: 's>(&'s self, _runner: &'s mut Runner<'c>) -> Scenario<'s> {
        Box::pin(async {})
    }
}

/// Every check, in report order.
pub fn all() -> Vec<&'static dyn Check> {
    vec![
        &not_a_server_error::NotAServerError,
        &status_code_conformance::StatusCodeConformance,
        &content_type_conformance::ContentTypeConformance,
        &response_schema_conformance::ResponseSchemaConformance,
        &response_headers_conformance::ResponseHeadersConformance,
        &negative_data_rejection::NegativeDataRejection,
        &positive_data_acceptance::PositiveDataAcceptance,
        &ignored_auth::IgnoredAuth,
        &use_after_free::UseAfterFree,
        &ensure_resource_availability::EnsureResourceAvailability,
        &idempotency_replay::IdempotencyReplay,
        &tenant_isolation::TenantIsolation,
        &pagination_consistency::PaginationConsistency,
        &rate_limit_conformance::RateLimitConformance,
        &correlation_id_propagation::CorrelationIdPropagation,
        &deprecation_conformance::DeprecationConformance,
    ]
}

/// Every check as an entry of Accord's one registry (`accord explain`, `docs/conformance/`):
/// each check file's `//!` documentation is its page.
pub fn finding_docs() -> Vec<accord_report::registry::FindingDoc> {
    macro_rules! docs {
        ($($check:ident),* $(,)?) => {
            vec![$(accord_report::registry::FindingDoc::from_module_doc(
                stringify!($check),
                accord_report::registry::FindingKind::Conformance,
                "failure",
                "0.1.0",
                include_str!(concat!(stringify!($check), ".rs")),
            )),*]
        };
    }
    docs!(
        content_type_conformance,
        correlation_id_propagation,
        deprecation_conformance,
        ensure_resource_availability,
        idempotency_replay,
        ignored_auth,
        negative_data_rejection,
        not_a_server_error,
        pagination_consistency,
        positive_data_acceptance,
        rate_limit_conformance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
        tenant_isolation,
        use_after_free
    )
}

/// Every check ID.
pub fn ids() -> Vec<&'static str> {
    all().iter().map(|c| c.id()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_check_has_its_page_in_the_registry() {
        let mut documented: Vec<&str> = finding_docs().iter().map(|d| d.id).collect();
        let mut checks = ids();
        documented.sort_unstable();
        checks.sort_unstable();
        assert_eq!(documented, checks);
    }

    #[test]
    fn registry_ids_are_unique_and_fixed() {
        let ids = ids();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 16);
        assert_eq!(ids[0], "not_a_server_error");
    }
}
