//! Pagination of a stored collection in the style the list operation declares: a cursor
//! parameter (the cursor is the last item's ID, `starting_after`-style, so a deletion
//! between pages neither repeats nor skips), a page number and size (1-based unless the
//! parameter allows 0), or an offset; a limit parameter always caps the page. The next
//! page is announced where the documented body has room for it (a `next_cursor`-like
//! field, a `has_more`-like flag, totals, page numbers, a `next` URL) and in a `Link:
//! rel="next"` header when the body has no cursor field.

use accord_spec::{Contract, Operation, ParamIn};
use serde_json::{Map, Value};

use crate::mock::store::Collection;
use crate::page_fields;
use crate::plan;

/// What a query key or value escapes: everything but RFC 3986's unreserved characters.
const QUERY_VALUE: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Items per page when the request sets no limit.
const DEFAULT_LIMIT: usize = 10;

/// The pagination parameters of a list operation.
#[derive(Clone, Debug, Default)]
pub(crate) struct Paging {
    cursor: Option<String>,
    limit: Option<String>,
    page: Option<String>,
    page_zero_based: bool,
    offset: Option<String>,
    default_limit: usize,
    max_limit: usize,
}

/// Where a request asks to start, and how many.
pub(crate) enum Start {
    /// After the item with this ID (a cursor).
    After(String),
    /// At this index.
    Index(usize),
}

/// One page, cut.
pub(crate) struct Page {
    pub items: Vec<Value>,
    pub total: usize,
    pub limit: usize,
    /// The cursor of the next page (the last item's ID) when there is one.
    pub next_cursor: Option<String>,
    /// The index of the next page's first item when there is one.
    pub next_index: Option<usize>,
    /// The 1-based page number served (page style), for page fields.
    pub page_number: usize,
}

impl Paging {
    pub fn of(contract: &Contract, op: &Operation) -> Paging {
        let query = || {
            op.parameters
                .iter()
                .filter(|p| p.location == ParamIn::Query)
        };
        // A forward cursor (`starting_after`, `cursor`) before a backward one (`ending_before`).
        let cursor = query()
            .filter(|p| plan::is_cursor_param(&p.name))
            .min_by_key(|p| p.name.to_ascii_lowercase().contains("before"))
            .map(|p| p.name.clone());
        let limit_param = query().find(|p| plan::is_limit_param(&p.name));
        let (mut default_limit, mut max_limit) = (DEFAULT_LIMIT, usize::MAX);
        if let Some(schema) = limit_param.and_then(|p| p.schema) {
            let s = contract.schemas.merged(schema);
            if let Some(max) = s.maximum.as_ref().filter(|b| b.value >= 1.0) {
                max_limit = max.value as usize;
            }
            if let Some(d) = s.default.as_ref().and_then(Value::as_u64) {
                default_limit = d as usize;
            }
            if let Some(min) = s.minimum.as_ref() {
                default_limit = default_limit.max(min.value.max(0.0) as usize);
            }
            default_limit = default_limit.clamp(1, max_limit);
        }
        let page = query().find(|p| is_page_param(&p.name));
        let page_zero_based = page
            .and_then(|p| p.schema)
            .map(|s| contract.schemas.merged(s))
            .is_some_and(|s| s.minimum.as_ref().is_some_and(|m| m.value <= 0.0));
        Paging {
            cursor,
            limit: limit_param.map(|p| p.name.clone()),
            page: page.map(|p| p.name.clone()),
            page_zero_based,
            offset: query()
                .find(|p| is_offset_param(&p.name))
                .map(|p| p.name.clone()),
            default_limit,
            max_limit,
        }
    }

