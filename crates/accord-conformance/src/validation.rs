//! The run's schema validation, bounded in memory.
//!
//! [`ValidatorCache`] compiles a schema in full once it has been used a few times and
//! keeps it. On a large, densely referenced contract a full compile is huge: one of
//! Stripe's response objects (`invoice`, `payment_intent`, `setup_intent`) reaches most of
//! its 1,300 components and holds over 500 MB compiled; kept for the whole run, a handful
//! of them made a mock conformance run of Stripe peak at 3.2 GB. So:
//!
//! - the compiled validators live for one operation only ([`Validators::scope`]): a run
//!   tests operations one after another, so at most one operation's validators are held;
//! - verdicts are remembered by the value's content ([`Validators::issues`]): a server
//!   answers many requests with the same body (a mock always does, and several operations
//!   share one response schema), and such a body is validated once, not compiled for again.
//!
//! Both are invisible in results: the cache gives the same issues whichever validator it
//! uses, and a remembered verdict is the verdict for an identical value.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hasher};

use accord_schema::{Direction, ValidationIssue, ValidatorCache};
use accord_spec::{Contract, SchemaId};
use serde_json::Value;

/// Remembered verdicts at most; beyond, the memory starts afresh (live servers rarely
/// repeat a body, so an unbounded memory would only grow).
const REMEMBERED: usize = 4096;

/// Validators and verdicts of one run.
#[derive(Default)]
pub struct Validators {
    cache: ValidatorCache,
    /// The operation the cached validators were compiled for.
    scope: Option<usize>,
    /// Issues by schema, direction and a digest of the value's JSON text.
    verdicts: HashMap<(SchemaId, Direction, Digest), Vec<ValidationIssue>>,
}

/// A value's JSON text, hashed: its length and a 64-bit SipHash.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Digest {
    len: u64,
    hash: u64,
}

impl Validators {
    /// Validators compiled from now on are for operation `op`; those of any other operation
    /// are dropped.
    pub fn scope(&mut self, op: usize) {
        if self.scope != Some(op) {
            self.cache = ValidatorCache::default();
            self.scope = Some(op);
        }
    }

    /// Every issue of `value` against `id`, sorted by pointer.
    pub fn issues(
        &mut self,
        contract: &Contract,
        id: SchemaId,
        direction: Direction,
        value: &Value,
    ) -> Vec<ValidationIssue> {
        let key = (id, direction, digest(value));
        if let Some(issues) = self.verdicts.get(&key) {
            return issues.clone();
        }
        let issues = self.cache.issues(contract, id, direction, value);
        if self.verdicts.len() >= REMEMBERED {
            self.verdicts.clear();
        }
        self.verdicts.insert(key, issues.clone());
        issues
    }

    /// The full validator of `id`, compiled once per operation.
    pub fn validator(
        &mut self,
        contract: &Contract,
        id: SchemaId,
        direction: Direction,
    ) -> &accord_schema::Validator {
        self.cache.get(contract, id, direction)
    }

    /// Whether `value` is valid against `id` (with the full validator: this is asked of
    /// many different generated values).
    pub fn is_valid(
        &mut self,
        contract: &Contract,
        id: SchemaId,
        direction: Direction,
        value: &Value,
    ) -> bool {
        self.cache.get(contract, id, direction).is_valid(value)
    }
}

/// Feeds JSON text to a hasher as it is written, so hashing allocates nothing.
struct HashWriter {
    hasher: DefaultHasher,
    len: u64,
}

impl std::io::Write for HashWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.hasher.write(bytes);
        self.len += bytes.len() as u64;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn digest(value: &Value) -> Digest {
    let mut writer = HashWriter {
        hasher: DefaultHasher::new(),
        len: 0,
    };
    // Writing to a hasher cannot fail; an error would only make this digest weaker.
    let _ = serde_json::to_writer(&mut writer, value);
    Digest {
        len: writer.len,
        hash: writer.hasher.finish(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTRACT: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Order:\n      type: object\n      required: [id]\n      properties:\n        id: {type: string, pattern: '^o_'}\n        qty: {type: integer, minimum: 1}\n";

    /// Remembered and scoped verdicts are the validator's verdicts, for repeated, distinct
    /// and re-scoped values alike.
    #[test]
    fn verdicts_match_the_validator() {
        let contract = accord_spec::load_str("c.yaml", CONTRACT).unwrap();
        let id = contract.components["Order"];
        let full = accord_schema::Validator::new(&contract, id, Direction::Response);
        let values = [
            serde_json::json!({"id": "x", "qty": 0}),
            serde_json::json!({"id": "o_1"}),
            serde_json::json!({"id": "o_1", "qty": 0}),
        ];
        let mut validators = Validators::default();
        for round in 0..12 {
            validators.scope(round / 5);
            let value = &values[round % values.len()];
            assert_eq!(
                validators.issues(&contract, id, Direction::Response, value),
                full.issues(value),
                "round {round}: {value}"
            );
            assert_eq!(
                validators.is_valid(&contract, id, Direction::Response, value),
                full.is_valid(value)
            );
        }
        assert!(!full.issues(&values[0]).is_empty());
        assert!(full.issues(&values[1]).is_empty());
    }

    #[test]
    fn digests_tell_values_apart() {
        let a = serde_json::json!({"id": "o_1", "qty": 1});
        let b = serde_json::json!({"id": "o_1", "qty": 2});
        assert_eq!(digest(&a), digest(&a.clone()));
        assert_ne!(digest(&a), digest(&b));
    }
}
