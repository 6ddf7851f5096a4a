//! Structural comparison of two schemas from two arenas. Schemas are compared through
//! their resolved ids, so a renamed component or an inline schema moved into `components`
//! is no change; `allOf` is compared by its merged meaning; recursion is cut at pairs
//! already being compared, and every pair is compared once (results are cached), which
//! keeps the largest contracts linear.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use accord_report::ChangeLevel;
use accord_spec::{Additional, Bound, JsonType, Loc, Schema, SchemaArena, SchemaId, Types};
use serde_json::Value;

use crate::delta::{Delta, Kind, Scope};

/// Deepest chain of nested schema pairs followed (loader depth is bounded too).
const MAX_DEPTH: usize = 200;
/// Longest enum compared value by value.
const MAX_ENUM: usize = 5_000;

/// Compares schemas of an old and a new arena.
pub(crate) struct SchemaDiffer<'a> {
    old: &'a SchemaArena,
    new: &'a SchemaArena,
    cache: HashMap<(SchemaId, SchemaId), Rc<Vec<Delta>>>,
    in_progress: HashSet<(SchemaId, SchemaId)>,
    depth: usize,
    /// Component names of each side, built when a composition first needs them.
    names: Option<Rc<(HashSet<String>, HashSet<String>)>>,
}

fn join(prefix: &str, seg: &str) -> String {
    if prefix.is_empty() {
        seg.to_string()
    } else if seg.is_empty() {
        prefix.to_string()
    } else if seg.starts_with('[') {
        format!("{prefix}{seg}")
    } else {
        format!("{prefix}.{seg}")
    }
}

fn types_text(t: Types) -> String {
    if t.without_null().is_any() {
        return "any".to_string();
    }
    t.without_null()
        .iter()
        .map(JsonType::name)
        .collect::<Vec<_>>()
        .join("|")
}

/// `integer` is a subset of `number`.
fn expand(t: Types) -> u8 {
    let mut t = t.without_null();
    if t.contains(JsonType::Number) {
        t.insert(JsonType::Integer);
    }
    t.bits()
}

fn value_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The enum of a schema; `None` for a `const` also written as a one-value enum, which is
/// compared once, as a const.
fn enum_ref(s: &Schema) -> Option<&[Value]> {
    match (&s.enum_values, &s.const_value) {
        (Some(e), Some(c)) if e.len() == 1 && &e[0] == c => None,
        (e, _) => e.as_deref(),
    }
}

/// A hashable identity of an enum value: strings as themselves (nearly every enum), other
/// values by their JSON text.
#[derive(PartialEq, Eq, Hash)]
enum EnumKey<'v> {
    Str(&'v str),
    Json(String),
}

fn enum_key(v: &Value) -> EnumKey<'_> {
    match v {
        Value::String(s) => EnumKey::Str(s),
        other => EnumKey::Json(other.to_string()),
    }
}

/// Values of `from` (but `null`, which nullability reports) that `other` lacks, in order.
/// A set, not a scan: Stripe's enums run to hundreds of values on thousands of schemas.
fn missing<'v>(from: &'v [Value], other: &[Value]) -> Vec<&'v Value> {
    let present: HashSet<EnumKey<'_>> = other.iter().map(enum_key).collect();
    from.iter()
        .filter(|v| !v.is_null() && !present.contains(&enum_key(v)))
        .collect()
}

fn opt_text<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(|| "none".to_string(), |v| v.to_string())
}

fn bound_text(b: Option<Bound>) -> String {
    match b {
        None => "none".to_string(),
        Some(b) if b.exclusive => format!("{} (exclusive)", b.value),
        Some(b) => b.value.to_string(),
    }
}

#[derive(PartialEq)]
enum Dirn {
    Narrowed,
    Widened,
}

/// An upper bound moved: lower is narrower, absent is widest.
fn upper(old: Option<f64>, new: Option<f64>) -> Option<Dirn> {
    match (old, new) {
        (Some(a), Some(b)) if b < a => Some(Dirn::Narrowed),
        (Some(a), Some(b)) if b > a => Some(Dirn::Widened),
        (None, Some(_)) => Some(Dirn::Narrowed),
        (Some(_), None) => Some(Dirn::Widened),
        _ => None,
    }
}

/// A lower bound moved: higher is narrower, absent is widest.
fn lower(old: Option<f64>, new: Option<f64>) -> Option<Dirn> {
    match (old, new) {
        (Some(a), Some(b)) if b > a => Some(Dirn::Narrowed),
        (Some(a), Some(b)) if b < a => Some(Dirn::Widened),
        (None, Some(_)) => Some(Dirn::Narrowed),
        (Some(_), None) => Some(Dirn::Widened),
        _ => None,
    }
}

fn bound_dir(old: Option<Bound>, new: Option<Bound>, is_upper: bool) -> Option<Dirn> {
    let f = if is_upper { upper } else { lower };
    match f(old.map(|b| b.value), new.map(|b| b.value)) {
        Some(d) => Some(d),
        None => match (old, new) {
            (Some(a), Some(b)) if a.exclusive != b.exclusive => Some(if b.exclusive {
                Dirn::Narrowed
            } else {
                Dirn::Widened
            }),
            _ => None,
        },
    }
}

impl<'a> SchemaDiffer<'a> {
    pub(crate) fn new(old: &'a SchemaArena, new: &'a SchemaArena) -> Self {
        SchemaDiffer {
            old,
            new,
            cache: HashMap::new(),
            in_progress: HashSet::new(),
            depth: 0,
            names: None,
        }
    }

