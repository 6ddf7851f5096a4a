//! `idempotency_replay`
//!
//! What it checks: for an operation taking an idempotency key, sending the same key and
//! body twice gives the same answer and creates one resource, not two; sending the same
//! key with another body is refused (4xx).
//!
//! Why it matters: clients retry on timeouts; without honoured keys every retry of a
//! payment or an invoice is a duplicate, and a key reused with other data silently
//! replays the wrong result.

use accord_spec::{HeaderRole, ParamIn};
use serde_json::Value;

use super::{CaseKind, Check, Scenario};
use crate::runner::Runner;

pub struct IdempotencyReplay;

impl Check for IdempotencyReplay {
    fn id(&self) -> &'static str {
        "idempotency_replay"
    }

    fn scenario<'s, 'c: 's>(&'s self, r: &'s mut Runner<'c>) -> Scenario<'s> {
        Box::pin(async move {
            for res in r.resources.clone() {
                let Some(create) = res.create else { continue };
                let op = r.op(create);
                let Some(key_param) = op
                    .parameters
                    .iter()
                    .find(|p| p.location == ParamIn::Header && HeaderRole::Idempotency.is(&p.name))
                else {
                    continue;
                };
                let key_name = key_param.name.clone();
                if !r.allowed(op.method) || !r.budget_left() {
                    continue;
                }
                // The first step must succeed for the replay to mean anything: cases the
                // API already accepted come first, then other generated data.
                let mut accepted = None;
                let mut refused = Vec::new();
                for case in r.step_cases(create, 0, 11) {
                    if !r.budget_left() {
                        break;
                    }
                    let req = r.request(create, &case, Some(0));
                    let Some((_, first)) = r
                        .send_request(create, req.clone(), &case, Some(0), CaseKind::Scenario)
                        .await
                    else {
                        continue;
                    };
                    if first.is_success() {
                        accepted = Some((case, req, first));
                        break;
                    }
                    refused.push(first.status.to_string());
                }
                let Some((case, req, first)) = accepted else {
                    if !refused.is_empty() {
                        let why = format!(
                            "no 2xx create to replay (it answered {})",
                            refused.join(", ")
                        );
                        r.not_exercised(self.id(), create, &why);
                    }
                    continue;
                };
                let Some((req2, second)) = r
                    .send_request(create, req.clone(), &case, Some(0), CaseKind::Scenario)
                    .await
                else {
                    continue;
                };
                r.judged(self.id(), create);
                let id1 = r.created_id(&res, &first);
                let id2 = if second.is_success() {
                    r.created_id(&res, &second)
                } else {
                    None
                };
                if second.status != first.status {
                    let msg = format!(
                        "replay with the same key and body answered {} after {}",
                        second.status, first.status
                    );
                    r.record(self.id(), create, msg, &req2);
                } else if id1 != id2 {
                    let show =
                        |v: &Option<Value>| v.as_ref().map_or("none".to_string(), Value::to_string);
                    let msg = format!(
                        "replay with the same key and body created a duplicate: {} then {}",
                        show(&id1),
                        show(&id2)
                    );
                    r.record(self.id(), create, msg, &req2);
                }
                // Same key, another body.
                let mut other = None;
                for n in 12..20 {
                    if let Some(c) = r.valid_case(create, 0, n) {
                        if c.body != case.body {
                            other = Some(c);
                            break;
                        }
                    }
                }
                let Some(mut other) = other else { continue };
                let key = case
                    .params
                    .get(&(ParamIn::Header, key_name.clone()))
                    .cloned();
                if let Some(key) = key {
                    other.params.insert((ParamIn::Header, key_name), key);
                }
                let refusal = CaseKind::Refusal {
                    what: "an idempotency key reused with another body",
                };
                let Some((req3, third)) = r.send(create, &other, Some(0), refusal).await else {
                    continue;
                };
                if third.is_success() {
                    let msg = format!(
                        "the same key with another body was accepted with status {}",
                        third.status
                    );
                    r.record(self.id(), create, msg, &req3);
                }
            }
        })
    }
}
