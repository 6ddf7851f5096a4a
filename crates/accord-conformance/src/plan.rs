//! Stateful plan inference: which operations form a resource (REST conventions: `POST` a
//! collection creates, the created ID feeds `GET`, `PATCH`, `PUT`, `DELETE` of the item),
//! OpenAPI links that say where a parameter comes from, and the pools of values only the
//! server may issue: IDs of resources the run created or listed, and pagination cursors.
//! Opaque tokens are never invented; references to other resources are never guessed.

use std::collections::BTreeMap;

use accord_spec::{Contract, HeaderRole, Method, Operation, ParamIn, PathKey};
use serde_json::Value;

use crate::page_fields;

/// A collection and its item operations (indices into `contract.operations`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Resource {
    /// The collection path template, e.g. `/customers`.
    pub collection: String,
    /// The item path template, e.g. `/customers/{customerId}`.
    pub item: Option<String>,
    /// The item path's last parameter.
    pub id_param: Option<String>,
    /// The field of a created/listed item holding its ID (from a link, else `id`).
    pub id_field: String,
    pub list: Option<usize>,
    pub create: Option<usize>,
    pub get: Option<usize>,
    pub update: Option<usize>,
    pub delete: Option<usize>,
}

/// Infers every resource of the contract.
pub fn resources(contract: &Contract) -> Vec<Resource> {
    let mut out: Vec<Resource> = Vec::new();
    for (i, op) in contract.operations.iter().enumerate() {
        // `/#X-Amz-Target=Svc.Action`: an action called by name (JSON-RPC over one URL),
        // not a resource path.
        if PathKey::parse(&op.path).selector.is_some() {
            continue;
        }
        let (collection, is_item) = match last_param(&op.path) {
            Some(_) => (parent(&op.path), true),
            None => (op.path.clone(), false),
        };
        let pos = match out.iter().position(|r| r.collection == collection) {
            Some(p) => p,
            None => {
                out.push(Resource {
                    collection: collection.clone(),
                    id_field: "id".into(),
                    ..Resource::default()
                });
                out.len() - 1
            }
        };
        let r = &mut out[pos];
        if is_item {
            if r.item.as_ref().is_some_and(|p| p != &op.path) {
                continue;
            }
            r.item = Some(op.path.clone());
            r.id_param = last_param(&op.path);
            match op.method {
                Method::Get => r.get = Some(i),
                Method::Patch => r.update = Some(i),
                Method::Put => {
                    r.update.get_or_insert(i);
                }
                Method::Delete => r.delete = Some(i),
                _ => {}
            }
        } else {
            match op.method {
                Method::Get => r.list = Some(i),
                Method::Post => r.create = Some(i),
                _ => {}
            }
        }
    }
    for r in &mut out {
        if let Some(field) = r.create.and_then(|c| {
            let create = &contract.operations[c];
            link_field(create, r.id_param.as_deref())
                .or_else(|| param_named_field(contract, create, r.id_param.as_deref()))
        }) {
            r.id_field = field;
        }
    }
    out.retain(|r| r.list.is_some() || r.create.is_some() || r.item.is_some());
    out
}

/// The body field a link of `op`'s responses maps onto `param` (`$response.body#/id`).
fn link_field(op: &Operation, param: Option<&str>) -> Option<String> {
    let param = param?;
    for resp in op.success_responses() {
        for link in &resp.links {
            for (name, expr) in &link.parameters {
                let name = name.rsplit('.').next().unwrap_or(name);
                if name == param {
                    if let Some(ptr) = expr
                        .as_str()
                        .and_then(|e| e.strip_prefix("$response.body#/"))
                    {
                        return Some(ptr.to_string());
                    }
                }
            }
        }
    }
    None
}

/// The body field of `op`'s success answers named like the item path's parameter, when
/// the answer has no `id`: `POST /missionprofile` answers `{missionProfileId}` for
/// `/missionprofile/{missionProfileId}` (AWS's REST-JSON APIs name every ID this way).
fn param_named_field(contract: &Contract, op: &Operation, param: Option<&str>) -> Option<String> {
    let param = param?;
    let schemas = op
        .success_responses()
        .flat_map(|resp| resp.content.iter())
        .filter_map(|media| media.schema)
        .map(|id| contract.schemas.merged(id));
    for schema in schemas {
        if schema.properties.contains_key("id") {
            return None;
        }
        if schema.properties.contains_key(param) {
            return Some(param.to_string());
        }
    }
    None
}

