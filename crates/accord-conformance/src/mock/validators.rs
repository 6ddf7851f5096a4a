//! Compiled validators shared by every operation of one mock, one per schema and direction.
//!
//! Why shared: a large contract documents the same schema under many operations (Stripe's
//! `error` is the `default` response of all of its 500 operations, and reaches most of its
//! components). Compiled once per prepared response, the same graph was held hundreds of
//! times over and a self-test of Stripe grew past 20 GiB; compiled once per schema, it
//! is held once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use accord_schema::{Direction, Validator};
use accord_spec::{Contract, SchemaId};

/// One slot per schema and direction; a slot compiles on first use, outside the map's lock
/// so that two schemas compile at the same time.
type Slot = Arc<OnceLock<Arc<Validator>>>;

#[derive(Default)]
pub(crate) struct SharedValidators {
    slots: Mutex<HashMap<(SchemaId, Direction), Slot>>,
}

impl SharedValidators {
    /// The validator of `id` for `direction`, compiled the first time any caller asks.
    pub fn get(&self, contract: &Contract, id: SchemaId, direction: Direction) -> Arc<Validator> {
        let slot = {
            let mut slots = self
                .slots
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            slots.entry((id, direction)).or_default().clone()
        };
        slot.get_or_init(|| Arc::new(Validator::new(contract, id, direction)))
            .clone()
    }
}
