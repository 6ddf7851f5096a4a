//! The mock's state, the way the vendor keeps it: a created resource can be read, listed,
//! updated and deleted afterwards (a deleted or unknown one answers the contract's
//! 404/410), per tenant. Collections the contract lists are seeded from the list
//! operation's documented example. Every body served is the documented response with the
//! stored fields fitted in (`fit.rs`), so state never makes a response invalid.
//!
//! The tenant is the credential the request carries (the `Authorization` value, an API
//! key: a vendor's token is entitled to its tenant), else the contract's tenant header
//! (`X-Tenant-ID`) when the request has no credential. Collections are keyed by their path
//! template, not by the parent IDs of a nested path.

use std::cell::Cell;

use accord_spec::{Operation, ParamIn};
use http::{HeaderValue, header};
use serde_json::{Map, Value};

use super::engine::{MockEngine, Prepared, PreparedOp};
use super::envelope;
use super::fit::{id_of, with_id};
use super::list_body::ListBody;
use super::pagination::{self, LastCursor, Paging};
use super::params;
use super::resources::Role;
use super::store::{CollectionKey, Rendered};
use super::{MockRequest, MockResponse};
use crate::plan::{self, Resource};

/// What the stateful layer needs of a routed request.
pub(crate) struct Routed<'r, 'q> {
    pub index: usize,
    pub op: &'r Operation,
    pub prepared: &'r PreparedOp,
    pub req: &'r MockRequest<'q>,
    pub path_params: &'r [(String, String)],
    pub tenant: &'r str,
    /// The body as request validation read it as JSON, taken by the first
    /// [`MockEngine::request_value`] (a later one reads the body again).
    pub json_body: Cell<Option<Value>>,
}

impl MockEngine {
    /// The tenant a request acts for (see the module docs); empty when it names none.
    pub(crate) fn tenant_of(&self, index: usize, req: &MockRequest<'_>) -> String {
        let header_value = |name: &str| {
            req.headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        // Every credential together: a tenant told apart by any one of them is apart.
        let mut tenant = String::new();
        if let Some(v) = header_value("authorization") {
            tenant.push_str(&v);
        }
        let query = params::parse_query(req.query);
        for name in self.credential_names(index) {
            let value = header_value(name).or_else(|| {
                query
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.clone())
            });
            if let Some(v) = value {
                tenant.push('\n');
                tenant.push_str(&v);
            }
        }
        if !tenant.is_empty() {
            return tenant;
        }
        self.resources
            .tenant_header(index)
            .and_then(header_value)
            .map(|v| format!("tenant:{v}"))
            .unwrap_or_default()
    }

    /// The stateful answer to a request of a resource operation, `None` when the state has
    /// nothing to say (then the stateless answer stands).
    pub(crate) fn stateful(&self, r: &Routed<'_, '_>) -> Option<MockResponse> {
        let (role, resource) = self.resources.role(r.index)?;
        let p = self.prepared_default(r)?;
        // Keyed by the collection's template: an item is found under whichever parent the
        // client names (`/companies/{companyId}/customers/{id}`), as the conformance runner
        // assumes; tenants are apart by credential.
        let key = CollectionKey {
            tenant: r.tenant.to_string(),
            path: resource.collection.clone(),
        };
        let seed = || self.seed(resource, r);
        match role {
            Role::Create => self.create(r, resource, &p, &key, seed),
            Role::List => self.list(r, resource, &p, &key, seed),
            Role::Get | Role::Update | Role::Delete => {
                let id_param = resource.id_param.as_deref()?;
                let id = r
                    .path_params
                    .iter()
                    .find(|(n, _)| n == id_param)
                    .map(|(_, v)| v.clone())?;
                // A read is rendered once per state of its collection.
                let render_key =
                    (role == Role::Get).then(|| format!("item {} {} {id}", r.index, p.variant()));
                if let Some(hit) = render_key
                    .as_ref()
                    .and_then(|k| self.store.peek(&key, |c| c.rendered(k)).flatten())
                {
                    return Some(self.serve_rendered(r, &p, hit, Some(&id)));
                }
                let (found, deleted, body, generation) = self.store.with(&key, seed, |c, w| {
                    let found = c.get(&id).cloned();
                    let deleted = c.is_deleted(&id);
                    let body = match (&found, role) {
                        (Some(old), Role::Update) => {
                            let merged = merge(old, self.request_value(r).as_ref(), resource);
                            w.insert(c, id.clone(), merged.clone());
                            Some(merged)
                        }
                        (Some(old), Role::Delete) => {
                            w.delete(c, &id);
                            Some(old.clone())
                        }
                        (found, _) => found.clone(),
                    };
                    (found.is_some(), deleted, body, c.generation())
                });
                if !found {
                    let status = if deleted { [410, 404] } else { [404, 410] };
                    return self.missing(r, &status, &id);
                }
                let fitted = self.fitted(&p, &body?, &resource.id_field, &id);
                let rendered = Rendered {
                    body: self.body_bytes(&p, &fitted),
                    link: None,
                };
                if let Some(k) = render_key {
                    self.store
                        .peek(&key, |c| c.remember(generation, k, rendered.clone()));
                }
                Some(self.serve_rendered(r, &p, rendered, Some(&id)))
            }
        }
    }