/// The last `{param}` of a path when the path ends with it.
pub fn last_param(path: &str) -> Option<String> {
    let seg = path.trim_end_matches('/').rsplit('/').next()?;
    seg.strip_prefix('{')
        .and_then(|s| s.strip_suffix('}'))
        .map(str::to_string)
}

/// The path without its last segment.
pub fn parent(path: &str) -> String {
    let p = path.trim_end_matches('/');
    match p.rfind('/') {
        Some(0) | None => "/".into(),
        Some(i) => p[..i].to_string(),
    }
}

/// The collection a path parameter's value belongs to: the path up to that parameter.
pub fn collection_of_param(path: &str, param: &str) -> Option<String> {
    let marker = format!("/{{{param}}}");
    path.find(&marker).map(|i| {
        if i == 0 {
            "/".to_string()
        } else {
            path[..i].to_string()
        }
    })
}

/// Whether a query parameter carries an opaque, server-issued token (a cursor).
pub fn is_cursor_param(name: &str) -> bool {
    let n = page_fields::normalized(name);
    matches!(
        n.as_str(),
        "cursor"
            | "pagetoken"
            | "nexttoken"
            | "continuation"
            | "continuationtoken"
            | "after"
            | "before"
            | "startingafter"
            | "endingbefore"
            | "pagecursor"
            | "next"
            | "nextcursor"
            | "skiptoken"
    ) || n.ends_with("cursor")
}

/// Whether a query parameter sets a page size.
pub fn is_limit_param(name: &str) -> bool {
    let n = page_fields::normalized(name);
    matches!(
        n.as_str(),
        "limit" | "pagesize" | "perpage" | "maxresults" | "size" | "first" | "top" | "count"
    )
}

/// The correlation header the contract declares (a request header parameter or a response
/// header), if any.
pub fn correlation_header(contract: &Contract) -> Option<String> {
    contract.operations.iter().find_map(|op| {
        op.parameters
            .iter()
            .find(|p| p.location == ParamIn::Header && HeaderRole::Correlation.is(&p.name))
            .map(|p| p.name.clone())
            .or_else(|| {
                op.responses
                    .iter()
                    .flat_map(|r| r.headers.iter())
                    .find(|h| HeaderRole::Correlation.is(&h.name))
                    .map(|h| h.name.clone())
            })
    })
}

/// The collection a `fooId` / `foo_id` field or parameter refers to, if one matches.
pub fn referenced_collection<'a>(name: &str, resources: &'a [Resource]) -> Option<&'a Resource> {
    let lower = name.to_ascii_lowercase();
    let stem = lower
        .strip_suffix("_id")
        .or_else(|| lower.strip_suffix("id"))?
        .trim_end_matches(['-', '_']);
    if stem.is_empty() {
        return None;
    }
    resources.iter().find(|r| {
        let last = r
            .collection
            .rsplit('/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
            .replace(['-', '_'], "");
        last == format!("{stem}s")
            || last == format!("{stem}es")
            || last == stem
            || last == format!("{}ies", stem.trim_end_matches('y'))
    })
}

/// The member an answer wraps its resource in (Apideck's `{"status": "OK", "data": {..}}`):
/// where [`id_value`] looks for an ID not at the top, and what the mock's store unwraps.
pub const WRAPPER: &str = "data";

/// The ID field of a resource body: `field` at the top (a JSON pointer without its leading
/// `/` when it holds one: `data/id`), else inside a `data` wrapper (Apideck's
/// `{"status": "OK", "data": {"id": ...}}`). The mock stores and the runner harvests by it,
/// so both find the same ID.
pub fn id_value<'a>(body: &'a Value, field: &str) -> Option<&'a Value> {
    if field.contains('/') {
        body.pointer(&format!("/{field}"))
    } else {
        body.get(field)
            .or_else(|| body.get(WRAPPER).and_then(|d| d.get(field)))
    }
}

