//! Deterministic example events (`accord mock-events`) from the message schemas, with the
//! proptest strategies HTTP conformance uses ([`crate::strategy::schema_strategy`]).
//!
//! Every message gets its own `TestRunner` seeded (ChaCha) from the seed and the channel
//! and message names, so adding a message to a contract does not change the events of the
//! others. Each generated value is checked with the real validator; after a few rejected
//! draws (a pattern with lengths, a tight `oneOf`) the value falls back to the one sample
//! generator ([`accord_schema::generate`], seeded by the event), then to a valid contract
//! example.
//!
//! The envelope is then made plausible where the schema allows it (each change is kept
//! only if the value still validates): a unique UUID event id, an occurred-at that
//! increases line by line from 2024-01-01T00:00:00Z (always in the past, always in order),
//! the tenant of the contract's examples (else `tenant-a`) and a schema version the
//! contract knows. So `mock-events | test-events` is clean.

use accord_schema::{Direction, SampleOptions, Validator, ValidatorCache, generate};
use accord_spec::{Contract, SchemaId};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{Map, Value, json};

use super::catalog::{Catalog, EventMessage, Headers};
use super::checks::duplicate_event_id::fingerprint;
use super::envelope::{Location, Side, Timestamp};
use crate::strategy::schema_strategy;

/// 2024-01-01T00:00:00Z: the first generated occurred-at.
const BASE_EPOCH: i64 = 1_704_067_200;
/// Draws from a strategy before falling back to a sample.
const ATTEMPTS: usize = 24;

/// A runner whose RNG is fixed by `seed` and `salt`.
pub fn runner(seed: u64, salt: &str) -> TestRunner {
    let mut state = seed ^ fingerprint(salt);
    let mut bytes = [0u8; 32];
    for chunk in bytes.chunks_mut(8) {
        state = splitmix(state);
        chunk.copy_from_slice(&state.to_le_bytes());
    }
    TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &bytes),
    )
}

fn splitmix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A valid value for `id`: a strategy draw, else a sample seeded by `seed`, else a valid
/// example.
pub fn value(
    contract: &Contract,
    id: SchemaId,
    direction: Direction,
    validator: &Validator,
    runner: &mut TestRunner,
    seed: u64,
    examples: &[&Value],
) -> Value {
    let strategy = schema_strategy(contract, id, direction);
    for _ in 0..ATTEMPTS {
        let Ok(tree) = strategy.new_tree(runner) else {
            break;
        };
        let v = tree.current();
        if validator.is_valid(&v) {
            return v;
        }
    }
    let sample = generate(contract, id, direction, &SampleOptions::seeded(seed)).value;
    if validator.is_valid(&sample) {
        return sample;
    }
    examples
        .iter()
        .find(|e| validator.is_valid(e))
        .map_or(sample, |e| (*e).clone())
}

/// `count` events for every message of `catalog`, interleaved.
pub fn mock(contract: &Contract, catalog: &Catalog, count: u32, seed: u64) -> Vec<Value> {
    let mut cache = ValidatorCache::default();
    let mut gens: Vec<(&str, &EventMessage, TestRunner)> = Vec::new();
    for ch in &catalog.channels {
        for m in &ch.messages {
            gens.push((
                &ch.name,
                m,
                runner(seed, &format!("{}\u{0}{}", ch.name, m.name)),
            ));
        }
    }
    let mut out = Vec::new();
    let mut k: i64 = 0;
    for _ in 0..count {
        for (channel, message, runner) in &mut gens {
            out.push(event(
                contract, &mut cache, channel, message, runner, seed, k,
            ));
            k += 1;
        }
    }
    out
}