    fn view(arena: &'a SchemaArena, id: SchemaId) -> Cow<'a, Schema> {
        let s = arena.get(id);
        if s.all_of.is_empty() {
            Cow::Borrowed(s)
        } else {
            Cow::Owned(arena.merged(id))
        }
    }

    /// The deltas between `a` (old) and `b` (new), with targets relative to them.
    pub(crate) fn diff(&mut self, a: SchemaId, b: SchemaId) -> Rc<Vec<Delta>> {
        let key = (a, b);
        if let Some(hit) = self.cache.get(&key) {
            return hit.clone();
        }
        if self.in_progress.contains(&key) || self.depth >= MAX_DEPTH {
            return Rc::new(Vec::new());
        }
        if a.0 as usize >= self.old.len() || b.0 as usize >= self.new.len() {
            return Rc::new(Vec::new());
        }
        self.in_progress.insert(key);
        self.depth += 1;
        let mut out = Vec::new();
        self.compare(a, b, &mut out);
        let mut out = dedupe(out);
        self.depth -= 1;
        self.in_progress.remove(&key);
        let names: Vec<String> = [self.old.get(a).name.clone(), self.new.get(b).name.clone()]
            .into_iter()
            .flatten()
            .collect();
        for d in &mut out {
            for name in &names {
                let anchor = (name.clone(), d.target.clone());
                if !d.anchors.contains(&anchor) {
                    d.anchors.push(anchor);
                }
            }
        }
        let rc = Rc::new(out);
        self.cache.insert(key, rc.clone());
        rc
    }

    /// Whether two schemas mean the same.
    pub(crate) fn same(&mut self, a: SchemaId, b: SchemaId) -> bool {
        self.diff(a, b).is_empty()
    }

    fn child(&mut self, a: SchemaId, b: SchemaId, seg: &str, out: &mut Vec<Delta>) {
        let inner = self.diff(a, b);
        for d in inner.iter() {
            let mut d = d.clone();
            d.target = join(seg, &d.target);
            out.push(d);
        }
    }

    fn compare(&mut self, a: SchemaId, b: SchemaId, out: &mut Vec<Delta>) {
        let sa = Self::view(self.old, a);
        let sb = Self::view(self.new, b);
        if sa.unknown || sb.unknown {
            return;
        }
        let la = sa.loc.clone();
        let lb = sb.loc.clone();
        if let Some((keyword, variants)) = composition(&sb)
            && composition(&sa).is_none()
            && bare(&sb)
        {
            let (keyword, variants) = (keyword, variants.to_vec());
            drop((sa, sb));
            self.wrapped(a, keyword, &variants, &la, &lb, out);
            return;
        }
        if let Some((keyword, variants)) = composition(&sa)
            && composition(&sb).is_none()
            && bare(&sa)
        {
            let (keyword, variants) = (keyword, variants.to_vec());
            drop((sa, sb));
            self.unwrapped(keyword, &variants, b, &la, &lb, out);
            return;
        }
        let mk = |kind: Kind, old: String, new: String| {
            let mut d = Delta::new(kind, Scope::Request);
            d.old_value = old;
            d.new_value = new;
            d.old = la.clone();
            d.new = lb.clone();
            d
        };

        // `false` schemas
        if sa.never != sb.never {
            let kind = if sb.never {
                Kind::TypeNarrowed
            } else {
                Kind::TypeWidened
            };
            let text = |n: bool| if n { "nothing (false)" } else { "any" };
            out.push(mk(kind, text(sa.never).into(), text(sb.never).into()));
            return;
        }

        // A schema emptied (it now admits any value): one change, not one per property and
        // constraint it no longer states.
        if empty(&sb) && !empty(&sa) {
            let old = if sa.types.without_null().is_any() {
                "a constrained value".to_string()
            } else {
                types_text(sa.types)
            };
            out.push(mk(Kind::TypeWidened, old, "any (empty schema)".into()));
            return;
        }
        // types
        let (ta, tb) = (sa.types.without_null(), sb.types.without_null());
        if ta != tb {
            let (ea, eb) = (expand(ta), expand(tb));
            let kind = if ta.is_any() {
                Kind::TypeNarrowed
            } else if tb.is_any() || (ea & eb == ea) {
                Kind::TypeWidened
            } else if eb & ea == eb {
                Kind::TypeNarrowed
            } else {
                Kind::TypeChanged { loose: false }
            };
            out.push(mk(kind, types_text(ta), types_text(tb)));
        }
        let (na, nb) = (sa.is_nullable(), sb.is_nullable());
        if na != nb {
            let kind = if nb {
                Kind::NullableAdded
            } else {
                Kind::NullableRemoved
            };
            out.push(mk(kind, na.to_string(), nb.to_string()));
        }
        // Constraints only mean something for the types they constrain: after `number` →
        // `string`, a dropped `minimum` and a new `pattern` are part of the type change.
        let admits = |t: Types, j: JsonType| {
            t.is_any()
                || t.contains(j)
                || (j == JsonType::Integer && t.contains(JsonType::Number))
                || (j == JsonType::Number && t.contains(JsonType::Integer))
        };
        let both = |j: JsonType| admits(ta, j) && admits(tb, j);
        let numeric = both(JsonType::Number);
        let stringy = both(JsonType::String);
        let arrays = both(JsonType::Array);
        let objects = both(JsonType::Object);
        let share = JsonType::ALL
            .iter()
            .any(|j| *j != JsonType::Null && both(*j));
        let (fa_, fb_) = if share {
            (&sa.format, &sb.format)
        } else {
            (&None, &None)
        };
        match (fa_, fb_) {
            (None, Some(f)) => out.push(mk(Kind::FormatAdded, "none".into(), f.clone())),
            (Some(f), None) => out.push(mk(Kind::FormatRemoved, f.clone(), "none".into())),
            (Some(x), Some(y)) if x != y => out.push(mk(Kind::FormatChanged, x.clone(), y.clone())),
            _ => {}
        }
        // enums
        // A `const` is also written as a one-value enum: compare it once, as a const.
        let (enum_a, enum_b) = (enum_ref(&sa), enum_ref(&sb));
        match (enum_a, enum_b) {
            // Most pairs of enums are equal: that is checked first, without allocating.
            (Some(x), Some(y)) if x.len() <= MAX_ENUM && y.len() <= MAX_ENUM && x != y => {
                let (gone, came) = (missing(x, y), missing(y, x));
                // A value replaced in place (the same position, or the only one gone and the
                // only one new) is a rename: the same objects now carry another value.
                let position = |list: &[Value], v: &Value| list.iter().position(|w| w == v);
                let renamed = |g: &Value, c: &Value| {
                    (gone.len() == 1 && came.len() == 1)
                        || (position(x, g).is_some() && position(x, g) == position(y, c))
                };
                let mut renamed_to: Vec<bool> = vec![false; came.len()];
                for g in &gone {
                    match (0..came.len()).find(|&j| !renamed_to[j] && renamed(g, came[j])) {
                        Some(j) => {
                            renamed_to[j] = true;
                            out.push(mk(
                                Kind::EnumValueRenamed,
                                value_text(g),
                                value_text(came[j]),
                            ));
                        }
                        None => out.push(mk(Kind::EnumValueRemoved, value_text(g), String::new())),
                    }
                }
                for (c, renamed) in came.iter().zip(&renamed_to) {
                    if !renamed {
                        out.push(mk(
                            Kind::EnumValueAdded { extensible: false },
                            String::new(),
                            value_text(c),
                        ));
                    }
                }
            }
            (None, Some(y)) => {
                let vals: Vec<String> = y.iter().take(8).map(value_text).collect();
                out.push(mk(Kind::EnumAdded, "any".into(), vals.join(", ")));
            }
            (Some(x), None) => {
                let vals: Vec<String> = x.iter().take(8).map(value_text).collect();
                out.push(mk(Kind::EnumRemoved, vals.join(", "), "any".into()));
            }
            _ => {}
        }
        if sa.const_value != sb.const_value {
            let t = |v: &Option<Value>| v.as_ref().map_or("none".to_string(), value_text);
            out.push(mk(
                Kind::ConstChanged,
                t(&sa.const_value),
                t(&sb.const_value),
            ));
        }
        if sa.default != sb.default {
            let t = |v: &Option<Value>| v.as_ref().map_or("none".to_string(), value_text);
            out.push(mk(Kind::DefaultChanged, t(&sa.default), t(&sb.default)));
        }
        // numeric range
        let mut constraint =
            |dir: Option<Dirn>, narrow: Kind, widen: Kind, name: &str, o: String, n: String| {
                if let Some(dir) = dir {
                    let kind = if dir == Dirn::Narrowed { narrow } else { widen };
                    out.push(mk(kind, format!("{name} {o}"), format!("{name} {n}")));
                }
            };
        // A bound written on a type it does not constrain (`maxItems` on a string, `maximum`
        // on an array) still states the limit the vendor means and enforces: while the type
        // stays, its moves are compared as written.
        let same_types = ta == tb;
        let range = |d: Option<Dirn>| if numeric || same_types { d } else { None };
        let length = |d: Option<Dirn>| if stringy || same_types { d } else { None };
        let items = |d: Option<Dirn>| if arrays || same_types { d } else { None };
        let props = |d: Option<Dirn>| if objects || same_types { d } else { None };
        constraint(
            range(bound_dir(sa.maximum, sb.maximum, true)),
            Kind::RangeNarrowed,
            Kind::RangeWidened,
            "maximum",
            bound_text(sa.maximum),
            bound_text(sb.maximum),
        );
        constraint(
            range(bound_dir(sa.minimum, sb.minimum, false)),
            Kind::RangeNarrowed,
            Kind::RangeWidened,
            "minimum",
            bound_text(sa.minimum),
            bound_text(sb.minimum),
        );
        let multiple = match (sa.multiple_of, sb.multiple_of) {
            (None, Some(_)) => Some(Dirn::Narrowed),
            (Some(_), None) => Some(Dirn::Widened),
            (Some(x), Some(y)) if x != y => {
                if x != 0.0 && (y / x).fract() == 0.0 {
                    Some(Dirn::Narrowed)
                } else if y != 0.0 && (x / y).fract() == 0.0 {
                    Some(Dirn::Widened)
                } else {
                    Some(Dirn::Narrowed)
                }
            }
            _ => None,
        };
        constraint(
            range(multiple),
            Kind::RangeNarrowed,
            Kind::RangeWidened,
            "multipleOf",
            opt_text(sa.multiple_of),
            opt_text(sb.multiple_of),
        );
        let f = |v: Option<u64>| v.map(|v| v as f64);
        constraint(
            length(upper(f(sa.max_length), f(sb.max_length))),
            Kind::LengthNarrowed,
            Kind::LengthWidened,
            "maxLength",
            opt_text(sa.max_length),
            opt_text(sb.max_length),
        );
        constraint(
            length(lower(f(sa.min_length), f(sb.min_length))),
            Kind::LengthNarrowed,
            Kind::LengthWidened,
            "minLength",
            opt_text(sa.min_length),
            opt_text(sb.min_length),
        );
        constraint(
            items(upper(f(sa.max_items), f(sb.max_items))),
            Kind::ItemsCountNarrowed,
            Kind::ItemsCountWidened,
            "maxItems",
            opt_text(sa.max_items),
            opt_text(sb.max_items),
        );
        constraint(
            items(lower(f(sa.min_items), f(sb.min_items))),
            Kind::ItemsCountNarrowed,
            Kind::ItemsCountWidened,
            "minItems",
            opt_text(sa.min_items),
            opt_text(sb.min_items),
        );
        if arrays && sa.unique_items != sb.unique_items {
            constraint(
                Some(if sb.unique_items {
                    Dirn::Narrowed
                } else {
                    Dirn::Widened
                }),
                Kind::ItemsCountNarrowed,
                Kind::ItemsCountWidened,
                "uniqueItems",
                sa.unique_items.to_string(),
                sb.unique_items.to_string(),
            );
        }
        constraint(
            props(upper(f(sa.max_properties), f(sb.max_properties))),
            Kind::PropertiesCountNarrowed,
            Kind::PropertiesCountWidened,
            "maxProperties",
            opt_text(sa.max_properties),
            opt_text(sb.max_properties),
        );
        constraint(
            props(lower(f(sa.min_properties), f(sb.min_properties))),
            Kind::PropertiesCountNarrowed,
            Kind::PropertiesCountWidened,
            "minProperties",
            opt_text(sa.min_properties),
            opt_text(sb.min_properties),
        );
        constraint(
            items(lower(f(sa.min_contains), f(sb.min_contains))),
            Kind::ItemsCountNarrowed,
            Kind::ItemsCountWidened,
            "minContains",
            opt_text(sa.min_contains),
            opt_text(sb.min_contains),
        );
        constraint(
            items(upper(f(sa.max_contains), f(sb.max_contains))),
            Kind::ItemsCountNarrowed,
            Kind::ItemsCountWidened,
            "maxContains",
            opt_text(sa.max_contains),
            opt_text(sb.max_contains),
        );
        // An empty pattern matches every string: it is no pattern.
        let no_empty = |p: &Option<String>| p.clone().filter(|p| !p.is_empty());
        let (pa_, pb_) = if stringy {
            (no_empty(&sa.pattern), no_empty(&sb.pattern))
        } else {
            (None, None)
        };
        let (pa_, pb_) = (&pa_, &pb_);
        match (pa_, pb_) {
            (None, Some(p)) => out.push(mk(Kind::PatternAdded, "none".into(), p.clone())),
            (Some(p), None) => out.push(mk(Kind::PatternRemoved, p.clone(), "none".into())),
            (Some(x), Some(y)) if x != y => {
                out.push(mk(Kind::PatternChanged, x.clone(), y.clone()))
            }
            _ => {}
        }
        // annotations
        if sa.read_only != sb.read_only {
            let kind = if sb.read_only {
                Kind::BecameReadOnly
            } else {
                Kind::NoLongerReadOnly
            };
            out.push(mk(kind, sa.read_only.to_string(), sb.read_only.to_string()));
        }
        if sa.write_only != sb.write_only {
            let kind = if sb.write_only {
                Kind::BecameWriteOnly
            } else {
                Kind::NoLongerWriteOnly
            };
            out.push(mk(
                kind,
                sa.write_only.to_string(),
                sb.write_only.to_string(),
            ));
        }
        if !sa.deprecated && sb.deprecated {
            out.push(mk(Kind::PropertyDeprecated, "false".into(), "true".into()));
        }
        // discriminator
        match (&sa.discriminator, &sb.discriminator) {
            (Some(x), Some(y)) => {
                if x.property_name != y.property_name {
                    out.push(mk(
                        Kind::DiscriminatorChanged,
                        x.property_name.clone(),
                        y.property_name.clone(),
                    ));
                }
                // A value gone and a new one mapped to the same schema: renamed.
                let added: Vec<(&String, SchemaId)> = y
                    .mapping
                    .iter()
                    .filter(|(k, _)| !x.mapping.contains_key(*k))
                    .map(|(k, id)| (k, *id))
                    .collect();
                let mut renamed_to = vec![false; added.len()];
                for (k, target) in x
                    .mapping
                    .iter()
                    .filter(|(k, _)| !y.mapping.contains_key(*k))
                {
                    let twin = (0..added.len())
                        .find(|&j| !renamed_to[j] && self.same(*target, added[j].1));
                    match twin {
                        Some(j) => {
                            renamed_to[j] = true;
                            out.push(mk(
                                Kind::DiscriminatorMappingRenamed,
                                k.clone(),
                                added[j].0.clone(),
                            ));
                        }
                        None => out.push(mk(
                            Kind::DiscriminatorMappingRemoved,
                            k.clone(),
                            String::new(),
                        )),
                    }
                }
                for ((k, _), renamed) in added.iter().zip(&renamed_to) {
                    if !renamed {
                        out.push(mk(
                            Kind::DiscriminatorMappingAdded,
                            String::new(),
                            (*k).clone(),
                        ));
                    }
                }
            }
            (None, Some(y)) => out.push(mk(
                Kind::DiscriminatorAdded,
                "none".into(),
                y.property_name.clone(),
            )),
            (Some(x), None) => out.push(mk(
                Kind::DiscriminatorRemoved,
                x.property_name.clone(),
                "none".into(),
            )),
            _ => {}
        }

        // properties
        for (name, pa) in &sa.properties {
            let req_a = sa.is_required(name);
            match sb.properties.get(name) {
                Some(pb) => {
                    let req_b = sb.is_required(name);
                    let (ca, cb) = (self.old.get(*pa), self.new.get(*pb));
                    if req_a != req_b {
                        let kind = if req_b {
                            Kind::PropertyBecameRequired
                        } else {
                            Kind::PropertyBecameOptional
                        };
                        let mut d = mk(kind, req_a.to_string(), req_b.to_string());
                        d.target = name.clone();
                        d.old = ca.loc.clone().or_else(|| la.clone());
                        d.new = cb.loc.clone().or_else(|| lb.clone());
                        d.read_only = ca.read_only && cb.read_only;
                        d.write_only = ca.write_only && cb.write_only;
                        out.push(d);
                    }
                    self.child(*pa, *pb, name, out);
                }
                None => {
                    let ca = self.old.get(*pa);
                    let kind = Kind::PropertyRemoved { required: req_a };
                    let mut d = mk(kind, String::new(), String::new());
                    d.target = name.clone();
                    d.old = ca.loc.clone().or_else(|| la.clone());
                    d.read_only = ca.read_only;
                    d.write_only = ca.write_only;
                    out.push(d);
                }
            }
        }
        for (name, pb) in &sb.properties {
            if sa.properties.contains_key(name) {
                continue;
            }
            let cb = self.new.get(*pb);
            let kind = Kind::PropertyAdded {
                required: sb.is_required(name),
            };
            let mut d = mk(kind, String::new(), String::new());
            d.target = name.clone();
            d.new = cb.loc.clone().or_else(|| lb.clone());
            d.read_only = cb.read_only;
            d.write_only = cb.write_only;
            out.push(d);
        }
        // additionalProperties
        use Additional::*;
        match (sa.additional, sb.additional) {
            (Schema(x), Schema(y)) => self.child(x, y, "*", out),
            (Any, Forbidden) | (Any, Schema(_)) | (Schema(_), Forbidden) => out.push(mk(
                Kind::AdditionalPropertiesNarrowed,
                additional_text(sa.additional),
                additional_text(sb.additional),
            )),
            (Forbidden, Any) | (Schema(_), Any) | (Forbidden, Schema(_)) => out.push(mk(
                Kind::AdditionalPropertiesWidened,
                additional_text(sa.additional),
                additional_text(sb.additional),
            )),
            _ => {}
        }
        // items
        if let (Some(x), Some(y)) = (sa.items, sb.items) {
            self.child(x, y, "[]", out);
        }
        let keywords = Keywords { la: &la, lb: &lb };
        if arrays {
            self.sub_keyword(&keywords, "contains", sa.contains, sb.contains, true, out);
            self.sub_keyword(
                &keywords,
                "unevaluatedItems",
                sa.unevaluated_items,
                sb.unevaluated_items,
                true,
                out,
            );
            self.positional(&keywords, &sa.prefix_items, &sb.prefix_items, out);
        }
        if objects {
            self.sub_keyword(
                &keywords,
                "propertyNames",
                sa.property_names,
                sb.property_names,
                true,
                out,
            );
            self.sub_keyword(
                &keywords,
                "unevaluatedProperties",
                sa.unevaluated_properties,
                sb.unevaluated_properties,
                true,
                out,
            );
            self.keyed(
                &keywords,
                "patternProperties",
                &sa.pattern_properties,
                &sb.pattern_properties,
                out,
            );
            self.keyed(
                &keywords,
                "dependentSchemas",
                &sa.dependent_schemas,
                &sb.dependent_schemas,
                out,
            );
            dependent_required(
                &keywords,
                &sa.dependent_required,
                &sb.dependent_required,
                out,
            );
        }
        if stringy {
            for (name, x, y) in [
                (
                    "contentMediaType",
                    &sa.content_media_type,
                    &sb.content_media_type,
                ),
                (
                    "contentEncoding",
                    &sa.content_encoding,
                    &sb.content_encoding,
                ),
            ] {
                match (x, y) {
                    (None, Some(v)) => out.push(keywords.delta(
                        Kind::ConstraintAdded,
                        "none".into(),
                        format!("{name} {v}"),
                    )),
                    (Some(v), None) => out.push(keywords.delta(
                        Kind::ConstraintRemoved,
                        format!("{name} {v}"),
                        "none".into(),
                    )),
                    (Some(v), Some(w)) if v != w => out.push(keywords.delta(
                        Kind::ConstraintChanged,
                        format!("{name} {v}"),
                        format!("{name} {w}"),
                    )),
                    _ => {}
                }
            }
            self.sub_keyword(
                &keywords,
                "contentSchema",
                sa.content_schema,
                sb.content_schema,
                true,
                out,
            );
        }
        // Conditions and negations: a change inside `if` or `not` moves the schema in the
        // opposite or in no single direction, so it is one change of the keyword.
        self.sub_keyword(&keywords, "if", sa.if_schema, sb.if_schema, false, out);
        self.sub_keyword(&keywords, "then", sa.then_schema, sb.then_schema, true, out);
        self.sub_keyword(&keywords, "else", sa.else_schema, sb.else_schema, true, out);
        self.sub_keyword(&keywords, "not", sa.not, sb.not, false, out);
        // `x-extensible-enum`: the values listed so far; clients must accept others.
        let extensible = |s: &accord_spec::Schema| -> Option<Vec<Value>> {
            s.extensions
                .get("x-extensible-enum")
                .and_then(Value::as_array)
                .cloned()
        };
        if let (Some(x), Some(y)) = (extensible(&sa), extensible(&sb))
            && x != y
        {
            for v in missing(&x, &y) {
                out.push(mk(Kind::EnumValueRemoved, value_text(v), String::new()));
            }
            for v in missing(&y, &x) {
                out.push(mk(
                    Kind::EnumValueAdded { extensible: true },
                    String::new(),
                    value_text(v),
                ));
            }
        }
        // oneOf / anyOf
        let (one_a, one_b) = (sa.one_of.clone(), sb.one_of.clone());
        let (any_a, any_b) = (sa.any_of.clone(), sb.any_of.clone());
        drop(sa);
        drop(sb);
        // `oneOf` turned `anyOf` (or back): the alternatives are compared as one list.
        let switched = (one_a.is_empty() != one_b.is_empty())
            && (any_a.is_empty() != any_b.is_empty())
            && (one_a.is_empty() == any_b.is_empty());
        if switched {
            let (old, new, keyword) = if one_a.is_empty() {
                (any_a, one_b, "oneOf")
            } else {
                (one_a, any_b, "anyOf")
            };
            self.variants(&old, &new, keyword, &la, &lb, out);
        } else {
            self.variants(&one_a, &one_b, "oneOf", &la, &lb, out);
            self.variants(&any_a, &any_b, "anyOf", &la, &lb, out);
        }
    }

    /// A subschema keyword (`contains`, `if`, `not`, ...): gained, dropped, or compared
    /// inside (`recurse`) or as a whole.
    fn sub_keyword(
        &mut self,
        k: &Keywords<'_>,
        name: &str,
        a: Option<SchemaId>,
        b: Option<SchemaId>,
        recurse: bool,
        out: &mut Vec<Delta>,
    ) {
        match (a, b) {
            (None, Some(_)) => out.push(k.delta(Kind::ConstraintAdded, "none".into(), name.into())),
            (Some(_), None) => {
                out.push(k.delta(Kind::ConstraintRemoved, name.into(), "none".into()))
            }
            (Some(x), Some(y)) if recurse => self.child(x, y, &format!("<{name}>"), out),
            (Some(x), Some(y)) => {
                if !self.same(x, y) {
                    out.push(k.delta(
                        Kind::ConstraintChanged,
                        format!("{name} (before)"),
                        format!("{name} (now)"),
                    ));
                }
            }
            (None, None) => {}
        }
    }

    /// `[X, {type: null}]` (either order): the one non-null alternative, which the
    /// composition makes nullable.
    fn nullable_of(&self, variants: &[SchemaId], arena: &SchemaArena) -> Option<SchemaId> {
        let null_only = |id: SchemaId| {
            let s = arena.get(id);
            s.types.contains(JsonType::Null) && s.types.without_null().is_any() && bare(s)
        };
        match variants {
            [x, y] if null_only(*y) && !null_only(*x) => Some(*x),
            [x, y] if null_only(*x) && !null_only(*y) => Some(*y),
            _ => None,
        }
    }

    /// `prefixItems`, position by position.
    fn positional(
        &mut self,
        k: &Keywords<'_>,
        a: &[SchemaId],
        b: &[SchemaId],
        out: &mut Vec<Delta>,
    ) {
        for (i, (x, y)) in a.iter().zip(b).enumerate() {
            self.child(*x, *y, &format!("[{i}]"), out);
        }
        for i in b.len()..a.len() {
            out.push(k.delta(
                Kind::ConstraintRemoved,
                format!("prefixItems[{i}]"),
                "none".into(),
            ));
        }
        for i in a.len()..b.len() {
            out.push(k.delta(
                Kind::ConstraintAdded,
                "none".into(),
                format!("prefixItems[{i}]"),
            ));
        }
    }

    /// `patternProperties` and `dependentSchemas`, entry by entry.
    fn keyed(
        &mut self,
        k: &Keywords<'_>,
        name: &str,
        a: &indexmap::IndexMap<String, SchemaId>,
        b: &indexmap::IndexMap<String, SchemaId>,
        out: &mut Vec<Delta>,
    ) {
        for (key, x) in a {
            match b.get(key) {
                Some(y) => self.child(*x, *y, &format!("<{key}>"), out),
                None => out.push(k.delta(
                    Kind::ConstraintRemoved,
                    format!("{name} `{key}`"),
                    "none".into(),
                )),
            }
        }
        for key in b.keys().filter(|key| !a.contains_key(*key)) {
            out.push(k.delta(
                Kind::ConstraintAdded,
                "none".into(),
                format!("{name} `{key}`"),
            ));
        }
    }

    /// Whether some change in `deltas` is judged breaking on `scope`'s side.
    fn breaks(deltas: &[Delta], scope: Scope) -> bool {
        deltas.iter().any(|d| {
            if d.only.is_some_and(|s| s != scope) {
                return false;
            }
            let mut d = d.clone();
            d.scope = scope;
            crate::judge::judge(&d).is_some_and(|c| c.level == ChangeLevel::Breaking)
        })
    }

    /// A bare old schema wrapped in `oneOf`/`anyOf`. A request still accepts what clients
    /// sent if exactly one `oneOf` variant (some `anyOf` variant) takes every old payload; a
    /// response is judged variant by variant against the old shape.
    fn wrapped(
        &mut self,
        a: SchemaId,
        keyword: &'static str,
        variants: &[SchemaId],
        la: &Option<Loc>,
        lb: &Option<Loc>,
        out: &mut Vec<Delta>,
    ) {
        if let [only] = variants {
            self.child(a, *only, "", out);
            return;
        }
        if let Some(inner) = self.nullable_of(variants, self.new) {
            self.child(a, inner, "", out);
            if !self.old.get(a).is_nullable() {
                let mut d = Delta::new(Kind::NullableAdded, Scope::Request);
                d.old_value = "false".into();
                d.new_value = "true".into();
                d.old = la.clone();
                d.new = lb.clone();
                out.push(d);
            }
            return;
        }
        let mut accepting = 0;
        for v in variants {
            let inner = self.diff(a, *v);
            if !Self::breaks(&inner, Scope::Request) {
                accepting += 1;
            }
            for d in inner.iter() {
                let mut d = d.clone();
                d.only = Some(Scope::Response);
                out.push(d);
            }
        }
        let compatible = if keyword == "oneOf" {
            accepting == 1
        } else {
            accepting >= 1
        };
        let mut d = Delta::new(Kind::CompositionAdded { compatible }, Scope::Request);
        d.only = Some(Scope::Request);
        d.new_value = format!("{keyword} ({} variants)", variants.len());
        d.old = la.clone();
        d.new = lb.clone();
        out.push(d);
    }

    /// A bare `oneOf`/`anyOf` replaced by one schema. A request must still take every old
    /// variant; a response must lie within one of them (else its differences from the
    /// closest variant are reported).
    fn unwrapped(
        &mut self,
        keyword: &'static str,
        variants: &[SchemaId],
        b: SchemaId,
        la: &Option<Loc>,
        lb: &Option<Loc>,
        out: &mut Vec<Delta>,
    ) {
        if let [only] = variants {
            self.child(*only, b, "", out);
            return;
        }
        if let Some(inner) = self.nullable_of(variants, self.old) {
            self.child(inner, b, "", out);
            if !self.new.get(b).is_nullable() {
                let mut d = Delta::new(Kind::NullableRemoved, Scope::Request);
                d.old_value = "true".into();
                d.new_value = "false".into();
                d.old = la.clone();
                d.new = lb.clone();
                out.push(d);
            }
            return;
        }
        let mut closest: Option<Rc<Vec<Delta>>> = None;
        let mut fits = false;
        for v in variants {
            let inner = self.diff(*v, b);
            for d in inner.iter() {
                let mut d = d.clone();
                d.only = Some(Scope::Request);
                out.push(d);
            }
            if !Self::breaks(&inner, Scope::Response) {
                fits = true;
            }
            if closest.as_ref().is_none_or(|c| inner.len() < c.len()) {
                closest = Some(inner);
            }
        }
        if fits {
            let kind = Kind::CompositionRemoved { compatible: true };
            let mut d = Delta::new(kind, Scope::Request);
            d.only = Some(Scope::Response);
            d.old_value = format!("{keyword} ({} variants)", variants.len());
            d.old = la.clone();
            d.new = lb.clone();
            out.push(d);
        } else if let Some(inner) = closest {
            for d in inner.iter() {
                let mut d = d.clone();
                d.only = Some(Scope::Response);
                out.push(d);
            }
        }
    }

    /// The component names of the old and the new document.
    fn component_names(&mut self) -> Rc<(HashSet<String>, HashSet<String>)> {
        let (old, new) = (self.old, self.new);
        self.names
            .get_or_insert_with(|| {
                let names = |arena: &SchemaArena| -> HashSet<String> {
                    arena.iter().filter_map(|(_, s)| s.name.clone()).collect()
                };
                Rc::new((names(old), names(new)))
            })
            .clone()
    }

    fn variant_name(arena: &SchemaArena, id: SchemaId, index: usize) -> String {
        let s = arena.get(id);
        s.name
            .clone()
            .or_else(|| s.title.clone())
            .unwrap_or_else(|| format!("#{index}"))
    }

    fn variants(
        &mut self,
        old: &[SchemaId],
        new: &[SchemaId],
        keyword: &str,
        la: &Option<Loc>,
        lb: &Option<Loc>,
        out: &mut Vec<Delta>,
    ) {
        if old.is_empty() && new.is_empty() {
            return;
        }
        if old.is_empty() {
            // A composition beside the old constraints: a new conjunct.
            let kind = Kind::CompositionAdded { compatible: false };
            let mut d = Delta::new(kind, Scope::Request);
            d.new_value = format!("{keyword} ({} variants)", new.len());
            d.old = la.clone();
            d.new = lb.clone();
            out.push(d);
            return;
        }
        if new.is_empty() {
            // A conjunct dropped: the schema admits more.
            let kind = Kind::CompositionRemoved { compatible: false };
            let mut d = Delta::new(kind, Scope::Request);
            d.old_value = format!("{keyword} ({} variants)", old.len());
            d.old = la.clone();
            d.new = lb.clone();
            out.push(d);
            return;
        }
        let mut matched_new = vec![false; new.len()];
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        // A variant that is a named component is the vendor's statement of what is accepted:
        // it pairs with the same component, and it is gone when the union no longer names it
        // while the document still defines it (`Cat` replaced by `Rabbit`), even where the
        // two happen to validate alike. Only a component that left the document (a rename)
        // or an inline variant is paired by meaning or position.
        let old_name = |this: &Self, i: usize| this.old.get(old[i]).name.clone();
        let new_name = |this: &Self, j: usize| this.new.get(new[j]).name.clone();
        let mut by_identity = Vec::new();
        for i in 0..old.len() {
            let found = old_name(self, i).and_then(|n| {
                (0..new.len())
                    .find(|&j| !matched_new[j] && new_name(self, j).as_deref() == Some(n.as_str()))
            });
            match found {
                Some(j) => {
                    matched_new[j] = true;
                    pairs.push((i, j));
                }
                None => by_identity.push(i),
            }
        }
        // Old components still defined, new ones defined before: not a rename.
        let (mut kept_old, mut known_new) = (vec![false; old.len()], vec![false; new.len()]);
        if !by_identity.is_empty() {
            let names = self.component_names();
            for (i, kept) in kept_old.iter_mut().enumerate() {
                *kept = old_name(self, i).is_some_and(|n| names.1.contains(&n));
            }
            for (j, known) in known_new.iter_mut().enumerate() {
                *known = new_name(self, j).is_some_and(|n| names.0.contains(&n));
            }
        }
        let mut unmatched_old = Vec::new();
        // 1. same meaning; 2. same title; 3. same position, when the counts agree.
        for i in by_identity {
            let found = (0..new.len())
                .find(|&j| !matched_new[j] && !kept_old[i] && self.same(old[i], new[j]));
            match found {
                Some(j) => matched_new[j] = true,
                None => unmatched_old.push(i),
            }
        }
        let mut still_old = Vec::new();
        for i in unmatched_old {
            let title = self.old.get(old[i]).title.clone().filter(|_| !kept_old[i]);
            let found = title.and_then(|n| {
                (0..new.len()).find(|&j| {
                    !matched_new[j]
                        && !known_new[j]
                        && self.new.get(new[j]).title.as_deref() == Some(n.as_str())
                })
            });
            match found {
                Some(j) => {
                    matched_new[j] = true;
                    pairs.push((i, j));
                }
                None => still_old.push(i),
            }
        }
        let free_new: Vec<usize> = (0..new.len())
            .filter(|&j| !matched_new[j] && !known_new[j])
            .collect();
        let free_old: Vec<usize> = still_old
            .iter()
            .copied()
            .filter(|&i| !kept_old[i])
            .collect();
        if !free_old.is_empty() && free_old.len() == free_new.len() {
            for (i, j) in free_old.iter().zip(&free_new) {
                matched_new[*j] = true;
                pairs.push((*i, *j));
            }
            still_old.retain(|i| kept_old[*i]);
        }
        for (i, j) in pairs {
            self.child(old[i], new[j], "", out);
        }
        for i in still_old {
            // An inline `anyOf` alternative equal to one that stays took nothing away.
            let named = old_name(self, i).is_some();
            if keyword == "anyOf" && !named && new.iter().any(|b| self.same(old[i], *b)) {
                continue;
            }
            let mut d = Delta::new(Kind::VariantRemoved, Scope::Request);
            d.old_value = format!("{keyword} {}", Self::variant_name(self.old, old[i], i));
            d.old = self.old.get(old[i]).loc.clone().or_else(|| la.clone());
            d.new = lb.clone();
            out.push(d);
        }
        for j in (0..new.len()).filter(|&j| !matched_new[j]) {
            // An `anyOf` alternative that means the same as one already there admits
            // nothing new. (In a `oneOf` it does change things: values matching both fail.)
            if keyword == "anyOf" && old.iter().any(|a| self.same(*a, new[j])) {
                continue;
            }
            let mut d = Delta::new(Kind::VariantAdded, Scope::Request);
            d.new_value = format!("{keyword} {}", Self::variant_name(self.new, new[j], j));
            d.old = la.clone();
            d.new = self.new.get(new[j]).loc.clone().or_else(|| lb.clone());
            out.push(d);
        }
    }
}

/// Where keyword deltas of one schema pair are located.
struct Keywords<'l> {
    la: &'l Option<Loc>,
    lb: &'l Option<Loc>,
}