/// Items of a list response: the body itself when an array, else its first array field
/// (`data`, `items`, `results`, ... by preference), passing over `errors` and `warnings`
/// lists (Square's `{"errors": [], "programs": [..]}`).
pub fn list_items(body: &Value) -> Option<&Vec<Value>> {
    const NOT_ITEMS: [&str; 2] = ["errors", "warnings"];
    match body {
        Value::Array(items) => Some(items),
        Value::Object(map) => [
            "data", "items", "results", "records", "values", "content", "elements",
        ]
        .iter()
        .find_map(|k| map.get(*k).and_then(Value::as_array))
        .or_else(|| {
            map.iter()
                .filter(|(k, _)| !NOT_ITEMS.contains(&k.to_ascii_lowercase().as_str()))
                .find_map(|(_, v)| v.as_array())
        })
        .or_else(|| map.values().find_map(Value::as_array)),
        _ => None,
    }
}

/// The next-page cursor of a list response: a body field (named as
/// [`page_fields`](crate::page_fields) says, the most specific first), one in an object
/// that holds paging fields, or a `next` link's parameter.
pub fn next_cursor(body: &Value, link_header: Option<&str>, cursor_param: &str) -> Option<String> {
    if let Value::Object(map) = body {
        let mut fields: Vec<(usize, &Value)> = map
            .iter()
            .filter_map(|(k, v)| {
                Some((
                    page_fields::next_cursor_rank(&page_fields::normalized(k))?,
                    v,
                ))
            })
            .collect();
        fields.sort_by_key(|(rank, _)| *rank);
        for (_, value) in fields {
            match value {
                Value::String(s) if !s.is_empty() => {
                    return Some(from_url(s, cursor_param).unwrap_or_else(|| s.clone()));
                }
                Value::Object(o) => {
                    if let Some(c) = o.get("cursor").and_then(Value::as_str) {
                        return Some(c.to_string());
                    }
                    if let Some(href) = o.get("href").and_then(Value::as_str) {
                        return from_url(href, cursor_param);
                    }
                }
                _ => {}
            }
        }
        for container in page_fields::CONTAINERS {
            if let Some(inner) = map.get(container).filter(|v| v.is_object()) {
                if let Some(c) = next_cursor(inner, None, cursor_param) {
                    return Some(c);
                }
            }
        }
    }
    let link = link_header?;
    link.split(',')
        .find(|l| l.contains("rel=\"next\"") || l.contains("rel=next"))
        .and_then(|l| {
            let url = l
                .split(';')
                .next()?
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>');
            from_url(url, cursor_param)
        })
}

/// The value of `param` in a URL's query, decoded.
fn from_url(url: &str, param: &str) -> Option<String> {
    let (_, query) = url.split_once('?')?;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == param).then(|| {
            percent_encoding::percent_decode_str(v)
                .decode_utf8_lossy()
                .into_owned()
        })
    })
}

/// Values the server issued, by kind.
#[derive(Clone, Debug, Default)]
pub struct Pools {
    /// Collection → (tenant index, ID) of items created by this run, sorted: creates go
    /// concurrently, so the order the server saw them in must not change which ID a later
    /// case picks.
    pub created: BTreeMap<String, Vec<(usize, Value)>>,
    /// Collection → IDs seen in list responses (tenant 0's view), sorted like `created`.
    pub listed: BTreeMap<String, Vec<Value>>,
    /// Collection → IDs this run deleted.
    pub deleted: BTreeMap<String, Vec<Value>>,
    /// Operation index → cursors the server issued.
    pub cursors: BTreeMap<usize, Vec<String>>,
}

