//! `pagination_consistency`
//!
//! What it checks: following a list operation's server-issued cursors from the first page
//! visits every item once (no repeats, none of the run's own items missing), honours the
//! page-size limit, and terminates (no cursor comes back twice, no run of empty pages that
//! keeps issuing cursors). Cursors are only ever taken from the server, never invented.
//!
//! The page size aims at about [`PAGES_AIMED`] pages for the items the run knows of, at
//! least 2 so that even a handful of items spans pages; a list longer than
//! [`MAX_PAGES`] pages is a large dataset, not a defect: the pages walked are judged and
//! the walk stops there. Every list is walked at once, one page of each per round, so
//! the walks cost the longest one's time, not their sum.
//!
//! Why it matters: sync jobs page through vendor data; a repeated or skipped item is a
//! duplicate or a silent loss downstream, and a cursor loop is a job that never ends.

use std::collections::BTreeSet;

use accord_spec::ParamIn;
use serde_json::{Value, json};

use super::{CaseKind, Check, Scenario};
use crate::plan::{self, Resource};
use crate::request::{Case, HttpRequest, HttpResponse};
use crate::runner::{Pending, Runner};

pub struct PaginationConsistency;

/// Most pages walked: past them the list is taken as a large dataset and the walk stops.
const MAX_PAGES: usize = 200;
/// Pages a walk aims at for the items the run knows of.
const PAGES_AIMED: usize = 8;
/// The largest page size asked for when the contract sets no maximum.
const LARGEST_LIMIT: i64 = 100;
/// Items the run makes sure exist before walking.
const MIN_ITEMS: usize = 5;

/// One list's walk through its pages.
struct Walk {
    res: Resource,
    list: usize,
    /// The request of the next page: the first page's, then with the last cursor.
    case: Case,
    cursor: String,
    limit: Option<i64>,
    page: usize,
    seen: BTreeSet<String>,
    cursors: BTreeSet<String>,
    /// Still walking.
    live: bool,
    /// Reached the last page.
    complete: bool,
}

impl Check for PaginationConsistency {
    fn id(&self) -> &'static str {
        "pagination_consistency"
    }

    fn scenario<'s, 'c: 's>(&'s self, r: &'s mut Runner<'c>) -> Scenario<'s> {
        Box::pin(async move {
            let mut walks = Vec::new();
            for res in r.resources.clone() {
                if !r.budget_left() {
                    break;
                }
                if let Some(walk) = start(r, res).await {
                    walks.push(walk);
                }
            }
            while r.budget_left() && walks.iter().any(|w| w.live) {
                let live: Vec<usize> = (0..walks.len()).filter(|&i| walks[i].live).collect();
                let pending = live
                    .iter()
                    .map(|&i| Pending {
                        op: walks[i].list,
                        case: walks[i].case.clone(),
                        tenant: Some(0),
                        kind: CaseKind::Scenario,
                    })
                    .collect();
                let answers = r.send_all(pending).await;
                for (i, answer) in live.into_iter().zip(answers) {
                    let walk = &mut walks[i];
                    walk.page += 1;
                    match answer {
                        Some((req, resp)) => self.turn(r, walk, &req, &resp),
                        None => walk.live = false,
                    }
                }
            }
            for walk in walks.iter().filter(|w| w.complete) {
                self.missing(r, walk);
            }
        })
    }
}

