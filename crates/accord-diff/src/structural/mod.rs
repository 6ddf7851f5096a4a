//! The structural diff of two contracts: document, security schemes, components,
//! operations (keyed by `METHOD /path`, path parameters matched by position), parameters,
//! bodies, media types, responses, headers, security requirements, servers, and AsyncAPI
//! channels, operations and messages. It produces opinion-free [`Delta`]s.
//!
//! One file per kind of object (`document.rs`, `operations.rs`, `contents.rs`,
//! `security.rs`, `channels.rs`), around one generic keyed join ([`join`]): the old and new
//! members of a collection paired by key, then what is only old or only new.

mod channels;
mod contents;
mod document;
mod operations;
mod security;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use accord_spec::{
    Action, Channel, Contract, HeaderRole, Loc, MediaRange, MediaType, Operation, ParamIn,
    Parameter, SchemaArena, SchemaId, SecurityRequirement, SecuritySchemeKind, Server,
};

use crate::delta::{Delta, Kind, Scope, Sunset};
use crate::schema_diff::SchemaDiffer;
use crate::sunset::{looks_like_date, parse_date};

/// Every structural difference between `old` and `new`, in a deterministic order.
pub fn structural_diff(old: &Contract, new: &Contract) -> Vec<Delta> {
    let mut cx = Cx {
        old,
        new,
        schemas: SchemaDiffer::new(&old.schemas, &new.schemas),
        out: Vec::new(),
    };
    cx.document();
    cx.operations(&old.operations, &new.operations, false);
    cx.operations(&old.webhooks, &new.webhooks, true);
    cx.channels();
    if let (Some(a), Some(b)) = (old.root_schema, new.root_schema) {
        cx.schema(a, b, Scope::Response, &Ctx::default(), "schema");
    }
    cx.out
}

#[derive(Default, Clone)]
struct Ctx {
    operation: Option<String>,
    channel: Option<String>,
    event: bool,
    /// The callback a delta sits in (`callback \`onPaid\` (POST {$request.body#/url})`),
    /// appended to its place so the message says where.
    within: Option<String>,
}

struct Cx<'a> {
    old: &'a Contract,
    new: &'a Contract,
    schemas: SchemaDiffer<'a>,
    out: Vec<Delta>,
}

fn norm_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push_str("{}");
                }
            }
            '}' => depth -= 1,
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out.trim_end_matches('/').to_string()
}

fn path_params(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + end].to_string());
        rest = &rest[start + end + 1..];
    }
    out
}

fn param_key(p: &Parameter) -> (ParamIn, String) {
    let name = if p.location == ParamIn::Header {
        p.name.to_ascii_lowercase()
    } else {
        p.name.clone()
    };
    (p.location, name)
}

impl<'a> Cx<'a> {
    fn push(&mut self, mut d: Delta, ctx: &Ctx) {
        d.operation = ctx.operation.clone();
        d.channel = ctx.channel.clone();
        d.event = ctx.event;
        if let Some(within) = &ctx.within {
            d.place = if d.place.is_empty() {
                within.clone()
            } else {
                format!("{} of {within}", d.place)
            };
        }
        self.out.push(d);
    }

    #[allow(clippy::too_many_arguments)]
    fn simple(
        &mut self,
        kind: Kind,
        scope: Scope,
        ctx: &Ctx,
        place: &str,
        target: &str,
        old: Option<&Loc>,
        new: Option<&Loc>,
    ) -> &mut Delta {
        let mut d = Delta::new(kind, scope);
        d.place = place.to_string();
        d.target = target.to_string();
        d.old = old.cloned();
        d.new = new.cloned();
        self.push(d, ctx);
        let last = self.out.len() - 1;
        &mut self.out[last]
    }

