//! What a rule sees: the contract, the resolved profile, and helpers computed once per
//! contract (list operations, merged schemas, locations of sub-nodes, message phrasing).

use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use accord_report::{Diagnostic, Location};
use accord_spec::{
    Additional, Contract, JsonType, Loc, Method, Operation, Response, Schema, SchemaId, StatusKey,
};

use crate::profile::{Case, Profile};
use crate::{Meta, text};

/// A list operation: a `GET` on a collection path answering an array or a page envelope.
#[derive(Clone, Debug)]
pub struct ListOp {
    /// Index into `contract.operations`.
    pub index: usize,
    /// The envelope property holding the items; `None` when the body is a bare array.
    pub items: Option<String>,
    /// The envelope's property names (empty for a bare array).
    pub envelope: Vec<String>,
    /// The response the page is read from.
    pub status: StatusKey,
}

/// The contract and profile a rule checks, with shared derived data. Rules run in
/// parallel, so everything computed lazily here is computed once, whichever rule asks first.
pub struct LintContext<'a> {
    pub contract: &'a Contract,
    pub profile: &'a Profile,
    list_ops: OnceLock<Vec<ListOp>>,
    /// Names of the security schemes bound to a tenant (see `tenancy`), found once.
    pub(crate) tenant_schemes: OnceLock<Vec<String>>,
    /// `allOf`-merged schemas by arena index; only schemas with `allOf` are ever merged
    /// (the others are their own merge and are borrowed, never copied).
    merged: Vec<OnceLock<Arc<Schema>>>,
}

/// A schema with its `allOf` folded in: the arena's own schema when it has no `allOf`, a
/// merged copy (computed once per contract) otherwise.
pub enum Merged<'a> {
    Borrowed(&'a Schema),
    Folded(Arc<Schema>),
}

impl Deref for Merged<'_> {
    type Target = Schema;

    fn deref(&self) -> &Schema {
        match self {
            Merged::Borrowed(schema) => schema,
            Merged::Folded(schema) => schema,
        }
    }
}

impl<'a> LintContext<'a> {
    pub fn new(contract: &'a Contract, profile: &'a Profile) -> Self {
        LintContext {
            contract,
            profile,
            list_ops: OnceLock::new(),
            tenant_schemes: OnceLock::new(),
            merged: (0..contract.schemas.len())
                .map(|_| OnceLock::new())
                .collect(),
        }
    }

    pub fn is_vendor(&self) -> bool {
        self.profile.is_vendor()
    }

    /// `standard` for our own APIs, `risk` (the integration-risk phrasing) for vendor APIs.
    pub fn say(&self, standard: String, risk: String) -> String {
        if self.is_vendor() { risk } else { standard }
    }

    /// A diagnostic of `meta`'s rule at `loc`, at the rule's default level.
    pub fn diag(
        &self,
        meta: &Meta,
        loc: &Loc,
        op: Option<&Operation>,
        message: String,
        help: impl Into<String>,
    ) -> Diagnostic {
        let (line, column) = self.key_position(loc).unwrap_or((loc.line, loc.column));
        Diagnostic {
            rule: meta.id.to_string(),
            level: meta.level,
            location: Location {
                file: loc.file.to_string(),
                line,
                column,
                pointer: loc.pointer.clone(),
            },
            operation: op.map(Operation::key),
            message,
            help: help.into(),
        }
    }

    /// Where the key naming the node at `loc` is written (`get:` rather than the first line
    /// of its value), so that diagnostics point at the element's name.
    fn key_position(&self, loc: &Loc) -> Option<(u32, u32)> {
        let (parent, last) = loc.pointer.rsplit_once('/')?;
        let file = self.contract.sources.get(&loc.file)?;
        let parent = file.root.at_pointer(parent)?;
        let name = accord_spec::pointer::unescape(last);
        let map = parent.as_map()?;
        let (key, _) = map.iter().find(|(k, _)| k.name == name)?;
        Some((key.span.line, key.span.column))
    }