    fn prepared_default(&self, r: &Routed<'_, '_>) -> Option<std::sync::Arc<Prepared>> {
        self.prepared(
            r.index,
            r.op,
            r.prepared,
            &super::engine::Choice {
                code: None,
                example: None,
                accept: r
                    .req
                    .headers
                    .get(header::ACCEPT)
                    .and_then(|v| v.to_str().ok()),
            },
        )
        .ok()
    }

    /// A collection's first contents, from the contract's examples: the list operation's
    /// documented items, and the item operation's documented body under its own ID and
    /// under the ID parameter's example (so the documented example requests work).
    fn seed(&self, resource: &Resource, r: &Routed<'_, '_>) -> Vec<(String, Value)> {
        let mut out: Vec<(String, Value)> = Vec::new();
        if let Some(body) = resource.list.and_then(|list| self.documented_body(list, r))
            && let Some(items) = plan::list_items(&body)
        {
            // An item without an ID is still listed, under its place in the example.
            out.extend(items.iter().enumerate().map(|(n, item)| {
                let id = id_of(item, &resource.id_field).unwrap_or_else(|| format!("#{n}"));
                (id, item.clone())
            }));
        }
        if let Some(get) = resource.get
            && let Some(body) = self.documented_body(get, r)
            && let Some(id) = id_of(&body, &resource.id_field)
        {
            let example = self.contract.operations.get(get).and_then(|op| {
                let p = op.parameter(ParamIn::Path, resource.id_param.as_deref()?)?;
                let value = p.examples.first().map(|e| &e.value)?;
                match value {
                    Value::String(s) => Some(s.clone()),
                    Value::Number(n) => Some(n.to_string()),
                    _ => None,
                }
            });
            if let Some(example) = example.filter(|e| *e != id) {
                out.push((
                    example.clone(),
                    with_id(&body, &resource.id_field, &example),
                ));
            }
            out.push((id, body));
        }
        out
    }

    /// The documented body of operation `index`'s default response.
    fn documented_body(&self, index: usize, r: &Routed<'_, '_>) -> Option<Value> {
        let op = self.contract.operations.get(index)?;
        let prepared = self.ops.get(index)?;
        let routed = Routed {
            index,
            op,
            prepared,
            req: r.req,
            path_params: r.path_params,
            tenant: r.tenant,
            json_body: Cell::new(None),
        };
        self.prepared_default(&routed)?.value.clone()
    }

    fn create(
        &self,
        r: &Routed<'_, '_>,
        resource: &Resource,
        p: &Prepared,
        key: &CollectionKey,
        seed: impl FnOnce() -> Vec<(String, Value)>,
    ) -> Option<MockResponse> {
        let base = p.value.as_ref()?;
        let sample_id = id_of(base, &resource.id_field)?;
        let mut overlay = match self.request_value(r) {
            Some(Value::Object(fields)) => fields,
            _ => Map::new(),
        };
        overlay.remove(&resource.id_field);
        let id = self.fresh_id(resource, &sample_id);
        // An answer that wraps the resource keeps only its ID: the store gets the request's
        // fields too.
        let wrapped = envelope::wraps(base, &resource.id_field).then(|| overlay.clone());
        let body = match self.fitting_of(p) {
            Some(fitting) => fitting.created(overlay, &resource.id_field, &id),
            None => with_id(base, &resource.id_field, &id),
        };
        let stored_id = id_of(&body, &resource.id_field).unwrap_or(id);
        let mut response = self.materialize_with(p, r.op, r.req, &body, Some(&stored_id));
        response.status = p.status;
        // Answered before it is stored, so the body moves into the store uncloned.
        let stored = match wrapped {
            Some(request) => envelope::created(&body, request),
            None => body,
        };
        self.store.with(key, seed, |c, w| {
            w.insert(c, stored_id, stored);
        });
        Some(response)
    }

