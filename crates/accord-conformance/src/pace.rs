//! The one pacer every request of a run goes through: a token bucket (`--rate-limit`
//! requests per second, a burst of one second's worth), a pause the API asked for
//! (`Retry-After`, or a rate-limit window whose remaining count reached zero), and a pace
//! that adapts to the rate-limit headers the API sends (`RateLimit-Remaining` /
//! `X-RateLimit-Remaining` with `RateLimit-Reset` / `X-RateLimit-Reset`).
//!
//! It is pure arithmetic over instants handed in, so it is tested without clocks; the
//! runner sleeps for what [`Pacer::reserve`] says.

use std::time::{Duration, Instant, SystemTime};

use accord_spec::conventions::HeaderRole;

/// Seconds to wait for a `Retry-After` value (delta-seconds or an HTTP date), measured from
/// `now`; `None` when the value is neither.
pub fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let v = value.trim();
    if let Ok(n) = v.parse::<u64>() {
        return Some(Duration::from_secs(n));
    }
    let at = httpdate::parse_http_date(v).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The pace of a run.
#[derive(Debug)]
pub struct Pacer {
    /// Requests per second at most (`--rate-limit`, lowered by what the API says).
    rate: Option<f64>,
    tokens: f64,
    last: Option<Instant>,
    /// No request before this instant (`Retry-After`, an exhausted window).
    not_before: Option<Instant>,
}

impl Pacer {
    pub fn new(rate: Option<f64>) -> Pacer {
        let rate = rate.filter(|r| r.is_finite() && *r > 0.0);
        Pacer {
            rate,
            tokens: rate.map_or(0.0, |r| r.max(1.0)),
            last: None,
            not_before: None,
        }
    }

    /// The current rate limit, if any.
    pub fn rate(&self) -> Option<f64> {
        self.rate
    }

    /// Takes one request's token at `now`; returns how long to wait before sending it.
    pub fn reserve(&mut self, now: Instant) -> Duration {
        let pause = self
            .not_before
            .map_or(Duration::ZERO, |t| t.saturating_duration_since(now));
        let Some(rate) = self.rate else {
            return pause;
        };
        let burst = rate.max(1.0);
        // The bucket's clock runs ahead of `now` while requests wait for tokens.
        let mut at = now + pause;
        if let Some(last) = self.last {
            at = at.max(last);
            let refill = at.saturating_duration_since(last).as_secs_f64() * rate;
            self.tokens = (self.tokens + refill).min(burst);
        }
        self.tokens -= 1.0;
        let send_at = if self.tokens >= 0.0 {
            at
        } else {
            // Wait until the deficit refills; the token is spent in advance.
            let wait = Duration::from_secs_f64(-self.tokens / rate);
            self.tokens = 0.0;
            at + wait
        };
        self.last = Some(send_at);
        send_at.saturating_duration_since(now)
    }

    /// No request before `now + wait` (a `Retry-After` the run honours).
    pub fn pause(&mut self, now: Instant, wait: Duration) {
        let until = now + wait;
        if self.not_before.is_none_or(|t| t < until) {
            self.not_before = Some(until);
        }
        // A throttled window starts with an empty bucket.
        self.tokens = 0.0;
        self.last = Some(until);
    }

    /// Adapts to the rate-limit headers of one answer: `remaining` requests left in a
    /// window that resets in `reset`. Zero left pauses until the reset; otherwise the pace
    /// is lowered so the remaining requests last the window. Waits longer than `cap` are
    /// not taken (the caller stops instead).
    pub fn observe(&mut self, now: Instant, remaining: u64, reset: Duration, cap: Duration) {
        if reset.is_zero() || reset > cap {
            return;
        }
        if remaining == 0 {
            self.pause(now, reset);
            return;
        }
        let fits = remaining as f64 / reset.as_secs_f64();
        if self.rate.is_none_or(|r| fits < r) {
            self.rate = Some(fits.max(0.01));
            self.tokens = self.tokens.min(fits.max(1.0));
        }
    }