impl Keywords<'_> {
    fn delta(&self, kind: Kind, old: String, new: String) -> Delta {
        let mut d = Delta::new(kind, Scope::Request);
        d.old_value = old;
        d.new_value = new;
        d.old = self.la.clone();
        d.new = self.lb.clone();
        d
    }
}

/// `dependentRequired`: a property's list of co-required names grown (narrower), shrunk
/// (wider) or replaced.
fn dependent_required(
    k: &Keywords<'_>,
    a: &indexmap::IndexMap<String, Vec<String>>,
    b: &indexmap::IndexMap<String, Vec<String>>,
    out: &mut Vec<Delta>,
) {
    let text =
        |key: &str, names: &[String]| format!("dependentRequired `{key}`: [{}]", names.join(", "));
    for (key, x) in a {
        match b.get(key) {
            None => out.push(k.delta(Kind::ConstraintRemoved, text(key, x), "none".into())),
            Some(y) => {
                let grown = y.iter().any(|n| !x.contains(n));
                let shrunk = x.iter().any(|n| !y.contains(n));
                let kind = match (grown, shrunk) {
                    (true, false) => Kind::ConstraintAdded,
                    (false, true) => Kind::ConstraintRemoved,
                    (true, true) => Kind::ConstraintChanged,
                    (false, false) => continue,
                };
                out.push(k.delta(kind, text(key, x), text(key, y)));
            }
        }
    }
    for (key, y) in b.iter().filter(|(key, _)| !a.contains_key(*key)) {
        out.push(k.delta(Kind::ConstraintAdded, "none".into(), text(key, y)));
    }
}