    /// The location of the node `tokens` below `base` (line and column looked up in the
    /// source; `base`'s when the node is not written, e.g. an absent key).
    pub fn loc_in(&self, base: &Loc, tokens: &[&str]) -> Loc {
        let mut pointer = base.pointer.clone();
        for t in tokens {
            pointer = accord_spec::pointer::push(&pointer, t);
        }
        let mut loc = Loc::new(&base.file, pointer, base.line, base.column);
        if let Some(node) = self.contract.sources.node(&loc) {
            loc.line = node.span.line;
            loc.column = node.span.column;
        } else {
            loc.pointer = base.pointer.clone();
        }
        loc
    }

    /// The location of the path item `path` under `paths`.
    pub fn path_loc(&self, path: &str) -> Loc {
        let base = Loc::new(self.contract.file(), "", 1, 1);
        self.loc_in(&base, &["paths", path])
    }

    /// The case most of `names` are written in (ties broken by a fixed order); one-word
    /// names do not vote.
    pub fn dominant_case<'n>(names: impl Iterator<Item = &'n str>) -> Option<Case> {
        let mut votes = [0usize; 4];
        for n in names {
            if let Some(i) =
                Case::classify(n).and_then(|c| Case::CONCRETE.iter().position(|k| *k == c))
            {
                votes[i] += 1;
            }
        }
        let best = (0..4).max_by_key(|i| (votes[*i], std::cmp::Reverse(*i)))?;
        (votes[best] > 0).then_some(Case::CONCRETE[best])
    }

    /// The case names must follow under `wanted`: the configured one, the contract's
    /// dominant one for `consistent`, none for `any`.
    pub fn expected_case<'n>(
        &self,
        wanted: Case,
        names: impl Iterator<Item = &'n str>,
    ) -> Option<Case> {
        match wanted {
            Case::Any => None,
            Case::Consistent => Self::dominant_case(names),
            concrete => Some(concrete),
        }
    }

    /// How messages name an operation: `` `createInvoice` (POST /invoices) ``.
    pub fn op_name(&self, op: &Operation) -> String {
        match &op.operation_id {
            Some(id) => format!("`{id}` ({})", op.key()),
            None => format!("`{}`", op.key()),
        }
    }

    pub fn schema(&self, id: SchemaId) -> &'a Schema {
        self.contract.schemas.get(id)
    }

    /// The schema with `allOf` folded in, computed once per schema.
    pub fn merged(&self, id: SchemaId) -> Merged<'a> {
        let schema = self.schema(id);
        match self.merged.get(id.0 as usize) {
            Some(cell) if !schema.all_of.is_empty() => Merged::Folded(
                cell.get_or_init(|| Arc::new(self.contract.schemas.merged(id)))
                    .clone(),
            ),
            _ => Merged::Borrowed(schema),
        }
    }

    /// Whether values of `id` are objects (declared `type: object` or with properties).
    pub fn is_object(&self, id: SchemaId) -> bool {
        let s = self.merged(id);
        s.types.contains(JsonType::Object)
            || (s.types.is_any()
                && (!s.properties.is_empty() || !s.one_of.is_empty() || !s.any_of.is_empty()))
    }

    /// The JSON schema of a response, if it has one.
    pub fn json_schema(&self, response: &Response) -> Option<SchemaId> {
        response
            .content
            .iter()
            .find(|m| m.name.is_json() && m.schema.is_some())
            .or_else(|| response.content.iter().find(|m| m.schema.is_some()))
            .and_then(|m| m.schema)
    }

    /// Whether the path's last segment is a parameter (`/invoices/{id}`).
    pub fn is_item_path(path: &str) -> bool {
        path.trim_end_matches('/')
            .rsplit('/')
            .next()
            .is_some_and(|s| s.starts_with('{'))
    }

    /// Whether `op` creates a resource: a `POST` on a collection path (its last segment a
    /// plural noun) or a `POST` answering `201`.
    pub fn is_create(&self, op: &Operation) -> bool {
        if op.method != Method::Post {
            return false;
        }
        if op.response(StatusKey::Exact(201)).is_some() {
            return true;
        }
        let last = op
            .path
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or_default();
        !last.starts_with('{')
            && !last.contains(':')
            && text::is_plural(last)
            && text::words(last).len() <= 2
            && op.request_body.is_some()
    }

    /// Whether the profile exempts `op` from tenant checks (health, discovery, token
    /// endpoints, or `x-accord-tenant: none`).
    pub fn is_tenant_exempt(&self, op: &Operation) -> bool {
        op.extensions
            .get("x-accord-tenant")
            .and_then(|v| v.as_str())
            .is_some_and(|v| v == "none")
            || self
                .profile
                .conventions
                .tenant
                .exempt_paths
                .iter()
                .any(|p| {
                    op.path.starts_with(p.as_str())
                        || path_without_version(&op.path).starts_with(p.as_str())
                })
    }

    /// List operations, found once per contract.
    pub fn list_ops(&self) -> &[ListOp] {
        self.list_ops.get_or_init(|| self.find_list_ops())
    }

    fn find_list_ops(&self) -> Vec<ListOp> {
        let mut out = Vec::new();
        let wanted = self
            .profile
            .conventions
            .pagination
            .items_property
            .as_deref();
        for (index, op) in self.contract.operations.iter().enumerate() {
            if op.method != Method::Get || Self::is_item_path(&op.path) {
                continue;
            }
            let Some(response) = op
                .responses
                .iter()
                .find(|r| r.status == StatusKey::Exact(200))
                .or_else(|| op.success_responses().next())
            else {
                continue;
            };
            let Some(id) = self.json_schema(response) else {
                continue;
            };
            let schema = self.merged(id);
            if schema.types.single() == Some(JsonType::Array) {
                out.push(ListOp {
                    index,
                    items: None,
                    envelope: Vec::new(),
                    status: response.status.clone(),
                });
                continue;
            }
            let items = self.page_items(&schema, &op.path, wanted);
            if let Some(items) = items {
                out.push(ListOp {
                    index,
                    items: Some(items),
                    envelope: schema.properties.keys().cloned().collect(),
                    status: response.status.clone(),
                });
            }
        }
        out
    }

    /// The property of a page envelope holding the items, by preference: the profile's
    /// items property; a generic name (`data`, `items`, `results`, `records`, ...); the
    /// property named after the collection (`/instances` → `instances`); else the only
    /// array (of objects, when arrays of IDs sit beside it) on a collection path. Items may
    /// be an array or a map of arrays (Google `aggregatedList`: `items: {zone: {instances:
    /// [...]}}`); error and warning lists and `unreachable` IDs beside them never are the
    /// items.
    fn page_items(&self, schema: &Schema, path: &str, wanted: Option<&str>) -> Option<String> {
        let candidates: Vec<(&String, ItemsShape)> = schema
            .properties
            .iter()
            .filter(|(n, _)| !is_beside_items(n))
            .filter_map(|(n, p)| self.items_shape(*p).map(|shape| (n, shape)))
            .collect();
        let named = |wanted: &str| {
            candidates
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(wanted))
                .map(|(n, _)| (*n).clone())
        };
        if let Some(found) = wanted.and_then(named) {
            return Some(found);
        }
        if let Some(found) = GENERIC_ITEMS.iter().find_map(|g| named(g)) {
            return Some(found);
        }
        // `GET /Organisation` answering `{Organisations: [...]}` wraps one resource in an
        // array; it is not a page. An uncountable collection (`/disputes/{id}/evidence`
        // answering `evidence`) is one.
        let exactly = |n: &str| {
            collection_segment(path)
                .is_some_and(|c| text::words(c).concat() == text::words(n).concat())
        };
        if let Some((n, _)) = candidates.iter().find(|(n, _)| {
            named_after_collection(n, path) && (path_names_collection(path) || exactly(n))
        }) {
            return Some((*n).clone());
        }
        // A page envelope holds one array of items; several arrays of objects mean an
        // object that merely contains lists. A plural array on a singular resource
        // (`GET /charges/{id}/dispute` answering a dispute with its `balance_transactions`)
        // is a field of that resource, not a page.
        let arrays: Vec<&(&String, ItemsShape)> = candidates
            .iter()
            .filter(|(_, s)| *s != ItemsShape::Map)
            .collect();
        let only = match arrays.as_slice() {
            [only] => Some(*only),
            many => {
                let objects: Vec<&&(&String, ItemsShape)> = many
                    .iter()
                    .filter(|(_, s)| *s == ItemsShape::ArrayOfObjects)
                    .collect();
                match objects.as_slice() {
                    [only] => Some(**only),
                    _ => None,
                }
            }
        }?;
        (text::is_plural(only.0) && path_names_collection(path)).then(|| only.0.clone())
    }

    /// How a property can hold a page's items, if it can.
    fn items_shape(&self, id: SchemaId) -> Option<ItemsShape> {
        let s = self.merged(id);
        if s.types.single() == Some(JsonType::Array) {
            let objects = s.items.is_some_and(|i| self.is_object(i));
            return Some(if objects {
                ItemsShape::ArrayOfObjects
            } else {
                ItemsShape::Array
            });
        }
        let Additional::Schema(values) = s.additional else {
            return None;
        };
        if !s.properties.is_empty() {
            return None;
        }
        let is_array = |id: SchemaId| self.merged(id).types.single() == Some(JsonType::Array);
        let value = self.merged(values);
        (is_array(values) || value.properties.values().any(|p| is_array(*p)))
            .then_some(ItemsShape::Map)
    }
}

