//! `tenant_isolation`
//!
//! What it checks: with two or more `--tenant`s, an item the first tenant owns (created by
//! the run, or listed when read-only) cannot be read, listed, changed or deleted by the
//! second.
//!
//! Why it matters: a multi-tenant API that leaks across tenants is a breach, whatever else
//! it gets right.

use accord_spec::{Method, ParamIn};
use serde_json::Value;

use super::{CaseKind, Check, Scenario};
use crate::plan;
use crate::runner::Runner;

pub struct TenantIsolation;

/// What the second tenant's reads and writes of the first tenant's item are.
const FOREIGN: &str = "another tenant's item";

/// Most list pages the second tenant walks looking for the first tenant's item.
const MAX_PAGES: usize = 50;

impl Check for TenantIsolation {
    fn id(&self) -> &'static str {
        "tenant_isolation"
    }

    fn scenario<'s, 'c: 's>(&'s self, r: &'s mut Runner<'c>) -> Scenario<'s> {
        Box::pin(async move {
            if r.tenant_count() < 2 {
                return;
            }
            let (a, b) = (
                r.config.tenants[0].name.clone(),
                r.config.tenants[1].name.clone(),
            );
            for res in r.resources.clone() {
                if !r.budget_left() {
                    break;
                }
                // Only an item the first tenant created in this run is surely its own: items
                // a list already shows may be reference data every tenant shares (a public
                // catalogue, a mock's seeded examples), and reporting those would blame the
                // API for what it is meant to do.
                let id = match r.create(&res, 0, 5).await {
                    Some((id, _, _)) => id,
                    None => {
                        for op in [res.get, res.list].into_iter().flatten() {
                            r.not_exercised(
                                self.id(),
                                op,
                                "no item the first tenant created in this run (no 2xx create)",
                            );
                        }
                        continue;
                    }
                };
                if let Some(get) = res.get {
                    if let Some(case) = r.item_case(get, &res, &id, 1) {
                        if let Some((req, resp)) = r
                            .send(get, &case, Some(1), CaseKind::Refusal { what: FOREIGN })
                            .await
                        {
                            r.judged(self.id(), get);
                            if resp.is_success() {
                                let msg = format!(
                                    "tenant `{b}` read item {id} of tenant `{a}` (status {})",
                                    resp.status
                                );
                                r.record(self.id(), get, msg, &req);
                            }
                        }
                    }
                }
                if let Some(list) = res.list {
                    let Some(mut case) = r.valid_case(list, 1, 0) else {
                        continue;
                    };
                    case.params.retain(|(loc, name), _| {
                        r.op(list).parameters.iter().any(|p| {
                            p.location == *loc
                                && p.name == *name
                                && (p.required || plan::is_limit_param(name))
                        })
                    });
                    let cursor = r
                        .op(list)
                        .parameters
                        .iter()
                        // A forward cursor (`starting_after`) before a backward one (`ending_before`).
                        .filter(|p| p.location == ParamIn::Query && plan::is_cursor_param(&p.name))
                        .min_by_key(|p| p.name.to_ascii_lowercase().contains("before"))
                        .map(|p| p.name.clone());
                    for _ in 0..MAX_PAGES {
                        let Some((req, resp)) =
                            r.send(list, &case, Some(1), CaseKind::Scenario).await
                        else {
                            break;
                        };
                        r.judged(self.id(), list);
                        let body = resp.json().unwrap_or(Value::Null);
                        let leaked = plan::list_items(&body).is_some_and(|items| {
                            items
                                .iter()
                                .any(|i| i.get(&res.id_field).or_else(|| i.get("id")) == Some(&id))
                        });
                        if resp.is_success() && leaked {
                            let msg = format!("tenant `{b}` listed item {id} of tenant `{a}`");
                            r.record(self.id(), list, msg, &req);
                            break;
                        }
                        let next = cursor.as_ref().and_then(|c| {
                            plan::next_cursor(&body, resp.header("link"), c).map(|v| (c.clone(), v))
                        });
                        match next {
                            Some((c, v)) if resp.is_success() => {
                                case.params.insert((ParamIn::Query, c), Value::String(v));
                            }
                            _ => break,
                        }
                    }
                }
                for (op, verb) in [(res.update, "changed"), (res.delete, "deleted")] {
                    let Some(op) = op else { continue };
                    if !r.allowed(r.op(op).method) || r.op(op).method == Method::Get {
                        continue;
                    }
                    let Some(case) = r.item_case(op, &res, &id, 1) else {
                        continue;
                    };
                    let refusal = CaseKind::Refusal { what: FOREIGN };
                    if let Some((req, resp)) = r.send(op, &case, Some(1), refusal).await {
                        r.judged(self.id(), op);
                        if resp.is_success() {
                            let msg = format!(
                                "tenant `{b}` {verb} item {id} of tenant `{a}` (status {})",
                                resp.status
                            );
                            r.record(self.id(), op, msg, &req);
                        }
                    }
                }
            }
        })
    }
}
