//! `pagination_consistency`
//!
//! What it checks: following a list operation's server-issued cursors from the first page
//! visits every item once (no repeats, none of the run's own items missing), honours the
//! page-size limit, and terminates (no cursor comes back twice; a bounded number of pages).
//! Cursors are only ever taken from the server, never invented.
//!
//! Why it matters: sync jobs page through vendor data; a repeated or skipped item is a
//! duplicate or a silent loss downstream, and a cursor loop is a job that never ends.

use std::collections::BTreeSet;

use accord_spec::ParamIn;
use serde_json::{Value, json};

use super::{CaseKind, Check, Scenario};
use crate::plan;
use crate::runner::Runner;

pub struct PaginationConsistency;

/// Most pages walked before the walk is declared endless.
const MAX_PAGES: usize = 200;
/// Items the run makes sure exist before walking.
const MIN_ITEMS: usize = 5;

impl Check for PaginationConsistency {
    fn id(&self) -> &'static str {
        "pagination_consistency"
    }

    fn scenario<'s, 'c: 's>(&'s self, r: &'s mut Runner<'c>) -> Scenario<'s> {
        Box::pin(async move {
            for res in r.resources.clone() {
                let Some(list) = res.list else { continue };
                let op = r.op(list);
                let Some(cursor) = op
                    .parameters
                    .iter()
                    // A forward cursor (`starting_after`) before a backward one (`ending_before`).
                    .filter(|p| p.location == ParamIn::Query && plan::is_cursor_param(&p.name))
                    .min_by_key(|p| p.name.to_ascii_lowercase().contains("before"))
                else {
                    continue;
                };
                let cursor = cursor.name.clone();
                let limit_param = op
                    .parameters
                    .iter()
                    .find(|p| p.location == ParamIn::Query && plan::is_limit_param(&p.name));
                let mut limit_value: Option<i64> = None;
                if let Some(p) = limit_param {
                    let (lo, hi) = p.schema.map_or((1, 100), |s| {
                        crate::strategy::int_bounds(&r.contract.schemas.merged(s))
                    });
                    limit_value = Some(2i64.clamp(lo, hi.max(lo)));
                }
                let limit_name = limit_param.map(|p| p.name.clone());
                if !r.budget_left() {
                    break;
                }
                let mut n = 20;
                while r.allowed(accord_spec::Method::Post)
                    && r.pools
                        .created
                        .get(&res.collection)
                        .map_or(0, |v| v.iter().filter(|(t, _)| *t == 0).count())
                        < MIN_ITEMS
                    && n < 30
                {
                    r.create(&res, 0, n).await;
                    n += 1;
                }
                let Some(mut case) = r.valid_case(list, 0, 0) else {
                    continue;
                };
                case.params.retain(|(loc, name), _| {
                    op.parameters
                        .iter()
                        .any(|p| p.location == *loc && p.name == *name && p.required)
                });
                case.params.shift_remove(&(ParamIn::Query, cursor.clone()));
                if let (Some(name), Some(v)) = (&limit_name, limit_value) {
                    case.params.insert((ParamIn::Query, name.clone()), json!(v));
                }
                let mut seen: BTreeSet<String> = BTreeSet::new();
                let mut cursors: BTreeSet<String> = BTreeSet::new();
                let mut complete = false;
                for page in 1..=MAX_PAGES {
                    if !r.budget_left() {
                        break;
                    }
                    let Some((req, resp)) = r.send(list, &case, Some(0), CaseKind::Scenario).await
                    else {
                        break;
                    };
                    if page == 1 && !resp.is_success() {
                        let why = format!("the first page answered {}", resp.status);
                        r.not_exercised(self.id(), list, &why);
                    }
                    if resp.is_success() {
                        r.judged(self.id(), list);
                    }
                    if !resp.is_success() {
                        if page > 1 && resp.status != 429 {
                            let msg = format!(
                                "page {page}: a cursor the server issued was refused with status {}",
                                resp.status
                            );
                            r.record(self.id(), list, msg, &req);
                        }
                        break;
                    }
                    let body = resp.json().unwrap_or(Value::Null);
                    let items = plan::list_items(&body).cloned().unwrap_or_default();
                    if let Some(l) = limit_value {
                        if items.len() as i64 > l {
                            let msg = format!(
                                "page {page} has {} items, more than the limit {l}",
                                items.len()
                            );
                            r.record(self.id(), list, msg, &req);
                            break;
                        }
                    }
                    let mut repeated = None;
                    for item in &items {
                        let Some(id) = item.get(&res.id_field).or_else(|| item.get("id")) else {
                            continue;
                        };
                        if !seen.insert(id.to_string()) && repeated.is_none() {
                            repeated = Some(id.to_string());
                        }
                    }
                    if let Some(id) = repeated {
                        let msg = format!("item {id} returned again on page {page}");
                        r.record(self.id(), list, msg, &req);
                        break;
                    }
                    match plan::next_cursor(&body, resp.header("link"), &cursor) {
                        None => {
                            complete = true;
                            break;
                        }
                        Some(c) => {
                            if !cursors.insert(c.clone())
                                || items.is_empty() && page > 1 && cursors.len() > 3
                            {
                                let msg = format!(
                                    "page {page} returned a cursor already followed: pagination never terminates"
                                );
                                r.record(self.id(), list, msg, &req);
                                break;
                            }
                            if page == MAX_PAGES {
                                let msg =
                                    format!("still not at the last page after {MAX_PAGES} pages");
                                r.record(self.id(), list, msg, &req);
                            }
                            case.params
                                .insert((ParamIn::Query, cursor.clone()), Value::String(c));
                        }
                    }
                }
                if complete {
                    let deleted = r
                        .pools
                        .deleted
                        .get(&res.collection)
                        .cloned()
                        .unwrap_or_default();
                    let missing: Vec<String> = r
                        .pools
                        .created
                        .get(&res.collection)
                        .map(|v| {
                            v.iter()
                                .filter(|(t, id)| {
                                    *t == 0
                                        && !deleted.contains(id)
                                        && !seen.contains(&id.to_string())
                                })
                                .map(|(_, id)| id.to_string())
                                .collect()
                        })
                        .unwrap_or_default();
                    if let Some(first) = missing.first() {
                        let req = r.request(list, &case, Some(0));
                        let msg = format!(
                            "{} item(s) created by this run never appeared in the pages (first: {first})",
                            missing.len()
                        );
                        r.record(self.id(), list, msg, &req);
                    }
                }
            }
        })
    }
}
