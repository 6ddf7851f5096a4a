//! Idempotency keys: one per logical call, reused by all of its retries.

use std::fmt;

/// The default idempotency header name.
pub const DEFAULT_IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

/// An idempotency key. A request that carries one may be retried even if its
/// method (POST, PATCH) is not idempotent.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    /// Uses the caller's own key.
    pub fn new(key: impl Into<String>) -> Self {
        Self(key.into())
    }

    /// Generates a fresh random (UUID v4) key.
    pub fn generate() -> Self {
        Self(uuid::Uuid::new_v4().to_string())
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for IdempotencyKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<String> for IdempotencyKey {
    fn from(value: String) -> Self {
        Self(value)
    }
}

impl From<&str> for IdempotencyKey {
    fn from(value: &str) -> Self {
        Self(value.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_differ() {
        let a = IdempotencyKey::generate();
        let b = IdempotencyKey::generate();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 36);
    }
}