/// How a page envelope property holds items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ItemsShape {
    ArrayOfObjects,
    /// An array of scalars (IDs, names).
    Array,
    /// A map of arrays (`{zone: {instances: [...]}}` or `{zone: [...]}`).
    Map,
}

/// Whether the items property `items` is named after the collection `path` addresses, in
/// any case convention: `/customers` answering `customers`, `/Payslips` `paySlips`,
/// `/events/types` `event_types`, `/History` `HistoryRecords`, `/LeavePeriods` `periods`
/// (one name ends the other, or the property starts with the collection).
pub fn named_after_collection(items: &str, path: &str) -> bool {
    collection_segment(path).is_some_and(|collection| {
        let collection = text::words(collection).concat();
        let items = text::words(items).concat();
        !collection.is_empty()
            && !items.is_empty()
            && (items.ends_with(&collection)
                || collection.ends_with(&items)
                || items.starts_with(&collection))
    })
}

/// The last static segment of `path`, without a custom method (`/instances:list`), unless
/// it is a version.
fn collection_segment(path: &str) -> Option<&str> {
    path.split('/')
        .rev()
        .map(|s| s.split(':').next().unwrap_or(s))
        .find(|s| !s.is_empty() && !s.starts_with('{'))
        .filter(|s| !text::is_version_segment(s))
}