    /// The page size and start a request asks for.
    pub fn request(&self, query: &[(String, String)]) -> (usize, Option<Start>) {
        let get = |name: &Option<String>| {
            let name = name.as_deref()?;
            query
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let limit = get(&self.limit)
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(self.default_limit)
            .clamp(1, self.max_limit.max(1));
        if let Some(c) = get(&self.cursor).filter(|c| !c.is_empty()) {
            return (limit, Some(Start::After(c.to_string())));
        }
        if let Some(page) = get(&self.page).and_then(|v| v.parse::<usize>().ok()) {
            let first = usize::from(!self.page_zero_based);
            let index = page.saturating_sub(first).saturating_mul(limit);
            return (limit, Some(Start::Index(index)));
        }
        if let Some(offset) = get(&self.offset).and_then(|v| v.parse::<usize>().ok()) {
            return (limit, Some(Start::Index(offset)));
        }
        (limit, None)
    }

    /// The query of the next page: `query` with the cursor, page or offset moved on.
    pub fn next_query(&self, query: &[(String, String)], page: &Page) -> Option<String> {
        let (name, value) = match (&self.cursor, &page.next_cursor, &self.page, &self.offset) {
            (Some(c), Some(next), _, _) => (c.clone(), next.clone()),
            (_, _, Some(p), _) => {
                let next = page.page_number + 1 - usize::from(self.page_zero_based);
                (p.clone(), next.to_string())
            }
            (_, _, _, Some(o)) => (o.clone(), page.next_index?.to_string()),
            _ => return None,
        };
        page.next_index?;
        let mut pairs: Vec<(String, String)> =
            query.iter().filter(|(n, _)| *n != name).cloned().collect();
        pairs.push((name, value));
        if let Some(l) = &self.limit
            && !pairs.iter().any(|(n, _)| n == l)
        {
            pairs.push((l.clone(), page.limit.to_string()));
        }
        let encode = |s: &str| percent_encoding::utf8_percent_encode(s, QUERY_VALUE).to_string();
        Some(
            pairs
                .iter()
                .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
                .collect::<Vec<_>>()
                .join("&"),
        )
    }

    /// Whether the operation takes a cursor.
    pub fn has_cursor(&self) -> bool {
        self.cursor.is_some()
    }
}

/// Cuts one page out of a collection's live items (in creation order) as `start` asks,
/// cloning only the page.
pub(crate) fn cut(items: &Collection, limit: usize, start: Option<Start>) -> Page {
    let total = items.len();
    let (from, window) = match start {
        None => (0, items.page(None, limit)),
        Some(Start::Index(i)) => (i.min(total), items.page_at(i, limit)),
        // A cursor pages after the item it names, even one deleted since; an unknown one
        // starts over.
        Some(Start::After(id)) => match items.position(&id) {
            Some(seq) => (items.count_through(seq), items.page(Some(seq), limit)),
            None => (0, items.page(None, limit)),
        },
    };
    let to = from + window.len();
    let more = to < total;
    Page {
        next_cursor: more
            .then(|| window.last().map(|(id, _)| id.to_string()))
            .flatten(),
        items: window.into_iter().map(|(_, v)| v.clone()).collect(),
        total,
        limit,
        next_index: more.then_some(to),
        page_number: from / limit.max(1) + 1,
    }
}

/// What a cursor field holds on the last page: nothing (removed), `null`, or `""` (each
/// tried in turn until the body is valid: a required, non-nullable cursor can only be
/// emptied). A consumer reads all three as "no next page".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LastCursor {
    Removed,
    Null,
    Empty,
}

/// Fields of a list body that announce pagination, set from `page` where the documented
/// body already has them (same JSON type). Returns whether a cursor field took the next
/// cursor (else the `Link` header carries it).
pub(crate) fn annotate(
    body: &mut Value,
    page: &Page,
    next_url: Option<&str>,
    last: LastCursor,
) -> bool {
    let mut carried = false;
    each_announcing_map(body, |map, raw_cursors| {
        carried |= annotate_map(map, page, next_url, last, raw_cursors)
    });
    carried
}

/// A list body the mock cannot page (its items are not one array: Google's `aggregated`
/// lists key them by scope) made the last page: no next cursor or link, `has_more`-like
/// flags false; totals and the items stay as documented. A client following the cursor
/// stops instead of being handed the sample's cursor forever.
pub(crate) fn end(body: &mut Value, last: LastCursor) {
    each_announcing_map(body, |map, _| {
        let keys: Vec<String> = map.keys().cloned().collect();
        for key in keys {
            let norm = page_fields::normalized(&key);
            match map.get(&key) {
                Some(Value::String(_) | Value::Null)
                    if page_fields::is_next_cursor_field(&norm) =>
                {
                    end_cursor(map, &key, last)
                }
                Some(Value::Bool(_)) if page_fields::is_more_flag(&norm) => {
                    map.insert(key, Value::Bool(false));
                }
                _ => {}
            }
        }
    });
}

/// Calls `f` on the body's own object, then on each container that holds paging fields,
/// and each container inside one of those (`meta.cursors`), saying whether the object
/// holds raw cursors by role ([`page_fields::CURSORS`]).
fn each_announcing_map(body: &mut Value, mut f: impl FnMut(&mut Map<String, Value>, bool)) {
    let Value::Object(map) = body else {
        return;
    };
    f(map, false);
    for container in page_fields::CONTAINERS {
        let Some(Value::Object(inner)) = map.get_mut(container) else {
            continue;
        };
        f(inner, container == page_fields::CURSORS);
        for nested in page_fields::CONTAINERS {
            if let Some(Value::Object(cursors)) = inner.get_mut(nested) {
                f(cursors, nested == page_fields::CURSORS);
            }
        }
    }
}

