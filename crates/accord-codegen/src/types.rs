//! Schema → IR: turns the contract's schemas into [`TypeDef`]s.
//!
//! Named component schemas keep their names; inline schemas are named from their
//! context (`ContactMailingAddress`, `ListContactsResponse`) with collisions
//! numbered in traversal order. Objects become structs, string enums become
//! forward-compatible enums, `oneOf` with a discriminator a tagged union, other
//! `oneOf`/`anyOf` an untagged union ending in a catch-all variant, `allOf` is
//! merged, and recursion is broken with `Box` on the strongly connected
//! components of the type graph. Bodies are built from a work queue, so deep
//! chains of references never deepen the call stack.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet, VecDeque};

use accord_spec::{Additional, JsonType, Schema, SchemaArena, SchemaId};
use heck::ToUpperCamelCase;
use serde_json::Value;

use crate::ir::{DefaultFn, EnumVariant, Field, Ty, TypeDef, TypeKind, UnionVariant};
use crate::naming::{Namespace, RESERVED_TYPES, doc_lines, field_ident, type_ident, variant_ident};

/// Builds type definitions on demand.
pub struct TypeBuilder<'a> {
    arena: &'a SchemaArena,
    pub defs: Vec<TypeDef>,
    pub names: Namespace,
    pub defaults: Vec<DefaultFn>,
    pub uses_nullable_helper: bool,
    memo: HashMap<SchemaId, (Ty, bool)>,
    /// Results by source location, shared across contracts (models from several files).
    loc_memo: HashMap<(String, String), (Ty, bool)>,
    in_progress: HashSet<SchemaId>,
    queue: VecDeque<(usize, SchemaId, Body)>,
    default_names: Namespace,
    /// Enum def index → (value, variant name).
    enum_variants: HashMap<usize, Vec<(String, String)>>,
}

#[derive(Clone, Copy)]
enum Body {
    Struct,
    Union,
}

fn camel(s: &str) -> String {
    let out = s
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .to_upper_camel_case();
    if out.is_empty() { "Value".into() } else { out }
}

fn is_null_only(s: &Schema) -> bool {
    (s.types == accord_spec::Types::of(&[JsonType::Null]))
        || s.enum_values
            .as_ref()
            .is_some_and(|v| !v.is_empty() && v.iter().all(Value::is_null))
}

impl<'a> TypeBuilder<'a> {
    pub fn new(arena: &'a SchemaArena) -> Self {
        Self {
            arena,
            defs: Vec::new(),
            names: Namespace::with_reserved(RESERVED_TYPES),
            defaults: Vec::new(),
            uses_nullable_helper: false,
            memo: HashMap::new(),
            loc_memo: HashMap::new(),
            in_progress: HashSet::new(),
            queue: VecDeque::new(),
            default_names: Namespace::default(),
            enum_variants: HashMap::new(),
        }
    }

    /// Switches to another contract's schemas (after [`TypeBuilder::drain`]); types
    /// already built are found again by source location.
    pub fn set_arena(&mut self, arena: &'a SchemaArena) {
        self.arena = arena;
        self.memo.clear();
        self.in_progress.clear();
    }

