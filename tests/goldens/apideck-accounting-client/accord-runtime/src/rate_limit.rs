//! Client-side rate limiting: a token bucket of requests per second.

use std::time::{Duration, Instant};

use tokio::sync::Mutex;

/// A token bucket: `rate` tokens per second, at most `burst` stored.
///
/// Every attempt (retries included) takes one token; callers wait in FIFO
/// order for tokens they reserved.
#[derive(Debug)]
pub struct RateLimiter {
    rate: f64,
    burst: f64,
    state: Mutex<Bucket>,
}

#[derive(Debug)]
struct Bucket {
    tokens: f64,
    last: Instant,
}

impl RateLimiter {
    /// A limiter of `per_second` requests per second with a burst of `burst`
    /// (both at least a small positive value).
    pub fn new(per_second: f64, burst: u32) -> Self {
        let rate = if per_second.is_finite() && per_second > 0.0 {
            per_second
        } else {
            1.0
        };
        let burst = f64::from(burst.max(1));
        Self {
            rate,
            burst,
            state: Mutex::new(Bucket {
                tokens: burst,
                last: Instant::now(),
            }),
        }
    }

    /// Requests per second.
    pub fn rate(&self) -> f64 {
        self.rate
    }

    /// Waits until a token is available, then takes it.
    pub async fn acquire(&self) {
        let wait = {
            let mut b = self.state.lock().await;
            let now = Instant::now();
            let elapsed = now.duration_since(b.last).as_secs_f64();
            b.tokens = (b.tokens + elapsed * self.rate).min(self.burst);
            b.last = now;
            b.tokens -= 1.0;
            if b.tokens >= 0.0 {
                Duration::ZERO
            } else {
                Duration::from_secs_f64(-b.tokens / self.rate)
            }
        };
        if !wait.is_zero() {
            tracing::trace!(?wait, "rate limited");
            tokio::time::sleep(wait).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn spaces_requests() {
        let l = RateLimiter::new(100.0, 1);
        let start = Instant::now();
        for _ in 0..4 {
            l.acquire().await;
        }
        // 1 immediate + 3 waits of 10 ms.
        assert!(
            start.elapsed() >= Duration::from_millis(28),
            "{:?}",
            start.elapsed()
        );
    }
}
