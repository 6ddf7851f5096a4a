//! `use_after_free`
//!
//! What it checks: after a successful `DELETE` of an item the run created, reading the item
//! again does not succeed (a `404` or `410` is expected).
//!
//! Why it matters: a deleted resource that stays readable means deletes are not honoured,
//! which is a data-protection problem as much as a correctness one.

use super::{CaseKind, Check, Scenario};
use crate::runner::Runner;

pub struct UseAfterFree;

impl Check for UseAfterFree {
    fn id(&self) -> &'static str {
        "use_after_free"
    }

    fn scenario<'s, 'c: 's>(&'s self, r: &'s mut Runner<'c>) -> Scenario<'s> {
        Box::pin(async move {
            for res in r.resources.clone() {
                let (Some(delete), Some(get)) = (res.delete, res.get) else {
                    continue;
                };
                if !r.allowed(accord_spec::Method::Delete) || !r.budget_left() {
                    continue;
                }
                let Some((id, _, _)) = r.create(&res, 0, 7).await else {
                    r.not_exercised(self.id(), get, "no 2xx create to delete and read back");
                    continue;
                };
                let Some(case) = r.item_case(delete, &res, &id, 0) else {
                    continue;
                };
                let Some((_, del)) = r.send(delete, &case, Some(0), CaseKind::Scenario).await
                else {
                    continue;
                };
                if !del.is_success() {
                    let why = format!("the delete of a created item answered {}", del.status);
                    r.not_exercised(self.id(), get, &why);
                    continue;
                }
                let Some(case) = r.item_case(get, &res, &id, 0) else {
                    continue;
                };
                let refusal = CaseKind::Refusal {
                    what: "a deleted item",
                };
                let Some((req, resp)) = r.send(get, &case, Some(0), refusal).await else {
                    continue;
                };
                r.judged(self.id(), get);
                if resp.is_success() {
                    let msg = format!(
                        "item {id} is still readable ({}) after {} answered {}",
                        resp.status,
                        r.op(delete).key(),
                        del.status
                    );
                    r.record(self.id(), get, msg, &req);
                }
            }
        })
    }
}