/// The walk of `res`'s list, once the run has made sure it holds a few items of its own;
/// `None` when the list takes no cursor.
async fn start(r: &mut Runner<'_>, res: Resource) -> Option<Walk> {
    let list = res.list?;
    let op = r.op(list);
    let cursor = op
        .parameters
        .iter()
        // A forward cursor (`starting_after`) before a backward one (`ending_before`).
        .filter(|p| p.location == ParamIn::Query && plan::is_cursor_param(&p.name))
        .min_by_key(|p| p.name.to_ascii_lowercase().contains("before"))?
        .name
        .clone();
    let own = |r: &Runner<'_>| {
        r.pools
            .created
            .get(&res.collection)
            .map_or(0, |v| v.iter().filter(|(t, _)| *t == 0).count())
    };
    let mut n = 20;
    while r.allowed(accord_spec::Method::Post) && own(r) < MIN_ITEMS && n < 30 {
        r.create(&res, 0, n).await;
        n += 1;
    }
    let limit_param = op
        .parameters
        .iter()
        .find(|p| p.location == ParamIn::Query && plan::is_limit_param(&p.name));
    let known = own(r) + r.pools.listed.get(&res.collection).map_or(0, Vec::len);
    let limit = limit_param.map(|p| {
        let (lo, hi) = p.schema.map_or((1, LARGEST_LIMIT), |s| {
            crate::strategy::int_bounds(&r.contract.schemas.merged(s))
        });
        let aimed = (known / PAGES_AIMED).max(2) as i64;
        aimed.min(hi.min(LARGEST_LIMIT)).max(lo)
    });
    let mut case = r.valid_case(list, 0, 0)?;
    case.params.retain(|(loc, name), _| {
        op.parameters
            .iter()
            .any(|p| p.location == *loc && p.name == *name && p.required)
    });
    case.params.shift_remove(&(ParamIn::Query, cursor.clone()));
    if let (Some(p), Some(v)) = (limit_param, limit) {
        case.params
            .insert((ParamIn::Query, p.name.clone()), json!(v));
    }
    Some(Walk {
        res,
        list,
        case,
        cursor,
        limit,
        page: 0,
        seen: BTreeSet::new(),
        cursors: BTreeSet::new(),
        live: true,
        complete: false,
    })
}

impl PaginationConsistency {
    /// Judges the page a walk just got, and sets it up for the next one or ends it.
    fn turn(&self, r: &mut Runner<'_>, walk: &mut Walk, req: &HttpRequest, resp: &HttpResponse) {
        let (list, page) = (walk.list, walk.page);
        walk.live = false;
        if page == 1 && !resp.is_success() {
            let why = format!("the first page answered {}", resp.status);
            r.not_exercised(self.id(), list, &why);
        }
        if !resp.is_success() {
            if page > 1 && resp.status != 429 {
                let msg = format!(
                    "page {page}: a cursor the server issued was refused with status {}",
                    resp.status
                );
                r.record(self.id(), list, msg, req);
            }
            return;
        }
        r.judged(self.id(), list);
        let body = resp.json().unwrap_or(Value::Null);
        let items = plan::list_items(&body).cloned().unwrap_or_default();
        if let Some(l) = walk.limit {
            if items.len() as i64 > l {
                let msg = format!(
                    "page {page} has {} items, more than the limit {l}",
                    items.len()
                );
                r.record(self.id(), list, msg, req);
                return;
            }
        }
        let mut repeated = None;
        for item in &items {
            let Some(id) = item.get(&walk.res.id_field).or_else(|| item.get("id")) else {
                continue;
            };
            if !walk.seen.insert(id.to_string()) && repeated.is_none() {
                repeated = Some(id.to_string());
            }
        }
        if let Some(id) = repeated {
            let msg = format!("item {id} returned again on page {page}");
            r.record(self.id(), list, msg, req);
            return;
        }
        let Some(next) = plan::next_cursor(&body, resp.header("link"), &walk.cursor) else {
            walk.complete = true;
            return;
        };
        if !walk.cursors.insert(next.clone())
            || items.is_empty() && page > 1 && walk.cursors.len() > 3
        {
            let msg = format!(
                "page {page} returned a cursor already followed: pagination never terminates"
            );
            r.record(self.id(), list, msg, req);
            return;
        }
        if page < MAX_PAGES {
            walk.case
                .params
                .insert((ParamIn::Query, walk.cursor.clone()), Value::String(next));
            walk.live = true;
        }
    }

    /// A walk that reached its last page: the run's own items it never met.
    fn missing(&self, r: &mut Runner<'_>, walk: &Walk) {
        let deleted = r
            .pools
            .deleted
            .get(&walk.res.collection)
            .cloned()
            .unwrap_or_default();
        let missing: Vec<String> = r
            .pools
            .created
            .get(&walk.res.collection)
            .map(|v| {
                v.iter()
                    .filter(|(t, id)| {
                        *t == 0 && !deleted.contains(id) && !walk.seen.contains(&id.to_string())
                    })
                    .map(|(_, id)| id.to_string())
                    .collect()
            })
            .unwrap_or_default();
        if let Some(first) = missing.first() {
            let req = r.request(walk.list, &walk.case, Some(0));
            let msg = format!(
                "{} item(s) created by this run never appeared in the pages (first: {first})",
                missing.len()
            );
            r.record(self.id(), walk.list, msg, &req);
        }
    }
}
