//! [`CallOptions`]: per-call overrides a caller passes through generated code.

use std::time::Duration;

use crate::idempotency::IdempotencyKey;
use crate::retry::RetryPolicy;

/// Per-call settings that override the client configuration.
///
/// Generated operations accept these so that callers can set a correlation
/// id, their own idempotency key, a tenant, timeouts or extra headers.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    pub(crate) correlation_id: Option<String>,
    pub(crate) idempotency_key: Option<IdempotencyKey>,
    pub(crate) tenant: Option<String>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) total_timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) headers: Vec<(String, String)>,
}

impl CallOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// The correlation id of this call.
    pub fn correlation_id(mut self, id: impl Into<String>) -> Self {
        self.correlation_id = Some(id.into());
        self
    }

    /// The caller's own idempotency key. It makes the call retryable even
    /// for POST/PATCH.
    pub fn idempotency_key(mut self, key: impl Into<IdempotencyKey>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }

    /// The tenant id for this call (placement as configured).
    pub fn tenant(mut self, tenant_id: impl Into<String>) -> Self {
        self.tenant = Some(tenant_id.into());
        self
    }

    /// Timeout of each attempt of this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Timeout of this whole call, retries included.
    pub fn total_timeout(mut self, timeout: Duration) -> Self {
        self.total_timeout = Some(timeout);
        self
    }

    /// A retry policy for this call.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// An extra header for this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// The correlation id set for this call.
    pub fn get_correlation_id(&self) -> Option<&str> {
        self.correlation_id.as_deref()
    }

    /// The idempotency key set for this call.
    pub fn get_idempotency_key(&self) -> Option<&IdempotencyKey> {
        self.idempotency_key.as_ref()
    }
}