fn event(
    contract: &Contract,
    cache: &mut ValidatorCache,
    channel: &str,
    message: &EventMessage,
    runner: &mut TestRunner,
    seed: u64,
    k: i64,
) -> Value {
    let payload_examples: Vec<&Value> = message
        .examples
        .iter()
        .filter_map(|(_, p)| p.as_ref())
        .collect();
    let header_examples: Vec<&Value> = message
        .examples
        .iter()
        .filter_map(|(h, _)| h.as_ref())
        .collect();
    // The sample generator's seed for this event: the run's, moved on by the event.
    let event_seed = splitmix(seed ^ fingerprint(channel) ^ k as u64);
    let mut payload = match message.payload {
        Some(id) => {
            let v = Validator::new(contract, id, message.direction);
            value(
                contract,
                id,
                message.direction,
                &v,
                runner,
                event_seed,
                &payload_examples,
            )
        }
        None => payload_examples
            .first()
            .map_or(Value::Null, |e| (*e).clone()),
    };
    let mut headers = match &message.headers {
        Headers::None => None,
        Headers::Schema(id) => {
            let v = Validator::new(contract, *id, message.direction);
            Some(value(
                contract,
                *id,
                message.direction,
                &v,
                runner,
                event_seed,
                &header_examples,
            ))
        }
        Headers::Params(params) => {
            let mut map = Map::new();
            for p in params {
                let v = match p.schema {
                    Some(id) => {
                        let validator = cache.get(contract, id, message.direction);
                        let v = value(
                            contract,
                            id,
                            message.direction,
                            validator,
                            runner,
                            event_seed,
                            &[],
                        );
                        match v {
                            Value::Number(n) => Value::String(n.to_string()),
                            Value::Bool(b) => Value::String(b.to_string()),
                            other => other,
                        }
                    }
                    None => Value::String("value".to_string()),
                };
                map.insert(p.name.clone(), v);
            }
            Some(Value::Object(map))
        }
    };

    // The envelope, where the schema allows it.
    let env = &message.envelope;
    let mut fixer = Fixer {
        contract,
        cache,
        message,
        payload: &mut payload,
        headers: &mut headers,
    };
    let id = uuid(seed, k);
    fixer.set_all(&env.event_id, |current| match current {
        Some(Value::Number(_)) => vec![json!(k + 1), json!(id)],
        _ => vec![json!(id), json!(format!("evt_{}", k + 1)), json!(k + 1)],
    });
    let at = Timestamp((i128::from(BASE_EPOCH) + i128::from(k)) * 1_000_000_000);
    fixer.set_all(&env.occurred_at, |current| match current {
        Some(Value::Number(_)) => vec![json!(at.unix_seconds()), json!(at.to_rfc3339())],
        _ => vec![json!(at.to_rfc3339()), json!(at.unix_seconds())],
    });
    let tenant = example_value(message, &env.tenant).unwrap_or_else(|| json!("tenant-a"));
    fixer.set_all(&env.tenant, |_| vec![tenant.clone()]);
    let versions: Vec<Value> = message
        .known_versions
        .iter()
        .flat_map(|v| {
            let mut c = vec![json!(v)];
            if let Ok(n) = v.parse::<i64>() {
                c.push(json!(n));
            }
            if let Ok(f) = v.parse::<f64>() {
                c.push(json!(f));
            }
            c
        })
        .collect();
    fixer.set_all(&env.schema_version, |current| {
        // Keep a generated version the contract already knows.
        let mut c: Vec<Value> = current
            .filter(|v| versions.contains(v))
            .into_iter()
            .cloned()
            .collect();
        c.extend(versions.iter().cloned());
        c
    });

    let mut line = Map::new();
    line.insert("channel".to_string(), json!(channel));
    line.insert("message".to_string(), json!(message.name));
    if let Some(h) = headers {
        line.insert("headers".to_string(), h);
    }
    line.insert("payload".to_string(), payload);
    Value::Object(line)
}

/// The value the contract's examples give at the first of `locs`.
fn example_value(message: &EventMessage, locs: &[Location]) -> Option<Value> {
    locs.iter().find_map(|l| {
        message.examples.iter().find_map(|(h, p)| {
            let side = match l.side {
                Side::Payload => p,
                Side::Headers => h,
            };
            side.as_ref()?
                .pointer(&l.pointer)
                .filter(|v| !v.is_null())
                .cloned()
        })
    })
}

/// Sets envelope fields, keeping each change only while the event stays valid.
struct Fixer<'a> {
    contract: &'a Contract,
    cache: &'a mut ValidatorCache,
    message: &'a EventMessage,
    payload: &'a mut Value,
    headers: &'a mut Option<Value>,
}

impl Fixer<'_> {
    fn set_all(&mut self, locs: &[Location], candidates: impl Fn(Option<&Value>) -> Vec<Value>) {
        for loc in locs {
            let current = match loc.side {
                Side::Payload => self.payload.pointer(&loc.pointer).cloned(),
                Side::Headers => self
                    .headers
                    .as_ref()
                    .and_then(|h| h.pointer(&loc.pointer))
                    .cloned(),
            };
            for candidate in candidates(current.as_ref()) {
                if Some(&candidate) == current.as_ref() {
                    break;
                }
                let target = match loc.side {
                    Side::Payload => Some(&*self.payload),
                    Side::Headers => self.headers.as_ref(),
                };
                let Some(mut changed) = target.cloned() else {
                    break;
                };
                if !set(&mut changed, &loc.pointer, candidate) {
                    break;
                }
                if self.valid(loc.side, &changed) {
                    match loc.side {
                        Side::Payload => *self.payload = changed,
                        Side::Headers => *self.headers = Some(changed),
                    }
                    break;
                }
            }
        }
    }

    fn valid(&mut self, side: Side, value: &Value) -> bool {
        match side {
            Side::Payload => self.message.payload.is_none_or(|id| {
                self.cache
                    .get(self.contract, id, self.message.direction)
                    .is_valid(value)
            }),
            Side::Headers => match &self.message.headers {
                Headers::None => true,
                Headers::Schema(id) => self
                    .cache
                    .get(self.contract, *id, self.message.direction)
                    .is_valid(value),
                Headers::Params(params) => params.iter().all(|p| {
                    let (Some(id), Some(v)) = (p.schema, value.get(&p.name)) else {
                        return true;
                    };
                    let validator = self.cache.get(self.contract, id, self.message.direction);
                    validator.is_valid(v)
                        || v.as_str()
                            .and_then(|s| serde_json::from_str::<Value>(s).ok())
                            .is_some_and(|parsed| validator.is_valid(&parsed))
                }),
            },
        }
    }
}

/// Sets `pointer` in `target` (creating the last member in an existing object).
fn set(target: &mut Value, pointer: &str, value: Value) -> bool {
    if pointer.is_empty() {
        *target = value;
        return true;
    }
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return false;
    };
    let last = last.replace("~1", "/").replace("~0", "~");
    match target.pointer_mut(parent) {
        Some(Value::Object(map)) => {
            map.insert(last, value);
            true
        }
        _ => false,
    }
}

/// A version-4-shaped UUID fixed by `seed` and `k`.
fn uuid(seed: u64, k: i64) -> String {
    let a = splitmix(seed ^ splitmix(k as u64));
    let b = splitmix(a ^ 0x5555_5555_5555_5555);
    let h = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-4{}-a{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}
