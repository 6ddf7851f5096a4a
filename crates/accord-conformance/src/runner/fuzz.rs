//! The generation phases, run a wave of operations at a time: the examples and generated
//! cases of several operations share each batch, so `--workers` requests stay in flight
//! even when one operation has few cases left.
//!
//! A wave is a run of consecutive operations of the test order none of which needs what
//! another of the wave produces (an operation that takes a customer ID never shares a
//! wave with the one that lists or creates customers), so every case is grounded on the
//! IDs it would have had one operation at a time. Waves are cut by the contract alone,
//! never by `--workers`, so the seed still fixes every case and the report's order.

use std::collections::BTreeSet;
use std::rc::Rc;

use proptest::strategy::{BoxedStrategy, Strategy, ValueTree};
use proptest::test_runner::TestRunner;

use super::batch::{self, Pending};
use super::{Ids, OpGen, Runner, SlotKind};
use crate::plan;

/// At most this many operations share a wave: enough to keep a remote API's requests in
/// flight, few enough that a budget cut stops near one operation.
pub const WAVE: usize = 8;

/// A generated case: its value tree (to shrink), the case, what it is meant as, and its
/// number.
type Generated = (
    <BoxedStrategy<Vec<Option<serde_json::Value>>> as Strategy>::Tree,
    crate::request::Case,
    crate::checks::CaseKind,
    usize,
);

/// One operation's generation, carried from batch to batch of its wave.
struct Fuzzing {
    op: usize,
    og: Rc<OpGen>,
    rng: TestRunner,
    /// Cases built so far (examples included).
    n: usize,
    max: usize,
    misses: usize,
    generating: bool,
}