    /// Schema deltas of `a` → `b`, placed at `place` with `root` naming the schema itself.
    fn schema(&mut self, a: SchemaId, b: SchemaId, scope: Scope, ctx: &Ctx, place: &str) {
        let found = self.schemas.diff(a, b);
        let parameter = scope == Scope::Request && place.contains(" parameter `");
        let listed = parameter && scalar_to_plain_list(&self.old.schemas, a, &self.new.schemas, b);
        for d in found.iter() {
            if d.only.is_some_and(|only| only != scope) {
                continue;
            }
            let mut d = d.clone();
            d.scope = scope;
            d.place = place.to_string();
            if d.kind == Kind::DefaultChanged
                && d.target.is_empty()
                && scope == Scope::Request
                && place.contains("parameter `")
            {
                d.kind = Kind::ParameterDefaultChanged;
            }
            if listed && matches!(d.kind, Kind::TypeChanged { .. }) && d.target.is_empty() {
                // `?token=5` reads as the list `["5"]`: every value sent before still is one.
                d.kind = Kind::TypeWidened;
                d.new_value = format!("{} (a single value is a list of one)", d.new_value);
            }
            if d.target.is_empty() {
                d.target = root_label(place);
            } else if d.target.starts_with('[') {
                d.target = format!("{}{}", root_label(place), d.target);
            }
            self.push(d, ctx);
        }
    }
}

/// The types of a schema, for messages.
fn schema_types(arena: &SchemaArena, id: SchemaId) -> String {
    let s = arena.merged(id);
    let t = s.types.without_null();
    if t.is_any() {
        "any".to_string()
    } else {
        t.iter().map(|j| j.name()).collect::<Vec<_>>().join("|")
    }
}

/// What the root of a schema at `place` is called in messages.
fn root_label(place: &str) -> String {
    if let Some(start) = place.rfind('`')
        && let Some(open) = place[..start].rfind('`')
        && (place.contains("parameter") || place.contains("header"))
    {
        return place[open + 1..start].to_string();
    }
    if place.contains("payload") {
        "payload".to_string()
    } else if place.contains("headers") {
        "headers".to_string()
    } else if place == "schema" {
        "schema".to_string()
    } else {
        "body".to_string()
    }
}

/// Whether a parameter went from scalar types to a list of unconstrained strings (or of
/// any value) that takes one item: on the wire (`?token=5`, a header, a path segment) every
/// scalar sent before is text, which the list reads as a list of one.
fn scalar_to_plain_list(old: &SchemaArena, a: SchemaId, new: &SchemaArena, b: SchemaId) -> bool {
    let (sa, sb) = (old.merged(a), new.merged(b));
    let scalar = |t: accord_spec::Types| {
        !t.without_null().is_any()
            && !t.contains(accord_spec::JsonType::Object)
            && !t.contains(accord_spec::JsonType::Array)
    };
    if !scalar(sa.types) || sb.types.single() != Some(accord_spec::JsonType::Array) {
        return false;
    }
    if sb.min_items.is_some_and(|n| n > 1) || sb.max_items == Some(0) {
        return false;
    }
    let Some(items) = sb.items.map(|i| new.merged(i)) else {
        return true;
    };
    let text = items.types.without_null().is_any()
        || items.types.single() == Some(accord_spec::JsonType::String);
    text && items.pattern.is_none()
        && items.enum_values.is_none()
        && items.const_value.is_none()
        && items.format.is_none()
        && items.min_length.is_none_or(|n| n <= 1)
        && items.max_length.is_none()
}

/// One member of a keyed join of an old and a new collection.
pub(crate) enum Joined<'x, T> {
    /// Only in the old collection.
    Removed(&'x T),
    /// In both, paired by key.
    Both(&'x T, &'x T),
    /// Only in the new collection.
    Added(&'x T),
}

/// The keyed join every collection of the diff goes through: old members in their order,
/// each paired with the first unpaired new member of the same key (`Both`) or `Removed`;
/// then the new members left over, in their order (`Added`). `old_key` and `new_key` may
/// differ (path parameters are keyed by position in the old template).
pub(crate) fn join<'x, T, K: PartialEq>(
    old: &'x [T],
    new: &'x [T],
    old_key: impl Fn(&T) -> K,
    new_key: impl Fn(&T) -> K,
) -> Vec<Joined<'x, T>> {
    let new_keys: Vec<K> = new.iter().map(&new_key).collect();
    let mut used = vec![false; new.len()];
    let mut out = Vec::with_capacity(old.len().max(new.len()));
    for a in old {
        let k = old_key(a);
        match (0..new.len()).find(|&j| !used[j] && new_keys[j] == k) {
            Some(j) => {
                used[j] = true;
                out.push(Joined::Both(a, &new[j]));
            }
            None => out.push(Joined::Removed(a)),
        }
    }
    for (b, used) in new.iter().zip(used) {
        if !used {
            out.push(Joined::Added(b));
        }
    }
    out
}
