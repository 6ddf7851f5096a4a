//! [`RetryPolicy`]: which failures are retried and how long to wait.
//!
//! Transient failures are retried: connection failures and resets (a
//! connection closed before or while the response arrived), per-attempt
//! timeouts, and the statuses 429, 500, 502, 503 and 504. Only idempotent
//! methods are retried, and POST or PATCH only when the call carries an
//! idempotency key (the server can then tell a retry from a new request).
//! The policy is set per client (`ClientConfigBuilder::retry`) and per call
//! (`CallOptions::retry`).
//!
//! Back-off is exponential with *full jitter*: before retry `n` the runtime
//! sleeps a random duration in `[0, min(max_delay, base_delay * 2^(n-1))]`.
//! A `Retry-After` header on 429 and 503 responses (delta-seconds or
//! HTTP-date) replaces the back-off, capped by `max_delay`.

use std::time::{Duration, SystemTime};

use rand::Rng;
use reqwest::{Method, StatusCode};

/// How failed attempts are retried.
///
/// Only idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE, TRACE) and
/// requests carrying an idempotency key are ever retried.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    jitter: bool,
    honor_retry_after: bool,
    retry_after_unit: Duration,
    retry_statuses: Vec<u16>,
    retry_connect_errors: bool,
    retry_transport_errors: bool,
    retry_timeouts: bool,
}

impl Default for RetryPolicy {
    /// 3 attempts, 200 ms base delay, 20 s max delay, full jitter, honours
    /// `Retry-After`, retries 429/500/502/503/504, connect errors, connection
    /// resets and timeouts.
    fn default() -> Self {
        Self {
            max_attempts: 3,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(20),
            jitter: true,
            honor_retry_after: true,
            retry_after_unit: Duration::from_secs(1),
            retry_statuses: vec![429, 500, 502, 503, 504],
            retry_connect_errors: true,
            retry_transport_errors: true,
            retry_timeouts: true,
        }
    }
}

impl RetryPolicy {
    /// The default policy (see [`Default`]).
    pub fn new() -> Self {
        Self::default()
    }

    /// A policy that never retries (one attempt).
    pub fn none() -> Self {
        Self::default().max_attempts(1)
    }

    /// Total number of attempts, first one included (minimum 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Base delay of the exponential back-off.
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// Upper bound of any single wait, `Retry-After` included.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// Whether to apply full jitter (default `true`); without it the wait is
    /// exactly `min(max_delay, base_delay * 2^(n-1))`.
    pub fn jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// Whether to honour `Retry-After` on 429 and 503 (default `true`).
    pub fn honor_retry_after(mut self, honor: bool) -> Self {
        self.honor_retry_after = honor;
        self
    }

    /// How long one second of `Retry-After` lasts (default 1 s). Tests set it
    /// to a millisecond to keep `Retry-After: 2` fast.
    pub fn retry_after_unit(mut self, unit: Duration) -> Self {
        self.retry_after_unit = unit;
        self
    }

    /// The response statuses that are retried (default 429, 500, 502, 503, 504).
    pub fn retry_statuses(mut self, statuses: impl IntoIterator<Item = u16>) -> Self {
        self.retry_statuses = statuses.into_iter().collect();
        self
    }

    /// Whether connect errors are retried (default `true`).
    pub fn retry_connect_errors(mut self, retry: bool) -> Self {
        self.retry_connect_errors = retry;
        self
    }

    /// Whether a connection that fails after it was made (reset, closed before
    /// or while the response arrived) is retried (default `true`).
    pub fn retry_transport_errors(mut self, retry: bool) -> Self {
        self.retry_transport_errors = retry;
        self
    }

    /// Whether per-attempt timeouts are retried (default `true`).
    pub fn retry_timeouts(mut self, retry: bool) -> Self {
        self.retry_timeouts = retry;
        self
    }

    /// Total number of attempts.
    pub fn get_max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// Maximum single wait.
    pub fn get_max_delay(&self) -> Duration {
        self.max_delay
    }

    /// Whether connect errors are retried.
    pub fn retries_connect_errors(&self) -> bool {
        self.retry_connect_errors
    }

    /// Whether resets and other failures of an open connection are retried.
    pub fn retries_transport_errors(&self) -> bool {
        self.retry_transport_errors
    }

    /// Whether timeouts are retried.
    pub fn retries_timeouts(&self) -> bool {
        self.retry_timeouts
    }

    /// Whether a response with this status is retried.
    pub fn retries_status(&self, status: StatusCode) -> bool {
        self.retry_statuses.contains(&status.as_u16())
    }