    /// The schemas types are built from.
    pub fn arena(&self) -> &'a SchemaArena {
        self.arena
    }

    /// Schema `id` with its `allOf` merged; borrowed from the arena (no copy) when
    /// it has none, which is most schemas.
    fn schema(&self, id: SchemaId) -> Cow<'a, Schema> {
        merged_schema(self.arena, id)
    }

    fn register(&mut self, base: &str, doc: Vec<String>, kind: TypeKind) -> usize {
        let name = self.names.claim(base);
        self.defs.push(TypeDef { name, doc, kind });
        self.defs.len() - 1
    }

    /// The type of schema `id` (and whether `null` is allowed); `hint` names it if
    /// it is an inline schema that needs a type of its own.
    pub fn resolve(&mut self, id: SchemaId, hint: &str) -> (Ty, bool) {
        if let Some(r) = self.memo.get(&id) {
            return r.clone();
        }
        if self.in_progress.contains(&id) {
            return (Ty::Value, false);
        }
        let key = self
            .arena
            .get(id)
            .loc
            .as_ref()
            .map(|l| (l.file.to_string(), l.pointer.clone()));
        if let Some(r) = key.as_ref().and_then(|k| self.loc_memo.get(k)) {
            let r = r.clone();
            self.memo.insert(id, r.clone());
            return r;
        }
        self.in_progress.insert(id);
        let r = self.classify(id, hint);
        self.in_progress.remove(&id);
        self.memo.insert(id, r.clone());
        if let Some(k) = key {
            self.loc_memo.insert(k, r.clone());
        }
        r
    }

    /// `resolve`, with `null` folded into an `Option`.
    pub fn resolve_value(&mut self, id: SchemaId, hint: &str) -> Ty {
        match self.resolve(id, hint) {
            (t, true) if t != Ty::Value && t != Ty::Unit => Ty::Option(Box::new(t)),
            (t, _) => t,
        }
    }

    /// Builds every queued body (and whatever they discover).
    pub fn drain(&mut self) {
        while let Some((idx, id, body)) = self.queue.pop_front() {
            match body {
                Body::Struct => self.struct_body(idx, id),
                Body::Union => self.union_body(idx, id),
            }
        }
    }

    fn classify(&mut self, id: SchemaId, hint: &str) -> (Ty, bool) {
        let s = self.schema(id);
        if s.unknown || s.never {
            return (Ty::Value, false);
        }
        let mut nullable = s.is_nullable();
        let own_name = s.name.clone().or_else(|| {
            let loc = s.loc.as_ref()?;
            let last = loc.pointer.rsplit('/').next().unwrap_or("");
            let parent = loc.pointer[..loc.pointer.len() - last.len()].trim_end_matches('/');
            if loc.pointer.is_empty() {
                s.title.clone()
            } else if ["/$defs", "/definitions", "/components/schemas"].contains(&parent) {
                Some(accord_spec::pointer::unescape(last))
            } else {
                None
            }
        });
        let base = match &own_name {
            Some(n) => type_ident(n),
            None => type_ident(hint),
        };
        let doc = doc_lines(s.description.as_deref().or(s.title.as_deref()));

        // Composition.
        let mut members: Vec<SchemaId> = Vec::new();
        for m in s.one_of.iter().chain(s.any_of.iter()) {
            if !members.contains(m) {
                members.push(*m);
            }
        }
        if !members.is_empty() && s.properties.is_empty() {
            let non_null: Vec<SchemaId> = members
                .iter()
                .copied()
                .filter(|m| !is_null_only(self.arena.get(*m)))
                .collect();
            if non_null.len() < members.len() {
                nullable = true;
            }
            match non_null.len() {
                0 => return (Ty::Value, nullable),
                1 => {
                    let (t, n) = self.resolve(non_null[0], hint);
                    return (t, nullable || n);
                }
                _ => {
                    let idx = self.register(&base, doc, TypeKind::Untagged { variants: vec![] });
                    self.queue.push_back((idx, id, Body::Union));
                    return (Ty::Named(idx), nullable);
                }
            }
        }

        // Enumerations.
        if let Some(values) = &s.enum_values {
            let non_null: Vec<&Value> = values.iter().filter(|v| !v.is_null()).collect();
            if !non_null.is_empty() {
                if non_null.iter().all(|v| v.is_string()) {
                    let idx = self.enum_def(&base, doc, &non_null);
                    return (Ty::Named(idx), nullable);
                }
                let t = if non_null.iter().all(|v| v.is_i64() || v.is_u64()) {
                    Ty::path("i64")
                } else if non_null.iter().all(|v| v.is_number()) {
                    Ty::path("f64")
                } else if non_null.iter().all(|v| v.is_boolean()) {
                    Ty::path("bool")
                } else {
                    Ty::Value
                };
                return (t, nullable);
            }
        }

        let has_props = !s.properties.is_empty();
        let types = s.types;
        if has_props && (types.is_any() || types.contains(JsonType::Object)) {
            let idx = self.register(&base, doc, TypeKind::Struct { fields: vec![] });
            self.queue.push_back((idx, id, Body::Struct));
            return (Ty::Named(idx), nullable);
        }

        let single = types.single();
        let ty = match single {
            Some(JsonType::Object) => self.map_ty(&s, &base),
            Some(JsonType::Array) => match s.items {
                Some(items) => Ty::Vec(Box::new(self.resolve_value(items, &format!("{base}Item")))),
                None => Ty::Vec(Box::new(Ty::Value)),
            },
            Some(JsonType::String) => string_ty(s.format.as_deref()),
            Some(JsonType::Integer) => int_ty(s.format.as_deref()),
            Some(JsonType::Number) => match s.format.as_deref() {
                Some("float") => Ty::path("f32"),
                _ => Ty::path("f64"),
            },
            Some(JsonType::Boolean) => Ty::path("bool"),
            Some(JsonType::Null) => Ty::Unit,
            None if types.without_null().is_any() && types.contains(JsonType::Null) => Ty::Unit,
            None if types.is_any() => {
                if matches!(s.additional, Additional::Schema(_)) {
                    self.map_ty(&s, &base)
                } else if let Some(items) = s.items {
                    Ty::Vec(Box::new(self.resolve_value(items, &format!("{base}Item"))))
                } else if let Some(Value::String(_)) = &s.const_value {
                    Ty::path("String")
                } else {
                    Ty::Value
                }
            }
            None => Ty::Value,
        };
        if own_name.is_some() && ty != Ty::Value {
            let kind = match &ty {
                Ty::Map(v) => TypeKind::Map {
                    value: (**v).clone(),
                },
                _ => TypeKind::Alias { ty: ty.clone() },
            };
            self.register(&base, doc, kind);
        }
        (ty, nullable)
    }

    fn map_ty(&mut self, s: &Schema, base: &str) -> Ty {
        match s.additional {
            Additional::Schema(v) if !self.arena.get(v).never => {
                let t = self.resolve_value(v, &format!("{base}Value"));
                if t.is_value() {
                    Ty::JsonMap
                } else {
                    Ty::Map(Box::new(t))
                }
            }
            _ => Ty::JsonMap,
        }
    }

    fn enum_def(&mut self, base: &str, doc: Vec<String>, values: &[&Value]) -> usize {
        let mut ns = Namespace::with_reserved(&["Unknown"]);
        let mut seen = HashSet::new();
        let mut variants = Vec::new();
        let mut pairs = Vec::new();
        for v in values {
            let Some(s) = v.as_str() else { continue };
            if !seen.insert(s.to_string()) {
                continue;
            }
            let mut name = variant_ident(s);
            if name == "Unknown" {
                name = "UnknownValue".into();
            }
            let name = ns.claim(&name);
            pairs.push((s.to_string(), name.clone()));
            variants.push(EnumVariant {
                name,
                value: s.to_string(),
                doc: Vec::new(),
            });
        }
        let idx = self.register(
            base,
            doc,
            TypeKind::Enum {
                variants,
                forward_compatible: true,
            },
        );
        self.enum_variants.insert(idx, pairs);
        idx
    }

    fn struct_body(&mut self, idx: usize, id: SchemaId) {
        let s = self.schema(id);
        let parent = self.defs[idx].name.clone();
        let mut ns = Namespace::default();
        let mut fields = Vec::new();
        for (prop, pid) in &s.properties {
            let prop_schema = self.arena.get(*pid);
            if prop_schema.never {
                continue;
            }
            let doc = doc_lines(
                prop_schema
                    .description
                    .as_deref()
                    .or(prop_schema.title.as_deref()),
            );
            let default_value = prop_schema.default.clone();
            let (ty, nullable) = self.resolve(*pid, &format!("{parent}{}", camel(prop)));
            let optional = !s.is_required(prop);
            let rust_name = ns.claim(&field_ident(prop));
            let default = if optional && !nullable {
                default_value.and_then(|d| self.default_fn(&parent, &rust_name, &ty, &d))
            } else {
                None
            };
            if optional && nullable && ty != Ty::Value && ty != Ty::Unit {
                self.uses_nullable_helper = true;
            }
            fields.push(Field {
                rust_name,
                json_name: prop.clone(),
                ty,
                optional,
                nullable,
                default,
                flatten: false,
                doc,
            });
            // `Option<Value>` already holds null.
            if let Some(f) = fields.last_mut()
                && (f.ty == Ty::Value || f.ty == Ty::Unit)
            {
                f.nullable = false;
            }
        }
        if let Additional::Schema(v) = s.additional
            && !self.arena.get(v).never
        {
            let value = self.resolve_value(v, &format!("{parent}Value"));
            fields.push(Field {
                rust_name: ns.claim("additional_properties"),
                json_name: String::new(),
                ty: Ty::Map(Box::new(value)),
                optional: false,
                nullable: false,
                default: None,
                flatten: true,
                doc: vec!["Properties beyond the declared ones.".into()],
            });
        }
        self.defs[idx].kind = TypeKind::Struct { fields };
    }

    fn default_fn(&mut self, parent: &str, field: &str, ty: &Ty, value: &Value) -> Option<String> {
        let expr = match (ty, value) {
            (Ty::Path(p), Value::String(s)) if is_string_path(p) => format!("{s:?}.to_string()"),
            (Ty::Path(p), Value::Bool(b)) if p == "bool" => b.to_string(),
            (Ty::Path(p), Value::Number(n))
                if matches!(p.as_str(), "i64" | "i32" | "u64") && (n.is_i64() || n.is_u64()) =>
            {
                let v = n.as_i64()?;
                if p == "u64" && v < 0 || p == "i32" && i32::try_from(v).is_err() {
                    return None;
                }
                format!("{v}")
            }
            (Ty::Path(p), Value::Number(n)) if p == "f64" || p == "f32" => {
                let v = n.as_f64()?;
                if !v.is_finite() {
                    return None;
                }
                format!("{v:?}_{p}")
            }
            (Ty::Named(i), Value::String(s)) => {
                let pairs = self.enum_variants.get(i)?;
                let (_, variant) = pairs.iter().find(|(v, _)| v == s)?;
                format!("super::{}::{variant}", self.defs[*i].name)
            }
            _ => return None,
        };
        let name = self
            .default_names
            .claim(&format!("{}_{}", field_ident(parent), field));
        self.defaults.push(DefaultFn {
            name: name.clone(),
            ty: ty.clone(),
            expr,
        });
        Some(format!("defaults::{name}"))
    }

    fn union_body(&mut self, idx: usize, id: SchemaId) {
        let s = self.schema(id);
        let parent = self.defs[idx].name.clone();
        let mut members: Vec<SchemaId> = Vec::new();
        for m in s.one_of.iter().chain(s.any_of.iter()) {
            if !members.contains(m) && !is_null_only(self.arena.get(*m)) {
                members.push(*m);
            }
        }
        if let Some(d) = &s.discriminator {
            let mut pairs: Vec<(String, SchemaId)> =
                d.mapping.iter().map(|(k, v)| (k.clone(), *v)).collect();
            for m in &members {
                if !pairs.iter().any(|(_, id)| id == m)
                    && let Some(n) = &self.arena.get(*m).name
                {
                    pairs.push((n.clone(), *m));
                }
            }
            if !pairs.is_empty() {
                let mut ns = Namespace::with_reserved(&["Unknown"]);
                let mut variants = Vec::new();
                for (value, target) in pairs {
                    let ty = self.resolve_value(target, &format!("{parent}{}", camel(&value)));
                    variants.push(UnionVariant {
                        name: ns.claim(&variant_ident(&value)),
                        tag_value: Some(value),
                        ty,
                    });
                }
                self.defs[idx].kind = TypeKind::Tagged {
                    tag: d.property_name.clone(),
                    variants,
                };
                return;
            }
        }
        let mut ns = Namespace::with_reserved(&["Other"]);
        let mut variants: Vec<(i64, UnionVariant)> = Vec::new();
        let mut catch_all = false;
        for (i, m) in members.iter().enumerate() {
            let ms = self.schema(*m);
            let label = match (&ms.name, ms.types.single()) {
                (Some(n), _) => type_ident(n),
                (None, Some(JsonType::String)) => "String".into(),
                (None, Some(JsonType::Integer)) => "Integer".into(),
                (None, Some(JsonType::Number)) => "Number".into(),
                (None, Some(JsonType::Boolean)) => "Boolean".into(),
                (None, Some(JsonType::Array)) => "Array".into(),
                _ => format!("Variant{}", i + 1),
            };
            let ty = self.resolve_value(*m, &format!("{parent}{label}"));
            if variants.iter().any(|(_, v)| v.ty == ty) {
                continue;
            }
            let rank = match &ty {
                Ty::Named(_) if !ms.properties.is_empty() => -(ms.required.len() as i64) - 1,
                _ => 0,
            };
            let is_value = ty.is_value();
            let name = ns.claim(&variant_ident(&label));
            variants.push((
                rank,
                UnionVariant {
                    name,
                    tag_value: None,
                    ty,
                },
            ));
            if is_value {
                catch_all = true;
                break;
            }
        }
        variants.sort_by_key(|(rank, v)| (v.ty.is_value(), *rank));
        let mut variants: Vec<UnionVariant> = variants.into_iter().map(|(_, v)| v).collect();
        if !catch_all {
            variants.push(UnionVariant {
                name: "Other".into(),
                tag_value: None,
                ty: Ty::Value,
            });
        }
        self.defs[idx].kind = TypeKind::Untagged { variants };
    }

    /// Boxes references that would make a type infinitely sized (members of the
    /// same strongly connected component of the direct-reference graph).
    pub fn box_recursion(&mut self) {
        let n = self.defs.len();
        let mut edges: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, def) in self.defs.iter().enumerate() {
            for t in def_tys(&def.kind) {
                t.direct_refs(&mut edges[i]);
            }
        }
        let comp = scc(&edges);
        for i in 0..n {
            let c = comp[i];
            let should = |j: usize| comp[j] == c;
            match &mut self.defs[i].kind {
                TypeKind::Struct { fields } => {
                    for f in fields {
                        f.ty.box_direct(&should);
                    }
                }
                TypeKind::Tagged { variants, .. } | TypeKind::Untagged { variants } => {
                    for v in variants {
                        v.ty.box_direct(&should);
                    }
                }
                _ => {}
            }
        }
    }
}