/// Names page envelopes use for their items whatever the collection.
const GENERIC_ITEMS: &[&str] = &[
    "data", "items", "results", "records", "entries", "values", "elements", "list", "content",
    "value",
];

/// Whether an array property sits beside a page's items rather than holding them:
/// problems (`errors`, `warnings`), hypermedia `links`, or the `unreachable` locations of
/// a partial answer.
fn is_beside_items(name: &str) -> bool {
    let words = text::words(name);
    let whole = words.concat();
    ["links", "unreachable", "unreachables"].contains(&whole.as_str())
        || words
            .last()
            .is_some_and(|w| ["errors", "warnings", "messages", "faults"].contains(&w.as_str()))
}

/// Whether the last static segment of `path` is a plural noun (a collection).
fn path_names_collection(path: &str) -> bool {
    path.split('/')
        .rev()
        .find(|s| !s.is_empty() && !s.starts_with('{'))
        .is_none_or(text::is_plural)
}

/// `/v1/health` → `/health`.
fn path_without_version(path: &str) -> String {
    let mut segments = path.split('/').filter(|s| !s.is_empty()).peekable();
    if segments.peek().is_some_and(|s| text::is_version_segment(s)) {
        segments.next();
    }
    let rest: Vec<&str> = segments.collect();
    format!("/{}", rest.join("/"))
}
