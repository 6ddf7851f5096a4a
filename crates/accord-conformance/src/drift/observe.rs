//! Recording exchanges: every response the runner receives is compared with what the
//! contract documents for its operation, and what it did beyond that is counted.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use accord_spec::conventions::HeaderRole;
use accord_spec::{Additional, Contract, Operation, SchemaId};
use serde_json::Value;

use super::infer;
use crate::request::HttpResponse;

/// How deep a response body is walked.
const MAX_DEPTH: usize = 24;
/// How many items of one array are walked.
const MAX_ITEMS: usize = 50;

/// Headers every HTTP stack adds, which no contract documents.
const TRANSPORT_HEADERS: &[&str] = &[
    "accept-ranges",
    "age",
    "alt-svc",
    "cache-control",
    "connection",
    "content-encoding",
    "content-length",
    "content-type",
    "date",
    "etag",
    "expires",
    "keep-alive",
    "last-modified",
    "pragma",
    "server",
    "strict-transport-security",
    "transfer-encoding",
    "vary",
    "via",
    "x-content-type-options",
    "x-frame-options",
    "x-xss-protection",
];

/// Where in the contract something was seen, and how often by which operation.
#[derive(Debug, Default)]
pub(super) struct Seen {
    pub operations: BTreeMap<String, u64>,
}

impl Seen {
    fn add(&mut self, operation: &str) {
        *self.operations.entry(operation.to_string()).or_default() += 1;
    }

    pub fn total(&self) -> u64 {
        self.operations.values().sum()
    }
}

/// A property a schema does not declare.
#[derive(Debug, Default)]
pub(super) struct PropertySeen {
    pub types: BTreeSet<&'static str>,
    pub formats: BTreeSet<&'static str>,
    /// Values that had no format (a format holds only when every value has it).
    pub unformatted: bool,
    pub seen: Seen,
}

/// `Deprecation` and `Sunset` of one operation.
#[derive(Debug, Default)]
pub(super) struct Lifecycle {
    pub documented_deprecated: bool,
    pub documented_sunset: Option<String>,
    pub deprecation: BTreeSet<String>,
    pub sunset: BTreeSet<String>,
    pub seen: Seen,
}

#[derive(Debug, Default)]
pub(super) struct Observed {
    /// (schema pointer, property name).
    pub properties: BTreeMap<(String, String), PropertySeen>,
    /// (schema pointer, value).
    pub enum_values: BTreeMap<(String, String), Seen>,
    /// (operation pointer, status).
    pub statuses: BTreeMap<(String, u16), (Seen, BTreeSet<&'static str>)>,
    /// (response pointer, header name in lower case).
    pub headers: BTreeMap<(String, String), Seen>,
    /// Operation pointer.
    pub lifecycle: BTreeMap<String, Lifecycle>,
}

/// What a live API did beyond its contract, recorded while `accord test` runs. Shared with
/// the runner through `RunConfig::drift`; render it with [`Drift::overlay`].
#[derive(Debug, Default)]
pub struct Drift {
    pub(super) observed: Mutex<Observed>,
}

impl Drift {
    pub fn new() -> Self {
        Drift::default()
    }

    /// Records one response to a request for `op`.
    pub fn observe(&self, contract: &Contract, op: &Operation, response: &HttpResponse) {
        let mut observed = match self.observed.lock() {
            Ok(o) => o,
            Err(poisoned) => poisoned.into_inner(),
        };
        let root = contract.file();
        let key = op.key();
        if op.loc.file == *root {
            observe_lifecycle(&mut observed, op, &key, response);
        }
        let Some(documented) = op.documented(response.status) else {
            if op.loc.file == *root {
                let body = response_body(response);
                let entry = observed
                    .statuses
                    .entry((op.loc.pointer.clone(), response.status))
                    .or_default();
                entry.0.add(&key);
                if let Some(body) = &body {
                    entry.1.insert(infer::type_of(body));
                }
            }
            return;
        };
        if documented.loc.file == *root {
            for (name, _) in &response.headers {
                let name = name.to_ascii_lowercase();
                let known = documented.header(&name).is_some()
                    || TRANSPORT_HEADERS.contains(&name.as_str())
                    || name.starts_with("access-control-")
                    || HeaderRole::Deprecation.is(&name)
                    || HeaderRole::Sunset.is(&name)
                    || !infer::is_vocabulary(&name);
                if !known {
                    observed
                        .headers
                        .entry((documented.loc.pointer.clone(), name))
                        .or_default()
                        .add(&key);
                }
            }
        }
        let Some(body) = response_body(response) else {
            return;
        };
        let schema = documented
            .content
            .iter()
            .filter(|m| m.name.is_json())
            .find_map(|m| m.schema);
        if let Some(schema) = schema {
            let mut walker = Walker {
                contract,
                operation: &key,
                observed: &mut observed,
            };
            walker.walk(schema, &body, 0);
        }
    }
}

fn response_body(response: &HttpResponse) -> Option<Value> {
    if !response.media_type()?.is_json() {
        return None;
    }
    serde_json::from_slice(&response.body).ok()
}

fn observe_lifecycle(observed: &mut Observed, op: &Operation, key: &str, response: &HttpResponse) {
    let with_role = |role: HeaderRole| {
        response
            .headers
            .iter()
            .find(|(name, _)| role.is(name))
            .map(|(_, value)| value.as_str())
    };
    let deprecation = with_role(HeaderRole::Deprecation);
    let sunset = with_role(HeaderRole::Sunset);
    if deprecation.is_none() && sunset.is_none() {
        return;
    }
    let entry = observed
        .lifecycle
        .entry(op.loc.pointer.clone())
        .or_insert_with(|| Lifecycle {
            documented_deprecated: op.deprecated,
            documented_sunset: op.sunset().map(str::to_string),
            ..Lifecycle::default()
        });
    entry.seen.add(key);
    if let Some(d) = deprecation {
        entry.deprecation.insert(d.trim().to_string());
    }
    if let Some(s) = sunset {
        entry.sunset.insert(s.trim().to_string());
    }
}

struct Walker<'a> {
    contract: &'a Contract,
    operation: &'a str,
    observed: &'a mut Observed,
}