fn def_tys(kind: &TypeKind) -> Vec<&Ty> {
    match kind {
        TypeKind::Struct { fields } => fields.iter().map(|f| &f.ty).collect(),
        TypeKind::Tagged { variants, .. } | TypeKind::Untagged { variants } => {
            variants.iter().map(|v| &v.ty).collect()
        }
        _ => Vec::new(),
    }
}

/// Schema `id` of `arena` with its `allOf` merged, borrowed when there is nothing to merge.
pub fn merged_schema(arena: &SchemaArena, id: SchemaId) -> Cow<'_, Schema> {
    let raw = arena.get(id);
    if raw.all_of.is_empty() {
        Cow::Borrowed(raw)
    } else {
        Cow::Owned(arena.merged(id))
    }
}

/// Whether a rendered path is a `String` (or one of the string format aliases).
pub fn is_string_path(p: &str) -> bool {
    p == "String" || p.starts_with("crate::formats::")
}

fn string_ty(format: Option<&str>) -> Ty {
    Ty::path(match format {
        Some("date-time") => "crate::formats::DateTime",
        Some("date") => "crate::formats::Date",
        Some("time") => "crate::formats::Time",
        Some("uuid") => "crate::formats::Uuid",
        Some("decimal") | Some("number") => "crate::formats::Decimal",
        Some("uri") | Some("url") | Some("uri-reference") => "crate::formats::Uri",
        Some("email") => "crate::formats::Email",
        Some("byte") => "crate::formats::Base64",
        Some("binary") => "crate::formats::Binary",
        Some("int64") => "crate::formats::Int64String",
        _ => "String",
    })
}

