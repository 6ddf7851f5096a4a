//! The mock's memory: resources per tenant and concrete collection path, in creation
//! order, with tombstones for deleted IDs, bounded in entries (oldest evicted first) so
//! that memory stays flat however long the mock runs.
//!
//! A collection is keyed by the tenant and the collection's path template. Every item
//! carries a sequence number: pages are
//! cut by sequence, not by offset, so a deletion between two pages neither repeats nor
//! skips an item.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::ops::Bound;
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Which tenant and which concrete collection.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub(crate) struct CollectionKey {
    pub tenant: String,
    pub path: String,
}

/// One collection of one tenant.
///
/// Live items are ordered by sequence number (a `BTreeMap`), with an index from ID to
/// sequence: reading one item, cutting a page after a cursor, adding one and evicting the
/// oldest all stay logarithmic however full the store is (an insertion-ordered map made
/// every eviction shift the whole collection, and the mock slowed fourfold as it filled).
///
/// An ID is one shared string however many places hold it (the items, the index, the
/// store's eviction order): a create copies it once, not once per place.
#[derive(Debug, Default)]
pub(crate) struct Collection {
    /// Live items by sequence number: (ID, value).
    items: BTreeMap<u64, (Arc<str>, Value)>,
    /// Live ID → its sequence number.
    ids: HashMap<Arc<str>, u64>,
    /// Deleted IDs and the sequence number they had.
    deleted: HashMap<Arc<str>, u64>,
    /// Bumped by every change: what a rendered answer was made from.
    generation: u64,
    /// Answers already rendered from this generation (see [`Rendered`]).
    rendered: HashMap<String, Rendered>,
}

/// An answer's body (and `Link` header) rendered from a collection, kept until the
/// collection changes: a page or an item read again and again is fitted to its schema,
/// validated and serialised once, not on every request.
#[derive(Clone, Debug)]
pub(crate) struct Rendered {
    pub body: bytes::Bytes,
    pub link: Option<http::HeaderValue>,
}

/// Rendered answers kept per collection; past this the oldest generation's are dropped
/// all at once (a client walking every page of a big collection does not grow memory).
const RENDERED_PER_COLLECTION: usize = 64;

impl Collection {
    /// What the collection holds now, as a number that changes with every change.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The answer rendered under `key` from the current generation.
    pub fn rendered(&self, key: &str) -> Option<Rendered> {
        self.rendered.get(key).cloned()
    }

    /// Keeps an answer rendered from `generation`, unless the collection changed since.
    pub fn remember(&mut self, generation: u64, key: String, rendered: Rendered) {
        if generation != self.generation {
            return;
        }
        if self.rendered.len() >= RENDERED_PER_COLLECTION {
            self.rendered.clear();
        }
        self.rendered.insert(key, rendered);
    }

    /// Marks a change: answers rendered before no longer hold.
    fn changed(&mut self) {
        self.generation += 1;
        self.rendered.clear();
    }

    pub fn get(&self, id: &str) -> Option<&Value> {
        let seq = self.ids.get(id)?;
        self.items.get(seq).map(|(_, v)| v)
    }

    pub fn is_deleted(&self, id: &str) -> bool {
        self.deleted.contains_key(id)
    }

    /// How many live items it holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The sequence number an ID had or has, live or deleted (a cursor's position).
    pub fn position(&self, id: &str) -> Option<u64> {
        self.ids.get(id).or_else(|| self.deleted.get(id)).copied()
    }

    /// Live items after sequence number `after` (all when `None`), at most `limit`.
    pub fn page(&self, after: Option<u64>, limit: usize) -> Vec<(&str, &Value)> {
        let from = after.map_or(Bound::Unbounded, Bound::Excluded);
        self.items
            .range((from, Bound::Unbounded))
            .take(limit)
            .map(|(_, (id, v))| (&**id, v))
            .collect()
    }

    /// Live items from the `index`-th on (creation order), at most `limit`.
    pub fn page_at(&self, index: usize, limit: usize) -> Vec<(&str, &Value)> {
        self.items
            .values()
            .skip(index)
            .take(limit)
            .map(|(id, v)| (&**id, v))
            .collect()
    }

    /// How many live items come at or before sequence number `seq` (the index a page
    /// after it starts at).
    pub fn count_through(&self, seq: u64) -> usize {
        self.items.range(..=seq).count()
    }

    /// Adds a live item at sequence number `seq`.
    fn push(&mut self, id: Arc<str>, seq: u64, value: Value) {
        self.changed();
        self.ids.insert(id.clone(), seq);
        self.items.insert(seq, (id, value));
    }

    /// Forgets `id`, live or deleted (eviction); its value, if it was live.
    fn forget(&mut self, id: &str) -> Option<Value> {
        self.changed();
        self.untombstone(id);
        let seq = self.ids.remove(id)?;
        self.items.remove(&seq).map(|(_, value)| value)
    }