impl Walker<'_> {
    /// `id` with the members of its `allOf`/`anyOf`/`oneOf`, which a value must be read
    /// against together.
    fn family(&self, id: SchemaId) -> Vec<SchemaId> {
        let mut out = vec![id];
        let mut i = 0;
        while i < out.len() && out.len() < 64 {
            let s = self.contract.schemas.get(out[i]);
            for member in s.all_of.iter().chain(&s.any_of).chain(&s.one_of) {
                if !out.contains(member) {
                    out.push(*member);
                }
            }
            i += 1;
        }
        out
    }

    /// The pointer of schema `id` when it is written in the contract's root file.
    fn pointer(&self, id: SchemaId) -> Option<String> {
        let loc = self.contract.schemas.get(id).loc.as_ref()?;
        (loc.file == *self.contract.file()).then(|| loc.pointer.clone())
    }

    fn walk(&mut self, id: SchemaId, value: &Value, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let family = self.family(id);
        let schemas: Vec<_> = family
            .iter()
            .map(|i| self.contract.schemas.get(*i))
            .collect();
        match value {
            Value::Object(map) => {
                let declared = schemas.iter().any(|s| !s.properties.is_empty());
                let open_map = schemas
                    .iter()
                    .any(|s| matches!(s.additional, Additional::Schema(_)));
                // The schema that owns the properties is where an undocumented one goes.
                let owner = family
                    .iter()
                    .find(|i| !self.contract.schemas.get(**i).properties.is_empty())
                    .copied()
                    .unwrap_or(id);
                for (name, item) in map {
                    let child = schemas.iter().find_map(|s| s.properties.get(name).copied());
                    match child {
                        Some(child) => self.walk(child, item, depth + 1),
                        None if declared && !open_map && infer::is_vocabulary(name) => {
                            if let Some(pointer) = self.pointer(owner) {
                                let entry = self
                                    .observed
                                    .properties
                                    .entry((pointer, name.clone()))
                                    .or_default();
                                entry.types.insert(infer::type_of(item));
                                match infer::format_of(item) {
                                    Some(f) => {
                                        entry.formats.insert(f);
                                    }
                                    None => entry.unformatted = true,
                                }
                                entry.seen.add(self.operation);
                            }
                        }
                        None => {}
                    }
                }
            }
            Value::Array(items) => {
                if let Some(item_schema) = schemas.iter().find_map(|s| s.items) {
                    for item in items.iter().take(MAX_ITEMS) {
                        self.walk(item_schema, item, depth + 1);
                    }
                }
            }
            Value::String(s) => {
                let enums: Vec<&Vec<Value>> = schemas
                    .iter()
                    .filter_map(|x| x.enum_values.as_ref())
                    .collect();
                if enums.is_empty() || enums.iter().any(|e| e.iter().any(|v| v == value)) {
                    return;
                }
                if !infer::is_vocabulary(s) {
                    return;
                }
                let owner = family
                    .iter()
                    .find(|i| self.contract.schemas.get(**i).enum_values.is_some())
                    .copied()
                    .unwrap_or(id);
                if let Some(pointer) = self.pointer(owner) {
                    self.observed
                        .enum_values
                        .entry((pointer, s.clone()))
                        .or_default()
                        .add(self.operation);
                }
            }
            _ => {}
        }
    }
}