/// The `oneOf` or `anyOf` of a schema, if it has one.
fn composition(s: &Schema) -> Option<(&'static str, &[SchemaId])> {
    if !s.one_of.is_empty() {
        Some(("oneOf", &s.one_of))
    } else if !s.any_of.is_empty() {
        Some(("anyOf", &s.any_of))
    } else {
        None
    }
}

/// Whether a schema admits any value: no type, no constraint, no composition (annotations
/// aside). Not `unknown` (a schema we could not read), which is compared as nothing.
fn empty(s: &Schema) -> bool {
    composition(s).is_none() && s.types.is_any() && !s.never && bare(s)
}

/// Whether a schema says nothing beyond its composition (and annotations, and a type):
/// a pure wrapper, compared by its variants.
fn bare(s: &Schema) -> bool {
    // The common answers without cloning: this runs on every compared pair.
    if !s.properties.is_empty()
        || !s.required.is_empty()
        || s.enum_values.is_some()
        || s.items.is_some()
        || s.format.is_some()
        || s.pattern.is_some()
        || s.additional != Additional::Any
        || s.unknown
    {
        return false;
    }
    let mut c = s.clone();
    c.one_of.clear();
    c.any_of.clear();
    c.loc = None;
    c.name = None;
    c.title = None;
    c.description = None;
    c.types = Types::ANY;
    c.examples.clear();
    c.default = None;
    c.discriminator = None;
    c.extensions.clear();
    c.deprecated = false;
    c.read_only = false;
    c.write_only = false;
    c == Schema::default()
}