impl Runner<'_> {
    /// The collections `op_idx` takes IDs of: path IDs, references, and body members
    /// named after a collection.
    fn consumes(&self, op_idx: usize) -> BTreeSet<String> {
        let Some(og) = self.gens.get(op_idx).and_then(Option::as_ref) else {
            return BTreeSet::new();
        };
        let mut out = BTreeSet::new();
        for slot in &og.slots {
            match &slot.kind {
                SlotKind::PathId(c) | SlotKind::Reference(c) => {
                    out.insert(c.clone());
                }
                _ if slot.location.is_none() => {
                    let Some(schema) = slot.schema else { continue };
                    for name in self.contract.schemas.merged(schema).properties.keys() {
                        if let Some(r) = plan::referenced_collection(name, &self.resources) {
                            out.insert(r.collection.clone());
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// The collections `op_idx` fills the pools of (it lists or creates them).
    fn produces(&self, op_idx: usize) -> BTreeSet<String> {
        self.resources
            .iter()
            .filter(|r| r.list == Some(op_idx) || r.create == Some(op_idx))
            .map(|r| r.collection.clone())
            .collect()
    }

    /// `order` cut into waves: consecutive operations, at most [`WAVE`], none taking IDs
    /// of a collection another of the wave lists or creates.
    pub(super) fn waves(&self, order: &[usize]) -> Vec<Vec<usize>> {
        let mut waves: Vec<Vec<usize>> = Vec::new();
        let mut produced = BTreeSet::new();
        let mut consumed = BTreeSet::new();
        for &op in order {
            let (takes, fills) = (self.consumes(op), self.produces(op));
            let fits = waves.last().is_some_and(|w| w.len() < WAVE)
                && takes.is_disjoint(&produced)
                && fills.is_disjoint(&consumed);
            if !fits {
                waves.push(Vec::new());
                produced.clear();
                consumed.clear();
            }
            waves.last_mut().expect("a wave is open").push(op);
            produced.extend(fills);
            consumed.extend(takes);
        }
        waves
    }

    /// The examples and generated cases of the wave's operations, batch by batch.
    pub(super) async fn fuzz(&mut self, wave: &[usize]) {
        let mut ops = Vec::new();
        let mut examples = Vec::new();
        for &op_idx in wave {
            let Some(og) = self.gens.get(op_idx).cloned().flatten() else {
                continue;
            };
            let mut f = Fuzzing {
                op: op_idx,
                rng: self.rng(op_idx, 0),
                n: 0,
                max: self.config.max_examples.max(1) as usize,
                misses: 0,
                generating: true,
                og,
            };
            examples.extend(self.examples(&mut f));
            ops.push(f);
        }
        self.send_all(examples).await;
        while !self.wire.exhausted() {
            // One batch per operation still generating, grounded against what earlier
            // batches harvested, all sent together.
            let batches: Vec<_> = ops
                .iter_mut()
                .filter(|f| f.generating && f.n < f.max)
                .map(|f| (f.op, Rc::clone(&f.og), self.generated(f)))
                .collect();
            if batches.is_empty() {
                break;
            }
            let items = batches
                .iter()
                .flat_map(|(op_idx, _, batch)| {
                    batch.iter().map(|(_, case, kind, _)| {
                        (*op_idx, self.request(*op_idx, case, Some(0)), kind.clone())
                    })
                })
                .collect();
            let mut answers = self.exchange_all(items).await.into_iter();
            for (op_idx, og, batch) in batches {
                for (mut tree, case, kind, n) in batch {
                    let Some((req, resp, findings)) = answers.next().flatten() else {
                        continue;
                    };
                    self.harvest(op_idx, &case, Some(0), &resp);
                    self.remember_accepted(op_idx, &case, Some(0), &resp, &kind);
                    let mut to_shrink = None;
                    for (check, message) in findings {
                        let key = (self.op(op_idx).key(), check);
                        if !self.failures.contains_key(&key) {
                            self.record(check, op_idx, message, &req);
                            let shrinkable = self
                                .checks
                                .iter()
                                .any(|c| c.id() == check && c.shrinkable());
                            if shrinkable && to_shrink.is_none() {
                                to_shrink = Some(check);
                            }
                        }
                    }
                    if let Some(check) = to_shrink {
                        self.shrink(op_idx, &og, &mut tree, check, n).await;
                    }
                }
            }
        }
    }

    /// The operation's examples first, as cases (at most half its cases).
    fn examples(&mut self, f: &mut Fuzzing) -> Vec<Pending> {
        let og = Rc::clone(&f.og);
        let count = og
            .slots
            .iter()
            .map(|s| s.examples.len())
            .max()
            .unwrap_or(0)
            .min(f.max.div_ceil(2));
        let mut examples = Vec::new();
        for e in 0..count {
            let Ok(tree) = og.strategy.new_tree(&mut f.rng) else {
                break;
            };
            let mut values = tree.current();
            for (i, slot) in og.slots.iter().enumerate() {
                if !slot.examples.is_empty() && slot.kind == SlotKind::Generated {
                    values[i] = Some(slot.examples[e % slot.examples.len()].clone());
                }
            }
            f.n += 1;
            let Some((case, kind)) = self.ground(f.op, &og, &values, (0, f.n), Ids::OrInvented)
            else {
                self.unsent(f.op);
                continue;
            };
            examples.push(Pending {
                op: f.op,
                case,
                tenant: Some(0),
                kind,
            });
        }
        examples
    }

    /// The operation's next batch of generated cases, with their value trees (to shrink)
    /// and numbers.
    fn generated(&mut self, f: &mut Fuzzing) -> Vec<Generated> {
        let og = Rc::clone(&f.og);
        let mut batch = Vec::new();
        while batch.len() < batch::BATCH && f.n < f.max {
            f.n += 1;
            let Ok(tree) = og.strategy.new_tree(&mut f.rng) else {
                f.generating = false;
                break;
            };
            let values = tree.current();
            let Some((case, kind)) = self.ground(f.op, &og, &values, (0, f.n), Ids::OrInvented)
            else {
                f.misses += 1;
                self.unsent(f.op);
                if f.misses > 3 {
                    f.generating = false;
                    break;
                }
                continue;
            };
            batch.push((tree, case, kind, f.n));
        }
        batch
    }
}