    fn list(
        &self,
        r: &Routed<'_, '_>,
        resource: &Resource,
        p: &Prepared,
        key: &CollectionKey,
        seed: impl FnOnce() -> Vec<(String, Value)>,
    ) -> Option<MockResponse> {
        let base = p.value.as_ref()?;
        let paging = r
            .prepared
            .paging
            .get_or_init(|| Paging::of(&self.contract, r.op));
        let query = params::parse_query(r.req.query);
        let (limit, start) = paging.request(&query);
        // Absolute: a documented `next` link is often `format: uri`.
        let host = r
            .req
            .headers
            .get(header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("localhost");
        let render_key = format!(
            "list {} {} {host} {}",
            r.index,
            p.variant(),
            r.req.query.unwrap_or_default()
        );
        if let Some(hit) = self.store.peek(key, |c| c.rendered(&render_key)).flatten() {
            return Some(self.serve_rendered(r, p, hit, None));
        }
        let (page, generation) = self.store.with(key, seed, |c, _| {
            (pagination::cut(c, limit, start), c.generation())
        });
        let next_url = paging
            .next_query(&query, &page)
            .map(|q| format!("http://{host}{}?{q}", r.req.path));
        let (schema, validator) = (p.schema?, self.fitting_of(p)?.validator());
        let shape = r
            .prepared
            .list_shape
            .get_or_init(|| ListBody::of(&self.contract, &self.validators, schema, base));
        let Some(shape) = shape.as_ref() else {
            // Items the mock cannot page: the documented body, as the last page.
            let body = [LastCursor::Removed, LastCursor::Null, LastCursor::Empty]
                .into_iter()
                .find_map(|last| {
                    let mut body = base.clone();
                    pagination::end(&mut body, last);
                    validator.is_valid(&body).then_some(body)
                })?;
            let rendered = Rendered {
                body: self.body_bytes(p, &body),
                link: None,
            };
            return Some(self.serve_rendered(r, p, rendered, None));
        };
        let items: Vec<Value> = page
            .items
            .iter()
            .map(|item| shape.fit_item(item, &resource.id_field))
            .collect();
        let listed = shape.with_items(base, items);
        let (body, carried) = [LastCursor::Removed, LastCursor::Null, LastCursor::Empty]
            .into_iter()
            .find_map(|last| {
                let mut body = listed.clone();
                let carried = pagination::annotate(&mut body, &page, next_url.as_deref(), last);
                validator.is_valid(&body).then_some((body, carried))
            })?;
        let link = next_url
            .filter(|_| !carried && (paging.has_cursor() || page.next_index.is_some()))
            .and_then(|url| HeaderValue::from_str(&format!("<{url}>; rel=\"next\"")).ok());
        let rendered = Rendered {
            body: self.body_bytes(p, &body),
            link,
        };
        self.store.peek(key, |c| {
            c.remember(generation, render_key, rendered.clone())
        });
        Some(self.serve_rendered(r, p, rendered, None))
    }

    /// A rendered body served with the headers of this request (correlation ID echoed,
    /// `Location`), which are never kept.
    fn serve_rendered(
        &self,
        r: &Routed<'_, '_>,
        p: &Prepared,
        rendered: Rendered,
        id: Option<&str>,
    ) -> MockResponse {
        let id = id.or(p.body_id.as_deref());
        let mut response = self.respond(p, r.op, r.req, rendered.body, id);
        if let Some(link) = rendered.link {
            response.headers.push((header::LINK, link));
        }
        response
    }

    /// A stored resource in the shape `p` documents, with its ID (`null` when `p` has no
    /// body).
    fn fitted(&self, p: &Prepared, stored: &Value, id_field: &str, id: &str) -> Value {
        let Some(base) = &p.value else {
            return Value::Null;
        };
        match self.fitting_of(p) {
            Some(fitting) if envelope::wraps(base, id_field) => {
                fitting.stored(&envelope::wrapped(base, stored), id_field, id)
            }
            Some(fitting) => fitting.stored(stored, id_field, id),
            None => base.clone(),
        }
    }

    /// The contract's answer for an item that is not there: its 404 or 410 (410 first for
    /// a deleted one), else its `4XX` or `default`, else another client error it documents
    /// (a vendor that documents no 404 still refuses), else a plain 404.
    fn missing(&self, r: &Routed<'_, '_>, statuses: &[u16], id: &str) -> Option<MockResponse> {
        let exact = |s: u16| r.op.response(s).is_some();
        let status = statuses
            .iter()
            .copied()
            .find(|s| exact(*s))
            .or_else(|| r.op.documented(404).is_some().then_some(404))
            .or_else(|| {
                r.op.responses
                    .iter()
                    .filter_map(|resp| match resp.status {
                        accord_spec::StatusKey::Exact(s) => Some(s),
                        _ => None,
                    })
                    .find(|s| (400..500).contains(s) && ![401, 407, 429].contains(s))
            })
            .unwrap_or(404);
        let title = if status == 410 { "Gone" } else { "Not Found" };
        let rejection = super::problem::problem(
            status,
            "not-found",
            title,
            format!("{} has no item `{id}` for this tenant", r.op.path),
            &[],
        );
        Some(self.in_documented_shape(r.index, r.op, r.prepared, r.req, rejection))
    }

    /// The request body as a value (JSON or a form), when it has one.
    pub(crate) fn request_value(&self, r: &Routed<'_, '_>) -> Option<Value> {
        if r.req.body.is_empty() {
            return None;
        }
        let content_type = r
            .req
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/json")
            .to_ascii_lowercase();
        let validated = r.json_body.take();
        if content_type.contains("x-www-form-urlencoded") {
            let schema =
                r.op.request_body
                    .as_ref()?
                    .content
                    .iter()
                    .find_map(|m| m.schema)?;
            return Some(self.form_value(schema, &String::from_utf8_lossy(r.req.body)));
        }
        // The same bytes read the same way: what validation read, unless it did not.
        validated.or_else(|| serde_json::from_slice(r.req.body).ok())
    }

    /// A fresh ID for a created item: shaped like the item path's ID parameter (so the
    /// item can be addressed) when the contract gives it a schema, else like the created
    /// body's own ID.
    fn fresh_id(&self, resource: &Resource, body_id: &str) -> String {
        let param = resource.id_param.as_deref().and_then(|name| {
            let op = [resource.get, resource.update, resource.delete]
                .into_iter()
                .flatten()
                .next()?;
            Some((op, name))
        });
        let Some((op, name)) = param else {
            return self.new_id(body_id);
        };
        let template = self.param_sample(op, name);
        let template = template.as_deref().unwrap_or(body_id);
        for _ in 0..4 {
            let id = self.new_id(template);
            if self.param_accepts(op, name, &id) {
                return id;
            }
        }
        self.new_id(body_id)
    }

    /// A fresh ID shaped like `sample`: same prefix (`cus_`), length and character
    /// classes; a number stays a number.
    fn new_id(&self, sample: &str) -> String {
        let n = self.next_id();
        if sample.parse::<u64>().is_ok() {
            return (1_000_000 + n % 1_000_000_000).to_string();
        }
        let hex_only = sample.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
        let keep = sample.rfind('_').map(|i| i + 1).unwrap_or(0);
        let mut state = super::faults::splitmix64(n ^ 0x5eed);
        let mut out = String::with_capacity(sample.len());
        for (i, c) in sample.char_indices() {
            if i < keep {
                out.push(c);
                continue;
            }
            state = super::faults::splitmix64(state);
            let pick = |set: &[u8]| set[(state % set.len() as u64) as usize] as char;
            out.push(match c {
                '0'..='9' => pick(b"0123456789"),
                'a'..='f' if hex_only => pick(b"0123456789abcdef"),
                'A'..='F' if hex_only => pick(b"0123456789ABCDEF"),
                'a'..='z' => pick(b"abcdefghijklmnopqrstuvwxyz"),
                'A'..='Z' => pick(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                other => other,
            });
        }
        if out == sample {
            out.push_str(&n.to_string());
        }
        out
    }
}

/// A stored resource with a request's fields merged in (the ID kept).
fn merge(old: &Value, request: Option<&Value>, resource: &Resource) -> Value {
    let (Value::Object(old_map), Some(Value::Object(changes))) = (old, request) else {
        return old.clone();
    };
    let mut out = old_map.clone();
    for (k, v) in changes {
        if *k != resource.id_field {
            out.insert(k.clone(), v.clone());
        }
    }
    Value::Object(out)
}