    /// Forgets that `id` was deleted. Most collections hold no tombstones: then the ID is
    /// not even hashed (this runs for every write and every eviction).
    fn untombstone(&mut self, id: &str) {
        if !self.deleted.is_empty() {
            self.deleted.remove(id);
        }
    }

    fn is_empty(&self) -> bool {
        self.items.is_empty() && self.deleted.is_empty()
    }
}

/// Every tenant's collections, bounded.
pub(crate) struct Store {
    inner: Mutex<Inner>,
    capacity: usize,
}

#[derive(Default)]
struct Inner {
    /// Keyed by a shared key: each entry of `order` holds it too, without copying it.
    collections: HashMap<Arc<CollectionKey>, Collection>,
    /// Every item or tombstone written, oldest first: what eviction removes.
    order: VecDeque<(Arc<CollectionKey>, Arc<str>)>,
    next_seq: u64,
}

/// The state a `--state FILE` holds: every collection of every tenant.
#[derive(Serialize, Deserialize)]
struct Snapshot {
    collections: Vec<SnapshotCollection>,
}

#[derive(Serialize, Deserialize)]
struct SnapshotCollection {
    tenant: String,
    path: String,
    items: Vec<SnapshotItem>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    deleted: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct SnapshotItem {
    id: String,
    value: Value,
}

impl Store {
    /// A store holding at most `capacity` items and tombstones in all.
    pub fn new(capacity: usize) -> Store {
        Store {
            inner: Mutex::new(Inner::default()),
            capacity: capacity.max(1),
        }
    }

    /// Runs `f` on the collection `key`, first filling it with `seed()` when it was never
    /// touched (or was evicted whole).
    pub fn with<R>(
        &self,
        key: &CollectionKey,
        seed: impl FnOnce() -> Vec<(String, Value)>,
        f: impl FnOnce(&mut Collection, &mut Writes) -> R,
    ) -> R {
        let (result, evicted) = self.with_evicting(key, seed, f);
        // Dropped once the lock is released: freeing a resource is the slow part of
        // evicting it, and other requests need not wait for it.
        drop(evicted);
        result
    }

    /// [`Store::with`], and the values evicted to make room.
    fn with_evicting<R>(
        &self,
        key: &CollectionKey,
        seed: impl FnOnce() -> Vec<(String, Value)>,
        f: impl FnOnce(&mut Collection, &mut Writes) -> R,
    ) -> (R, Vec<Value>) {
        let mut inner = match self.inner.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        let inner = &mut *inner;
        let mut writes = Writes {
            next_seq: inner.next_seq,
            written: Vec::new(),
        };
        let shared_key = match inner.collections.get_key_value(key) {
            Some((shared, _)) => shared.clone(),
            None => {
                let mut fresh = Collection::default();
                for (id, value) in seed() {
                    if !fresh.ids.contains_key(id.as_str()) {
                        let seq = writes.seq();
                        let id: Arc<str> = id.into();
                        writes.written.push(id.clone());
                        fresh.push(id, seq, value);
                    }
                }
                let shared = Arc::new(key.clone());
                inner.collections.insert(shared.clone(), fresh);
                shared
            }
        };
        let collection = inner.collections.entry(shared_key.clone()).or_default();
        let result = f(collection, &mut writes);
        inner.next_seq = writes.next_seq;
        for id in writes.written {
            inner.order.push_back((shared_key.clone(), id));
        }
        let mut evicted = Vec::new();
        while inner.order.len() > self.capacity {
            let Some((key, id)) = inner.order.pop_front() else {
                break;
            };
            if let Some(c) = inner.collections.get_mut(&*key) {
                evicted.extend(c.forget(&id));
                if c.is_empty() {
                    inner.collections.remove(&*key);
                }
            }
        }
        (result, evicted)
    }

    /// Runs `f` on the collection `key` if it is there; `None` (and nothing seeded) when
    /// it is not.
    pub fn peek<R>(&self, key: &CollectionKey, f: impl FnOnce(&mut Collection) -> R) -> Option<R> {
        let mut inner = match self.inner.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        inner.collections.get_mut(key).map(f)
    }

    /// The whole state as JSON (`--state FILE`), collections sorted for stable files.
    pub fn save(&self) -> Value {
        let inner = match self.inner.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        let mut keys: Vec<&CollectionKey> = inner.collections.keys().map(|k| &**k).collect();
        keys.sort();
        let collections = keys
            .into_iter()
            .map(|k| {
                let c = &inner.collections[k];
                let mut deleted: Vec<String> = c.deleted.keys().map(|id| id.to_string()).collect();
                deleted.sort();
                SnapshotCollection {
                    tenant: k.tenant.clone(),
                    path: k.path.clone(),
                    items: c
                        .items
                        .values()
                        .map(|(id, v)| SnapshotItem {
                            id: id.to_string(),
                            value: v.clone(),
                        })
                        .collect(),
                    deleted,
                }
            })
            .collect();
        serde_json::to_value(Snapshot { collections }).unwrap_or(Value::Null)
    }