impl Pools {
    /// An ID of `collection` usable by `tenant`: created ones first, then listed ones.
    pub fn pick(
        &self,
        collection: &str,
        tenant: usize,
        n: usize,
        created_only: bool,
    ) -> Option<Value> {
        let deleted = self.deleted.get(collection);
        let alive = |v: &&Value| deleted.is_none_or(|d| !d.contains(v));
        let created: Vec<&Value> = self
            .created
            .get(collection)
            .map(|v| {
                v.iter()
                    .filter(|(t, _)| *t == tenant)
                    .map(|(_, id)| id)
                    .filter(alive)
                    .collect()
            })
            .unwrap_or_default();
        if !created.is_empty() {
            return Some(created[n % created.len()].clone());
        }
        if created_only || tenant != 0 {
            return None;
        }
        let listed: Vec<&Value> = self
            .listed
            .get(collection)
            .map(|v| v.iter().filter(alive).collect())
            .unwrap_or_default();
        (!listed.is_empty()).then(|| listed[n % listed.len()].clone())
    }

    pub fn add_created(&mut self, collection: &str, tenant: usize, id: Value) {
        let list = self.created.entry(collection.to_string()).or_default();
        let key = |(t, v): &(usize, Value)| (*t, v.to_string());
        let entry = (tenant, id);
        if let Err(at) = list.binary_search_by_key(&key(&entry), key) {
            list.insert(at, entry);
        }
    }

    pub fn add_listed(&mut self, collection: &str, id: Value) {
        let list = self.listed.entry(collection.to_string()).or_default();
        if list.len() < 1000 {
            if let Err(at) = list.binary_search_by_key(&id.to_string(), Value::to_string) {
                list.insert(at, id);
            }
        }
    }

    pub fn mark_deleted(&mut self, collection: &str, id: Value) {
        self.deleted
            .entry(collection.to_string())
            .or_default()
            .push(id);
    }

    pub fn add_cursor(&mut self, op: usize, cursor: String) {
        let list = self.cursors.entry(op).or_default();
        if list.len() < 100 && !list.contains(&cursor) {
            list.push(cursor);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn next_cursors_are_read_under_every_name_the_mock_writes() {
        // AWS: `nextToken`, which the runner once did not know, so its walks ended at page 1.
        let aws = json!({"missionProfileList": [{"missionProfileId": "a"}], "nextToken": "t2"});
        assert_eq!(next_cursor(&aws, None, "nextToken").as_deref(), Some("t2"));
        // The next page's cursor, not the current one's.
        let both = json!({"cursor": "now", "next_cursor": "later"});
        assert_eq!(next_cursor(&both, None, "cursor").as_deref(), Some("later"));
        let linked = json!({"links": {"next": "https://h/x?limit=2&cursor=c%3D3"}});
        assert_eq!(next_cursor(&linked, None, "cursor").as_deref(), Some("c=3"));
        let hal = json!({"_links": {"next": {"href": "/x?page_token=p4"}}});
        assert_eq!(next_cursor(&hal, None, "page_token").as_deref(), Some("p4"));
        assert_eq!(
            next_cursor(&json!({"nextToken": ""}), None, "nextToken"),
            None
        );
    }

    #[test]
    fn path_helpers() {
        assert_eq!(
            last_param("/customers/{customerId}").as_deref(),
            Some("customerId")
        );
        assert_eq!(parent("/customers/{customerId}"), "/customers");
        assert_eq!(
            collection_of_param("/a/{x}/b/{y}", "x").as_deref(),
            Some("/a")
        );
        assert!(
            is_cursor_param("page_token") && is_cursor_param("cursor") && !is_cursor_param("name")
        );
        let body = json!({"data": [], "nextCursor": "abc"});
        assert_eq!(next_cursor(&body, None, "cursor").as_deref(), Some("abc"));
        let link = r#"<https://x/items?cursor=q%3D1&limit=2>; rel="next""#;
        assert_eq!(
            next_cursor(&json!([]), Some(link), "cursor").as_deref(),
            Some("q=1")
        );
    }

    #[test]
    fn list_items_pass_over_error_lists() {
        let body = json!({"errors": [{"code": "X"}], "programs": [{"id": "p1"}]});
        assert_eq!(list_items(&body), Some(&vec![json!({"id": "p1"})]));
        let body = json!({"data": [{"id": "d1"}], "errors": []});
        assert_eq!(list_items(&body), Some(&vec![json!({"id": "d1"})]));
        let body = json!({"errors": [{"code": "X"}]});
        assert_eq!(list_items(&body), Some(&vec![json!({"code": "X"})]));
    }
}
