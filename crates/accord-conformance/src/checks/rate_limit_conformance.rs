//! `rate_limit_conformance`
//!
//! What it checks: every `429 Too Many Requests` carries a `Retry-After` (delta-seconds or
//! an HTTP date). The runner obeys it: it waits and retries, so a documented 429 with
//! `Retry-After` is never a failure of any check.
//!
//! Why it matters: without `Retry-After` clients can only guess, and guessing clients
//! either hammer the API or stall.

use super::{Check, Ctx, Exchange};

pub struct RateLimitConformance;

/// Seconds to wait for a `Retry-After` value (delta-seconds or an HTTP date), if it is
/// valid.
pub fn retry_after_secs(value: &str) -> Option<u64> {
    crate::pace::retry_after(value, std::time::SystemTime::now()).map(|d| d.as_secs())
}

impl Check for RateLimitConformance {
    fn id(&self) -> &'static str {
        "rate_limit_conformance"
    }

    fn judges(&self, _ctx: &Ctx<'_>, ex: &Exchange<'_>) -> bool {
        ex.response.status == 429 || !ex.throttled.is_empty()
    }

    fn check(&self, _ctx: &Ctx<'_>, ex: &Exchange<'_>) -> Option<String> {
        ex.throttled
            .iter()
            .chain(std::iter::once(ex.response))
            .filter(|r| r.status == 429)
            .find_map(|r| match r.header("retry-after") {
                None => Some("429 without a Retry-After header".to_string()),
                Some(v) if retry_after_secs(v).is_none() => {
                    Some("429 with an invalid Retry-After header".to_string())
                }
                Some(_) => None,
            })
    }

    fn shrinkable(&self) -> bool {
        false
    }
}
