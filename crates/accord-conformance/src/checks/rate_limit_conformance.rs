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

/// Seconds to wait for a `Retry-After` value, if it is valid.
pub fn retry_after_secs(value: &str) -> Option<u64> {
    let v = value.trim();
    if let Ok(n) = v.parse::<u64>() {
        return Some(n);
    }
    // An HTTP date: accept the IMF-fixdate shape; wait one second (no clock arithmetic).
    let looks_like_date = v.len() >= 25 && v.ends_with("GMT") && v.contains(',');
    looks_like_date.then_some(1)
}

impl Check for RateLimitConformance {
    fn id(&self) -> &'static str {
        "rate_limit_conformance"
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
