//! Path IDs the run makes up when the server issued none.
//!
//! An item operation (`GET /disputes/{dispute}`, `POST /payments/{ref}/captures`) needs an
//! ID in its path. The run prefers one the server issued (a list or a create of this run),
//! but some collections have no list or create the run can use (Stripe's disputes, Xero's
//! IDs under another field name, a create refused), and the operation would never be sent.
//! The fuzz phase then sends the contract's example of the parameter (reads only), else a
//! valid sample of its schema: the server answers its `404` (or, for an example it knows,
//! the item), which the checks judge like any answer. A write never takes the documented
//! example, which may name a real resource (`me`, `default`): the run changes only what it
//! created or what cannot exist. Such a case is never *grounded*, so
//! `positive_data_acceptance` does not demand that it be accepted; scenario steps, which
//! need a real resource, still use issued IDs only.

use accord_schema::Direction;
use serde_json::Value;

use super::{Runner, Slot};

/// Where a case's path IDs may come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ids {
    /// Only from the server.
    Issued,
    /// From the server when it issued one, else made up ([`Runner::invented_id`]).
    OrInvented,
}

impl Runner<'_> {
    /// A made-up ID for path slot `slot`: for a `safe` (read) method its documented
    /// example, else a valid sample of its schema; never an empty segment (`/objects//7`
    /// is another path).
    pub(super) fn invented_id(&self, slot: &Slot, safe: bool) -> Option<Value> {
        let sampled = || {
            let schema = slot.schema?;
            let value = accord_schema::sample(self.contract, schema, Direction::Request);
            self.is_valid(schema, &value).then_some(value)
        };
        slot.examples
            .first()
            .filter(|_| safe)
            .cloned()
            .or_else(sampled)
            .filter(|v| v.as_str().is_none_or(|s| !s.is_empty()) && !v.is_null())
    }
}
