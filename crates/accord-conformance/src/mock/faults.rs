//! Fault injection for resilience testing: a token bucket shared by all requests (429 with
//! `Retry-After` above `--rate-limit`), and a deterministic error injector (`--error-rate`
//! with `--seed`: the n-th request's fate depends only on the seed and n).

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

/// Requests per second with a burst of one second's worth (at least one request).
pub(crate) struct TokenBucket {
    rate: f64,
    capacity: f64,
    state: Mutex<(f64, Instant)>,
}

impl TokenBucket {
    pub(crate) fn new(rate: f64) -> TokenBucket {
        let capacity = rate.max(1.0);
        TokenBucket {
            rate,
            capacity,
            state: Mutex::new((capacity, Instant::now())),
        }
    }

    /// Takes a token, or says in how many whole seconds (at least 1) one will be there.
    pub(crate) fn take(&self) -> Result<(), u64> {
        let mut state = match self.state.lock() {
            Ok(s) => s,
            Err(poisoned) => poisoned.into_inner(),
        };
        let now = Instant::now();
        let elapsed = now.saturating_duration_since(state.1).as_secs_f64();
        state.0 = (state.0 + elapsed * self.rate).min(self.capacity);
        state.1 = now;
        if state.0 >= 1.0 {
            state.0 -= 1.0;
            Ok(())
        } else {
            let wait = (1.0 - state.0) / self.rate;
            Err((wait.ceil() as u64).clamp(1, 3600))
        }
    }
}

/// Decides which requests get an injected 500 or 503.
pub(crate) struct ErrorInjector {
    rate: f64,
    seed: u64,
    counter: AtomicU64,
}

impl ErrorInjector {
    pub(crate) fn new(rate: f64, seed: u64) -> ErrorInjector {
        ErrorInjector {
            rate,
            seed,
            counter: AtomicU64::new(0),
        }
    }

    /// The fault status for the next request, if it gets one.
    pub(crate) fn next(&self) -> Option<u16> {
        if self.rate <= 0.0 {
            return None;
        }
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        let x = splitmix64(self.seed ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let unit = (x >> 11) as f64 / (1u64 << 53) as f64;
        (unit < self.rate).then_some(if x & 1 == 0 { 500 } else { 503 })
    }
}

pub(crate) fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_limits() {
        let b = TokenBucket::new(5.0);
        let ok = (0..20).filter(|_| b.take().is_ok()).count();
        assert!((5..=6).contains(&ok), "{ok}");
        assert_eq!(b.take(), Err(1));
    }

    #[test]
    fn injector_is_deterministic_and_near_rate() {
        let a = ErrorInjector::new(0.3, 7);
        let b = ErrorInjector::new(0.3, 7);
        let xs: Vec<_> = (0..1000).map(|_| a.next()).collect();
        let ys: Vec<_> = (0..1000).map(|_| b.next()).collect();
        assert_eq!(xs, ys);
        let faults = xs.iter().filter(|x| x.is_some()).count();
        assert!((200..400).contains(&faults), "{faults}");
        assert!(ErrorInjector::new(0.0, 1).next().is_none());
        assert!(ErrorInjector::new(1.0, 1).next().is_some());
    }
}