fn additional_text(a: Additional) -> String {
    match a {
        Additional::Any => "any".into(),
        Additional::Forbidden => "false".into(),
        Additional::Schema(_) => "a schema".into(),
    }
}

/// One change reached along several paths (shared components, recursion) is one change:
/// keep it once, at its shortest path, with the named schemas of every path.
fn dedupe(deltas: Vec<Delta>) -> Vec<Delta> {
    type Key = (Kind, Option<String>, Option<String>, String, String);
    let key = |d: &Delta| -> Key {
        (
            d.kind,
            d.old.as_ref().map(|l| format!("{}#{}", l.file, l.pointer)),
            d.new.as_ref().map(|l| format!("{}#{}", l.file, l.pointer)),
            d.old_value.clone(),
            d.new_value.clone(),
        )
    };
    let mut index: HashMap<Key, usize> = HashMap::with_capacity(deltas.len());
    let mut out: Vec<Delta> = Vec::with_capacity(deltas.len());
    for d in deltas {
        // Property-level changes are located by their parent on one side; the target
        // distinguishes siblings there.
        let mut k = key(&d);
        if d.old.is_none()
            || d.new.is_none()
            || matches!(
                d.kind,
                Kind::PropertyAdded { .. }
                    | Kind::PropertyRemoved { .. }
                    | Kind::PropertyBecameRequired
                    | Kind::PropertyBecameOptional
            )
        {
            k.3.push('\u{0}');
            k.3.push_str(d.target.rsplit('.').next().unwrap_or(""));
        }
        match index.get(&k) {
            Some(&i) => {
                let kept = &mut out[i];
                for a in d.anchors {
                    if !kept.anchors.contains(&a) {
                        kept.anchors.push(a);
                    }
                }
                if d.target.len() < kept.target.len() {
                    kept.target = d.target;
                }
            }
            None => {
                index.insert(k, out.len());
                out.push(d);
            }
        }
    }
    out
}