fn int_ty(format: Option<&str>) -> Ty {
    Ty::path(match format {
        Some("int32") => "i32",
        Some("uint32") | Some("uint64") | Some("uint") => "u64",
        _ => "i64",
    })
}

/// Tarjan's strongly connected components, iteratively (deep graphs must not
/// overflow the stack). Returns each node's component number.
fn scc(edges: &[Vec<usize>]) -> Vec<usize> {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut comp = vec![usize::MAX; n];
    let mut next_index = 0;
    let mut next_comp = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut ei)) = work.last_mut() {
            if *ei < edges[v].len() {
                let w = edges[v][*ei];
                *ei += 1;
                if index[w] == usize::MAX {
                    index[w] = next_index;
                    low[w] = next_index;
                    next_index += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                work.pop();
                if let Some(&(parent, _)) = work.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        comp[w] = next_comp;
                        if w == v {
                            break;
                        }
                    }
                    next_comp += 1;
                }
            }
        }
    }
    comp
}

#[cfg(test)]
mod tests {
    use super::scc;

    #[test]
    fn scc_finds_cycles() {
        let c = scc(&[vec![1], vec![0], vec![2], vec![]]);
        assert_eq!(c[0], c[1]);
        assert_ne!(c[0], c[2]);
        assert_ne!(c[2], c[3]);
    }
}