    /// Halves the pace after a `429` without a usable `Retry-After`.
    pub fn slow_down(&mut self, current: f64) {
        let base = self.rate.unwrap_or(current);
        self.rate = Some((base / 2.0).max(0.1));
        self.tokens = self.tokens.min(1.0);
    }
}

/// `(remaining, reset)` from an answer's rate-limit headers (any the conventions know as
/// rate-limit headers: `RateLimit-*`, `X-RateLimit-*`, `X-Rate-Limit-*`), when both are
/// there. `reset` is delta-seconds, or epoch seconds when it is a large number (GitHub
/// style `X-RateLimit-Reset`).
pub fn rate_limit_window<'h>(
    headers: impl IntoIterator<Item = (&'h str, &'h str)>,
    now: SystemTime,
) -> Option<(u64, Duration)> {
    let mut remaining = None;
    let mut reset = None;
    for (name, value) in headers {
        if !HeaderRole::RateLimit.is(name) {
            continue;
        }
        let n = name.to_ascii_lowercase();
        let number = || value.split(',').next()?.trim().parse::<u64>().ok();
        if n.ends_with("remaining") {
            remaining = remaining.or_else(number);
        } else if n.ends_with("reset") {
            reset = reset.or_else(number);
        }
    }
    let (remaining, reset) = (remaining?, reset?);
    let reset = if reset > 1_000_000_000 {
        let epoch = now
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default()
            .as_secs();
        Duration::from_secs(reset.saturating_sub(epoch))
    } else {
        Duration::from_secs(reset)
    };
    Some((remaining, reset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(retry_after("120", now), Some(Duration::from_secs(120)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(90));
        assert_eq!(retry_after(&later, now), Some(Duration::from_secs(90)));
        let past = httpdate::fmt_http_date(now - Duration::from_secs(90));
        assert_eq!(retry_after(&past, now), Some(Duration::ZERO));
        assert_eq!(retry_after("soon", now), None);
    }

    #[test]
    fn bucket_paces_after_the_burst() {
        let t0 = Instant::now();
        let mut p = Pacer::new(Some(2.0));
        // A burst of two, then one every half second.
        assert_eq!(p.reserve(t0), Duration::ZERO);
        assert_eq!(p.reserve(t0), Duration::ZERO);
        assert_eq!(p.reserve(t0), Duration::from_millis(500));
        assert_eq!(p.reserve(t0), Duration::from_millis(1000));
        // After a quiet second and a half the bucket is full again.
        let t1 = t0 + Duration::from_millis(2500);
        assert_eq!(p.reserve(t1), Duration::ZERO);
    }

    #[test]
    fn unlimited_pacer_still_honours_pauses() {
        let t0 = Instant::now();
        let mut p = Pacer::new(None);
        assert_eq!(p.reserve(t0), Duration::ZERO);
        p.pause(t0, Duration::from_secs(3));
        assert_eq!(p.reserve(t0), Duration::from_secs(3));
        assert_eq!(p.reserve(t0 + Duration::from_secs(4)), Duration::ZERO);
    }

    #[test]
    fn headers_adapt_the_pace() {
        let t0 = Instant::now();
        let cap = Duration::from_secs(60);
        let mut p = Pacer::new(Some(100.0));
        p.observe(t0, 10, Duration::from_secs(10), cap);
        assert_eq!(p.rate(), Some(1.0));
        p.observe(t0, 0, Duration::from_secs(5), cap);
        assert!(p.reserve(t0) >= Duration::from_secs(5));
        let mut q = Pacer::new(None);
        q.observe(t0, 0, Duration::from_secs(3600), cap);
        assert_eq!(
            q.reserve(t0),
            Duration::ZERO,
            "beyond the cap is the caller's call"
        );
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let h = [
            ("x-ratelimit-remaining", "4"),
            ("x-ratelimit-reset", "1700000030"),
            ("content-type", "application/json"),
        ];
        assert_eq!(
            rate_limit_window(h, now),
            Some((4, Duration::from_secs(30)))
        );
        let ietf = [("ratelimit-remaining", "0"), ("ratelimit-reset", "7")];
        assert_eq!(
            rate_limit_window(ietf, now),
            Some((0, Duration::from_secs(7)))
        );
    }
}