    /// The exponential back-off ceiling before retry `retry` (1-based).
    pub fn backoff_ceiling(&self, retry: u32) -> Duration {
        let exp = retry.saturating_sub(1).min(31);
        self.base_delay
            .checked_mul(1u32 << exp)
            .unwrap_or(self.max_delay)
            .min(self.max_delay)
    }

    /// The wait before retry `retry` (1-based), jittered if enabled.
    pub fn backoff_delay(&self, retry: u32) -> Duration {
        let ceiling = self.backoff_ceiling(retry);
        if !self.jitter || ceiling.is_zero() {
            return ceiling;
        }
        let nanos = ceiling.as_nanos().min(u128::from(u64::MAX)) as u64;
        Duration::from_nanos(rand::thread_rng().gen_range(0..=nanos))
    }

    /// Converts a server `Retry-After` into the wait actually used: scaled by
    /// [`RetryPolicy::retry_after_unit`] and capped by the max delay.
    pub fn retry_after_delay(&self, retry_after: Duration) -> Duration {
        self.retry_after_unit
            .mul_f64(retry_after.as_secs_f64())
            .min(self.max_delay)
    }

    /// The wait before retry `retry` after a response with `status` and an
    /// optional `Retry-After`.
    pub fn delay_for(
        &self,
        retry: u32,
        status: Option<StatusCode>,
        retry_after: Option<Duration>,
    ) -> Duration {
        let honours = matches!(
            status,
            Some(StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE)
        );
        match retry_after {
            Some(ra) if honours && self.honor_retry_after => self.retry_after_delay(ra),
            _ => self.backoff_delay(retry),
        }
    }
}

/// Whether a method is idempotent (and so safe to retry without a key).
pub fn is_idempotent_method(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::OPTIONS | Method::PUT | Method::DELETE | Method::TRACE
    )
}

/// Whether a transport failure is the connection failing after it was made
/// (reset, closed before or while the response arrived): anything but an
/// invalid request, a redirect loop or a body that could not be decoded.
pub(crate) fn is_connection_failure(err: &reqwest::Error) -> bool {
    !(err.is_builder() || err.is_redirect() || err.is_decode() || err.is_status())
        && (err.is_request() || err.is_body())
}

/// Parses a `Retry-After` value: delta-seconds (`120`) or an HTTP-date
/// (`Wed, 21 Oct 2015 07:28:00 GMT`, relative to `now`; past dates give zero).
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if value.bytes().all(|b| b.is_ascii_digit()) {
        return value.parse::<u64>().ok().map(Duration::from_secs);
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2015 07:28:00 GMT").unwrap();
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-1", now), None);
    }

    #[test]
    fn backoff_is_bounded() {
        let p = RetryPolicy::new()
            .base_delay(Duration::from_millis(100))
            .max_delay(Duration::from_millis(350));
        assert_eq!(p.backoff_ceiling(1), Duration::from_millis(100));
        assert_eq!(p.backoff_ceiling(2), Duration::from_millis(200));
        assert_eq!(p.backoff_ceiling(3), Duration::from_millis(350));
        assert_eq!(p.backoff_ceiling(100), Duration::from_millis(350));
        for n in 1..10 {
            assert!(p.backoff_delay(n) <= Duration::from_millis(350));
        }
        assert_eq!(
            p.clone().jitter(false).backoff_delay(2),
            Duration::from_millis(200)
        );
    }

    #[test]
    fn retry_after_capped_and_only_for_429_503() {
        let p = RetryPolicy::new()
            .max_delay(Duration::from_secs(5))
            .jitter(false)
            .base_delay(Duration::from_millis(10));
        let ra = Some(Duration::from_secs(60));
        assert_eq!(
            p.delay_for(1, Some(StatusCode::TOO_MANY_REQUESTS), ra),
            Duration::from_secs(5)
        );
        assert_eq!(
            p.delay_for(1, Some(StatusCode::BAD_GATEWAY), ra),
            Duration::from_millis(10)
        );
        let scaled = p.retry_after_unit(Duration::from_millis(1));
        assert_eq!(
            scaled.delay_for(
                1,
                Some(StatusCode::SERVICE_UNAVAILABLE),
                Some(Duration::from_secs(3))
            ),
            Duration::from_millis(3)
        );
    }

    #[test]
    fn idempotent_methods() {
        assert!(is_idempotent_method(&Method::GET));
        assert!(is_idempotent_method(&Method::DELETE));
        assert!(!is_idempotent_method(&Method::POST));
        assert!(!is_idempotent_method(&Method::PATCH));
    }
}