/// The cursor field `key` of the last page, written the way `last` says.
fn end_cursor(map: &mut Map<String, Value>, key: &str, last: LastCursor) {
    match last {
        LastCursor::Removed => {
            map.remove(key);
        }
        LastCursor::Null => {
            map.insert(key.to_string(), Value::Null);
        }
        LastCursor::Empty => {
            map.insert(key.to_string(), Value::String(String::new()));
        }
    }
}

/// Sets the paging fields of one object; `raw_cursors`: its cursor fields hold cursors
/// whatever their names (`cursors.next`), unless the documented value is a URL.
fn annotate_map(
    map: &mut Map<String, Value>,
    page: &Page,
    next_url: Option<&str>,
    last: LastCursor,
    raw_cursors: bool,
) -> bool {
    let has_more = page.next_index.is_some();
    let mut carried = false;
    let keys: Vec<String> = map.keys().cloned().collect();
    for key in keys {
        let norm = page_fields::normalized(&key);
        let Some(slot) = map.get_mut(&key) else {
            continue;
        };
        match (norm.as_str(), &*slot) {
            (field, Value::String(_) | Value::Null) if page_fields::is_next_cursor_field(field) => {
                let url_like = slot.as_str().is_some_and(is_url)
                    || !raw_cursors && page_fields::is_next_url_field(&norm);
                let value = if url_like {
                    next_url.map(str::to_string)
                } else {
                    page.next_cursor.clone()
                };
                match value {
                    Some(v) if has_more => {
                        *slot = Value::String(v);
                        carried = true;
                    }
                    _ => end_cursor(map, &key, last),
                }
            }
            (flag, Value::Bool(_)) if page_fields::is_more_flag(flag) => {
                *slot = Value::Bool(has_more)
            }
            (
                "total" | "totalcount" | "totalitems" | "totalresults" | "totalsize"
                | "totalrecords" | "totalelements",
                Value::Number(_),
            ) => *slot = Value::from(page.total as u64),
            ("totalpages" | "pagecount" | "numpages", Value::Number(_)) => {
                *slot = Value::from(page.total.div_ceil(page.limit.max(1)) as u64)
            }
            ("pagesize" | "perpage" | "limit" | "size", Value::Number(_)) => {
                *slot = Value::from(page.limit as u64)
            }
            ("page" | "pagenumber" | "currentpage", Value::Number(_)) => {
                *slot = Value::from(page.page_number as u64)
            }
            _ => {}
        }
    }
    carried
}

fn is_url(old: &str) -> bool {
    old.starts_with("http://") || old.starts_with("https://") || old.starts_with('/')
}

fn is_page_param(name: &str) -> bool {
    let n = page_fields::normalized(name);
    matches!(
        n.as_str(),
        "page" | "pagenumber" | "pageno" | "pageindex" | "pagenum"
    )
}

fn is_offset_param(name: &str) -> bool {
    let n = page_fields::normalized(name);
    matches!(n.as_str(), "offset" | "skip" | "start" | "startindex")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn raw_cursors_by_role_take_the_cursor_and_links_take_the_url() {
        // Apideck: `meta.cursors.next` is a cursor, `links.next` the next page's URL.
        let mut body = json!({
            "data": [],
            "meta": {"cursors": {"previous": null, "next": "em9oby1jcm06OnBhZ2U6OjM="}},
            "links": {"next": "https://unify.example.com/crm/users?cursor=old"}
        });
        let page = Page {
            items: Vec::new(),
            total: 5,
            limit: 2,
            next_cursor: Some("u2".into()),
            next_index: Some(2),
            page_number: 1,
        };
        let url = "http://127.0.0.1:4010/crm/users?limit=2&cursor=u2";
        assert!(annotate(&mut body, &page, Some(url), LastCursor::Removed));
        assert_eq!(body["meta"]["cursors"]["next"], json!("u2"));
        assert_eq!(body["links"]["next"], json!(url));
        // The last page announces no next page anywhere.
        let last = Page {
            next_cursor: None,
            next_index: None,
            ..page
        };
        annotate(&mut body, &last, None, LastCursor::Null);
        assert_eq!(body["meta"]["cursors"]["next"], Value::Null);
        assert_eq!(body["links"]["next"], Value::Null);
    }
}