    /// Replaces the state with a saved one.
    pub fn load(&self, value: Value) -> Result<(), String> {
        let snapshot: Snapshot = serde_json::from_value(value).map_err(|e| e.to_string())?;
        let mut inner = match self.inner.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        *inner = Inner::default();
        for c in snapshot.collections {
            let shared = Arc::new(CollectionKey {
                tenant: c.tenant,
                path: c.path,
            });
            let mut collection = Collection::default();
            for item in c.items {
                let seq = inner.next_seq;
                inner.next_seq += 1;
                let id: Arc<str> = item.id.into();
                inner.order.push_back((shared.clone(), id.clone()));
                collection.push(id, seq, item.value);
            }
            for id in c.deleted {
                let seq = inner.next_seq;
                inner.next_seq += 1;
                let id: Arc<str> = id.into();
                inner.order.push_back((shared.clone(), id.clone()));
                collection.deleted.insert(id, seq);
            }
            inner.collections.insert(shared, collection);
        }
        Ok(())
    }
}

/// What one call to [`Store::with`] wrote: new sequence numbers and the entries to evict
/// in their turn.
pub(crate) struct Writes {
    next_seq: u64,
    written: Vec<Arc<str>>,
}

impl Writes {
    fn seq(&mut self) -> u64 {
        let s = self.next_seq;
        self.next_seq += 1;
        s
    }

    /// Adds or replaces a live item (a replaced item keeps its place in the order).
    pub fn insert(&mut self, c: &mut Collection, id: String, value: Value) {
        c.changed();
        c.untombstone(&id);
        if let Some(slot) = c.ids.get(id.as_str()).and_then(|seq| c.items.get_mut(seq)) {
            slot.1 = value;
            return;
        }
        let seq = self.seq();
        let id: Arc<str> = id.into();
        self.written.push(id.clone());
        c.push(id, seq, value);
    }

    /// Deletes a live item, leaving a tombstone; false when it was not live.
    pub fn delete(&mut self, c: &mut Collection, id: &str) -> bool {
        let Some((id, seq)) = c.ids.remove_entry(id) else {
            return false;
        };
        c.changed();
        c.items.remove(&seq);
        self.written.push(id.clone());
        c.deleted.insert(id, seq);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key(t: &str) -> CollectionKey {
        CollectionKey {
            tenant: t.into(),
            path: "/things".into(),
        }
    }

    #[test]
    fn pages_by_sequence_survive_deletion_between_pages() {
        let store = Store::new(100);
        store.with(&key("a"), Vec::new, |c, w| {
            for i in 0..5 {
                w.insert(c, format!("t{i}"), json!({"id": format!("t{i}")}));
            }
        });
        let (first, after) = store.with(&key("a"), Vec::new, |c, _| {
            let page: Vec<String> = c
                .page(None, 2)
                .into_iter()
                .map(|(id, _)| id.to_string())
                .collect();
            let after = c.position(page.last().unwrap());
            (page, after)
        });
        assert_eq!(first, ["t0", "t1"]);
        store.with(&key("a"), Vec::new, |c, w| assert!(w.delete(c, "t1")));
        let second: Vec<String> = store.with(&key("a"), Vec::new, |c, _| {
            c.page(after, 2)
                .into_iter()
                .map(|(id, _)| id.to_string())
                .collect()
        });
        assert_eq!(second, ["t2", "t3"]);
        let other = store.with(&key("b"), Vec::new, |c, _| c.len());
        assert_eq!(other, 0, "tenant b sees nothing of tenant a");
    }

    #[test]
    fn oldest_entries_are_evicted_at_capacity() {
        let store = Store::new(3);
        for i in 0..10 {
            store.with(&key("a"), Vec::new, |c, w| {
                w.insert(c, format!("t{i}"), json!(i));
            });
        }
        let ids: Vec<String> = store.with(&key("a"), Vec::new, |c, _| {
            c.page(None, usize::MAX)
                .into_iter()
                .map(|(id, _)| id.to_string())
                .collect()
        });
        assert_eq!(ids, ["t7", "t8", "t9"]);
    }

    #[test]
    fn state_round_trips_through_a_snapshot() {
        let store = Store::new(100);
        store.with(&key("a"), Vec::new, |c, w| {
            w.insert(c, "x".into(), json!({"id": "x"}));
            w.insert(c, "y".into(), json!({"id": "y"}));
            w.delete(c, "y");
        });
        let saved = store.save();
        let copy = Store::new(100);
        copy.load(saved.clone()).unwrap();
        assert_eq!(copy.save(), saved);
        assert!(copy.with(&key("a"), Vec::new, |c, _| c.is_deleted("y")));
    }
}
