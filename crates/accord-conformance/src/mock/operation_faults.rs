//! Faults of single operations (`accord mock --fault 'createInvoice:latency=200,error-rate=0.1,
//! drop=0.05,rate-limit=2'`): added latency, injected 500/503 errors, a rate limit of the
//! operation's own (429 with `Retry-After`, in the contract's 429 shape when it documents
//! one) and dropped connections (the connection is closed before any response byte, as a
//! crashing upstream or a load balancer would). The operation is named by its
//! `operationId` or as `METHOD /path`.

use std::time::Duration;

use accord_spec::Contract;

use super::MockError;
use super::faults::{ErrorInjector, TokenBucket, splitmix64};

/// What `--fault` asks of one operation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OperationFault {
    /// `operationId` or `METHOD /path`.
    pub operation: String,
    pub latency: Duration,
    /// Fraction of requests answered with 500 or 503.
    pub error_rate: f64,
    /// Fraction of requests whose connection is dropped without an answer.
    pub drop_rate: f64,
    /// Requests per second before answering 429.
    pub rate_limit: Option<f64>,
}

impl OperationFault {
    /// Parses `OPERATION:key=value,...` (keys: `latency` in ms, `error-rate`, `drop`,
    /// `rate-limit`).
    pub fn parse(text: &str) -> Result<OperationFault, MockError> {
        let bad = |why: String| MockError::InvalidOption(format!("--fault `{text}`: {why}"));
        let (operation, settings) = text
            .rsplit_once(':')
            .filter(|(op, _)| !op.trim().is_empty())
            .ok_or_else(|| bad("expected OPERATION:key=value,...".into()))?;
        let mut fault = OperationFault {
            operation: operation.trim().to_string(),
            ..OperationFault::default()
        };
        for pair in settings.split(',').filter(|p| !p.trim().is_empty()) {
            let (k, v) = pair
                .split_once('=')
                .ok_or_else(|| bad(format!("`{pair}` is not key=value")))?;
            let number: f64 = v
                .trim()
                .parse()
                .map_err(|_| bad(format!("`{v}` is not a number")))?;
            let fraction = |n: f64| {
                (0.0..=1.0)
                    .contains(&n)
                    .then_some(n)
                    .ok_or_else(|| bad(format!("{k} must be between 0.0 and 1.0")))
            };
            match k.trim() {
                "latency" if number >= 0.0 && number.is_finite() => {
                    fault.latency = Duration::from_millis(number as u64)
                }
                "error-rate" => fault.error_rate = fraction(number)?,
                "drop" => fault.drop_rate = fraction(number)?,
                "rate-limit" if number > 0.0 && number.is_finite() => {
                    fault.rate_limit = Some(number)
                }
                other => {
                    return Err(bad(format!(
                        "`{other}={v}` is not one of latency, error-rate, drop, rate-limit"
                    )));
                }
            }
        }
        Ok(fault)
    }
}

/// The faults of one operation, ready to decide.
pub(crate) struct ActiveFault {
    pub latency: Duration,
    errors: ErrorInjector,
    drop_rate: f64,
    drops: std::sync::atomic::AtomicU64,
    seed: u64,
    bucket: Option<TokenBucket>,
}

/// What happens to one request.
pub(crate) enum Verdict {
    Pass,
    Drop,
    Error(u16),
    /// Rate-limited: retry after this many seconds.
    Throttle(u64),
}

impl ActiveFault {
    pub fn decide(&self) -> Verdict {
        if let Some(Err(wait)) = self.bucket.as_ref().map(TokenBucket::take) {
            return Verdict::Throttle(wait);
        }
        if self.drop_rate > 0.0 {
            let n = self
                .drops
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let x = splitmix64(self.seed ^ 0xd809 ^ n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            if ((x >> 11) as f64 / (1u64 << 53) as f64) < self.drop_rate {
                return Verdict::Drop;
            }
        }
        match self.errors.next() {
            Some(status) => Verdict::Error(status),
            None => Verdict::Pass,
        }
    }
}

/// Per operation index, its faults; an error names an operation the contract lacks.
pub(crate) fn resolve(
    contract: &Contract,
    faults: &[OperationFault],
    seed: u64,
) -> Result<Vec<Option<ActiveFault>>, MockError> {
    let mut out: Vec<Option<ActiveFault>> = contract.operations.iter().map(|_| None).collect();
    for f in faults {
        let index = contract
            .operations
            .iter()
            .position(|op| {
                op.operation_id.as_deref() == Some(f.operation.as_str())
                    || op.key().eq_ignore_ascii_case(&f.operation)
            })
            .ok_or_else(|| {
                MockError::InvalidOption(format!(
                    "--fault: the contract has no operation `{}` (use an operationId or `METHOD /path`)",
                    f.operation
                ))
            })?;
        out[index] = Some(ActiveFault {
            latency: f.latency,
            errors: ErrorInjector::new(f.error_rate, seed ^ index as u64),
            drop_rate: f.drop_rate,
            drops: std::sync::atomic::AtomicU64::new(0),
            seed: seed ^ index as u64,
            bucket: f.rate_limit.map(TokenBucket::new),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_parse_and_refuse_nonsense() {
        let f = OperationFault::parse(
            "POST /invoices:latency=250,error-rate=0.5,drop=0.1,rate-limit=2",
        )
        .unwrap();
        assert_eq!(f.operation, "POST /invoices");
        assert_eq!(f.latency, Duration::from_millis(250));
        assert_eq!(
            (f.error_rate, f.drop_rate, f.rate_limit),
            (0.5, 0.1, Some(2.0))
        );
        assert!(OperationFault::parse("createInvoice:error-rate=2").is_err());
        assert!(OperationFault::parse("createInvoice:colour=red").is_err());
        assert!(OperationFault::parse("latency=3").is_err());
    }
}
