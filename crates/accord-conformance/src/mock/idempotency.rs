//! Idempotency keys, as vendors honour them: the first answer to a key is remembered (per
//! tenant and operation) and replayed for a retry with the same body; the same key with
//! another body is a conflict. Bounded: the oldest keys are forgotten first.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::Mutex;

use indexmap::IndexMap;

use super::MockResponse;

/// Which key: tenant, operation index, key value.
pub(crate) type IdempotencyKey = (String, usize, String);

/// What a key says about a request.
pub(crate) enum Replay {
    /// Never seen: answer, then [`IdempotencyLog::record`].
    New,
    /// Seen with the same body: this was the answer.
    Same(MockResponse),
    /// Seen with another body.
    Conflict,
}

/// Remembered answers by key.
pub(crate) struct IdempotencyLog {
    entries: Mutex<IndexMap<IdempotencyKey, (u64, MockResponse)>>,
    capacity: usize,
}

impl IdempotencyLog {
    pub fn new(capacity: usize) -> IdempotencyLog {
        IdempotencyLog {
            entries: Mutex::new(IndexMap::new()),
            capacity: capacity.max(1),
        }
    }

    pub fn lookup(&self, key: &IdempotencyKey, body: &[u8]) -> Replay {
        let entries = match self.entries.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        match entries.get(key) {
            None => Replay::New,
            Some((hash, response)) if *hash == fingerprint(body) => Replay::Same(response.clone()),
            Some(_) => Replay::Conflict,
        }
    }

    pub fn record(&self, key: IdempotencyKey, body: &[u8], response: &MockResponse) {
        let mut entries = match self.entries.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        entries.insert(key, (fingerprint(body), response.clone()));
        while entries.len() > self.capacity {
            entries.shift_remove_index(0);
        }
    }
}

fn fingerprint(body: &[u8]) -> u64 {
    let mut h = DefaultHasher::new();
    body.hash(&mut h);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;

    fn response(status: u16) -> MockResponse {
        MockResponse {
            status,
            headers: Vec::new(),
            body: Bytes::new(),
            delay: None,
            drop_connection: false,
        }
    }

    #[test]
    fn a_key_replays_its_first_answer_and_refuses_another_body() {
        let log = IdempotencyLog::new(2);
        let key = ("t".to_string(), 0, "k1".to_string());
        assert!(matches!(log.lookup(&key, b"a"), Replay::New));
        log.record(key.clone(), b"a", &response(201));
        assert!(matches!(log.lookup(&key, b"a"), Replay::Same(r) if r.status == 201));
        assert!(matches!(log.lookup(&key, b"b"), Replay::Conflict));
        log.record(("t".into(), 0, "k2".into()), b"a", &response(201));
        log.record(("t".into(), 0, "k3".into()), b"a", &response(201));
        assert!(matches!(log.lookup(&key, b"a"), Replay::New), "evicted");
    }
}
