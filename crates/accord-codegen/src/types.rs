//! Schema → IR: turns the contract's schemas into [`TypeDef`]s.
//!
//! Named component schemas keep their names; inline schemas are named from their
//! context (`ContactMailingAddress`, `ListContactsResponse`) with collisions
//! numbered in traversal order. Objects become structs, string enums become
//! forward-compatible enums, `oneOf` with a discriminator a tagged union, a
//! `oneOf`/`anyOf` of string enums one enum over all their values, other
//! `oneOf`/`anyOf` an untagged union with its variants tried narrowest first and
//! ending in a catch-all variant, `allOf` is merged, and recursion is broken with
//! `Box` on the strongly connected components of the type graph. Bodies are built
//! from a work queue, so deep chains of references never deepen the call stack.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet, VecDeque};

use accord_spec::{Additional, JsonType, Schema, SchemaArena, SchemaId};
use heck::ToUpperCamelCase;
use serde_json::Value;

use crate::ir::{
    DefaultFn, DefaultValue, EnumVariant, Field, SerdeTraits, Ty, TypeDef, TypeKind, UnionVariant,
};
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

/// An enum value with its doc lines.
type DocumentedValue = (String, Vec<String>);

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
        self.defs.push(TypeDef {
            name,
            doc,
            serde: SerdeTraits::BOTH,
            kind,
        });
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
        // Most schemas are strings, numbers and the like that get no type of their own:
        // only those that do need a name and documentation.
        let base = || type_ident(own_name.as_deref().unwrap_or(hint));
        let doc = || doc_lines(s.description.as_deref().or(s.title.as_deref()));

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
                    if let Some((values, enum_nullable)) = self.string_enum_members(&non_null) {
                        let idx = self.enum_def(&base(), doc(), &values);
                        return (Ty::Named(idx), nullable || enum_nullable);
                    }
                    let idx =
                        self.register(&base(), doc(), TypeKind::Untagged { variants: vec![] });
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
                    let values: Vec<DocumentedValue> = non_null
                        .iter()
                        .filter_map(|v| Some((v.as_str()?.to_string(), Vec::new())))
                        .collect();
                    let idx = self.enum_def(&base(), doc(), &values);
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
            let idx = self.register(&base(), doc(), TypeKind::Struct { fields: vec![] });
            self.queue.push_back((idx, id, Body::Struct));
            return (Ty::Named(idx), nullable);
        }

        let single = types.single();
        let ty = match single {
            Some(JsonType::Object) => self.map_ty(&s, &base()),
            Some(JsonType::Array) => match s.items {
                Some(items) => Ty::Vec(Box::new(
                    self.resolve_value(items, &format!("{}Item", base())),
                )),
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
                    self.map_ty(&s, &base())
                } else if let Some(items) = s.items {
                    Ty::Vec(Box::new(
                        self.resolve_value(items, &format!("{}Item", base())),
                    ))
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
            self.register(&base(), doc(), kind);
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

    /// When every member of a union is a string enum or a string `const`: the values
    /// in member order, duplicates dropped (each with the doc of the member that lists
    /// it first, when that member lists only it), and whether `null` is allowed. Such a
    /// union is one forward-compatible enum over all the values: as an untagged union
    /// of enums, the first member's `Unknown(String)` would take every value meant for
    /// the others.
    fn string_enum_members(&self, members: &[SchemaId]) -> Option<(Vec<DocumentedValue>, bool)> {
        let mut values: Vec<DocumentedValue> = Vec::new();
        let mut nullable = false;
        for m in members {
            let ms = self.schema(*m);
            let composed = !ms.one_of.is_empty() || !ms.any_of.is_empty();
            let types = ms.types.without_null();
            let string_typed = types.is_any() || types.single() == Some(JsonType::String);
            if composed || !string_typed || !ms.properties.is_empty() {
                return None;
            }
            let listed = ms.enum_values.as_ref()?;
            let strings: Vec<&str> = listed.iter().filter_map(Value::as_str).collect();
            let nulls = listed.iter().filter(|v| v.is_null()).count();
            if strings.is_empty() || strings.len() + nulls != listed.len() {
                return None;
            }
            nullable |= nulls > 0 || ms.is_nullable();
            // A member's doc describes its value only when it lists one (Xero's `const`s).
            let doc = if strings.len() == 1 {
                doc_lines(ms.description.as_deref().or(ms.title.as_deref()))
            } else {
                Vec::new()
            };
            for v in strings {
                if !values.iter().any(|(seen, _)| seen == v) {
                    values.push((v.to_string(), doc.clone()));
                }
            }
        }
        Some((values, nullable))
    }

    /// A forward-compatible enum over `values` (value, doc), duplicates dropped.
    fn enum_def(&mut self, base: &str, doc: Vec<String>, values: &[DocumentedValue]) -> usize {
        let mut ns = Namespace::with_reserved(&["Unknown"]);
        let mut seen = HashSet::new();
        let mut variants = Vec::new();
        let mut pairs = Vec::new();
        for (s, value_doc) in values {
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
                doc: value_doc.clone(),
            });
        }
        let idx = self.register(
            base,
            doc,
            TypeKind::Enum {
                variants,
                forward_compatible: true,
                known_values_fn: false,
            },
        );
        self.enum_variants.insert(idx, pairs);
        idx
    }

    fn struct_body(&mut self, idx: usize, id: SchemaId) {
        let s = self.schema(id);
        let parent = self.defs[idx].name.clone();
        let mut ns = Namespace::default();
        let mut setters = Namespace::default();
        // `with_type` for `r#type` or `type_`: the setter's name is never a keyword.
        let mut setter = |rust_name: &str| {
            let bare = rust_name.trim_start_matches("r#").trim_end_matches('_');
            setters.claim(&format!(
                "with_{}",
                if bare.is_empty() { rust_name } else { bare }
            ))
        };
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
                setter: setter(&rust_name),
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
            let rust_name = ns.claim("additional_properties");
            fields.push(Field {
                setter: setter(&rust_name),
                rust_name,
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
        let value = match (ty, value) {
            (Ty::Path(p), Value::String(s)) if is_string_path(p) => {
                DefaultValue::String { text: s.clone() }
            }
            (Ty::Path(p), Value::Bool(b)) if p == "bool" => DefaultValue::Bool { value: *b },
            (Ty::Path(p), Value::Number(n))
                if matches!(p.as_str(), "i64" | "i32" | "u64") && (n.is_i64() || n.is_u64()) =>
            {
                let v = n.as_i64()?;
                if p == "u64" && v < 0 || p == "i32" && i32::try_from(v).is_err() {
                    return None;
                }
                DefaultValue::Integer { value: v }
            }
            (Ty::Path(p), Value::Number(n)) if p == "f64" || p == "f32" => {
                let v = n.as_f64()?;
                if !v.is_finite() {
                    return None;
                }
                DefaultValue::Float {
                    digits: format!("{v:?}"),
                    ty: p.clone(),
                }
            }
            (Ty::Named(i), Value::String(s)) => {
                let pairs = self.enum_variants.get(i)?;
                let (_, variant) = pairs.iter().find(|(v, _)| v == s)?;
                DefaultValue::EnumVariant {
                    enum_name: self.defs[*i].name.clone(),
                    variant: variant.clone(),
                }
            }
            _ => return None,
        };
        let name = self
            .default_names
            .claim(&format!("{}_{}", field_ident(parent), field));
        self.defaults.push(DefaultFn {
            name: name.clone(),
            ty: ty.clone(),
            value,
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
                        known_values_only: false,
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
        let mut variants: Vec<(Shape, UnionVariant)> = Vec::new();
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
            // The string formats are `String` aliases: a second one could never match.
            if variants.iter().any(|(_, v)| same_wire_type(&v.ty, &ty)) {
                continue;
            }
            let shape = self.shape(&ty, i64::try_from(ms.required.len()).unwrap_or(i64::MAX));
            let name = ns.claim(&variant_ident(&label));
            variants.push((
                shape,
                UnionVariant {
                    name,
                    tag_value: None,
                    ty,
                    known_values_only: false,
                },
            ));
        }
        let mut variants = order_untagged(variants);
        // A forward-compatible enum takes every string through `Unknown`, so ordering
        // alone cannot serve an enum beside a plain string: whichever goes first takes
        // all strings. Where a later variant also takes strings (a plain string, another
        // enum, a declared catch-all) the enum is tried in its strict form, so a value it
        // does not list reaches that variant; the last string-taking variant keeps its
        // catch-all. This keeps one enum type per schema (the one fields use too) at the
        // cost of one small function on the enums that need it, rather than a second,
        // strict copy of each. (A nullable enum member, `Option<Enum>`, stays lenient.)
        for i in 0..variants.len() {
            let Ty::Named(e) = variants[i].1.ty else {
                continue;
            };
            let later_takes_strings = variants[i + 1..]
                .iter()
                .any(|(shape, _)| shape.accepts & ACCEPTS_STRING != 0);
            if let TypeKind::Enum {
                known_values_fn, ..
            } = &mut self.defs[e].kind
                && later_takes_strings
            {
                *known_values_fn = true;
                variants[i].1.known_values_only = true;
            }
        }
        let catch_all = variants.iter().any(|(_, v)| v.ty.is_value());
        let mut variants: Vec<UnionVariant> = variants.into_iter().map(|(_, v)| v).collect();
        if !catch_all {
            variants.push(UnionVariant {
                name: "Other".into(),
                tag_value: None,
                ty: Ty::Value,
                known_values_only: false,
            });
        }
        self.defs[idx].kind = TypeKind::Untagged { variants };
    }

    /// What JSON `ty` accepts as an untagged union variant, and how broadly;
    /// `required` is the member schema's number of required properties.
    fn shape(&self, ty: &Ty, required: i64) -> Shape {
        match ty {
            Ty::Option(t) | Ty::Boxed(t) => self.shape(t, required),
            Ty::Value => Shape::new(ACCEPTS_ANY, Breadth::Anything),
            Ty::Unit => Shape::new(0, Breadth::Exact),
            Ty::JsonMap | Ty::Map(_) => Shape::new(ACCEPTS_OBJECT, Breadth::AnyOfItsKind),
            Ty::Vec(item) if item.is_value() => Shape::new(ACCEPTS_ARRAY, Breadth::AnyOfItsKind),
            Ty::Vec(_) => Shape::new(ACCEPTS_ARRAY, Breadth::Exact),
            Ty::Path(p) if is_string_path(p) => Shape::new(ACCEPTS_STRING, Breadth::AnyOfItsKind),
            Ty::Path(p) if p == "bool" => Shape::new(ACCEPTS_BOOL, Breadth::Exact),
            // An integer also parses as a float, not the other way round.
            Ty::Path(p) if p == "f64" || p == "f32" => Shape::new(ACCEPTS_NUMBER, Breadth::Wider),
            Ty::Path(p) if matches!(p.as_str(), "i64" | "i32" | "u64") => {
                Shape::new(ACCEPTS_NUMBER, Breadth::Exact)
            }
            // Nothing else is spelled out at this stage; no constraint on its place.
            Ty::Path(_) => Shape::new(0, Breadth::Exact),
            Ty::Named(i) => match &self.defs[*i].kind {
                // Structs ignore unknown members: one with no required property takes
                // any object, and the more a struct requires the more specific it is.
                TypeKind::Struct { .. } => Shape {
                    accepts: ACCEPTS_OBJECT,
                    breadth: if required > 0 {
                        Breadth::Exact
                    } else {
                        Breadth::Wider
                    },
                    required,
                    is_struct: true,
                },
                // Tried strictly where needed (see `union_body`).
                TypeKind::Enum { .. } => Shape::new(ACCEPTS_STRING, Breadth::Exact),
                TypeKind::Alias { ty } => self.shape(ty, required),
                TypeKind::Map { .. } => Shape::new(ACCEPTS_OBJECT, Breadth::AnyOfItsKind),
                // Nested unions end in a catch-all of their own.
                TypeKind::Tagged { .. } | TypeKind::Untagged { .. } => {
                    Shape::new(ACCEPTS_ANY, Breadth::AnyOfItsKind)
                }
            },
        }
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

/// JSON kinds an untagged variant accepts (`null` left out: nullable variants are
/// `Option`s, and which of them holds a `null` does not matter).
const ACCEPTS_STRING: u8 = 1;
const ACCEPTS_NUMBER: u8 = 1 << 1;
const ACCEPTS_BOOL: u8 = 1 << 2;
const ACCEPTS_OBJECT: u8 = 1 << 3;
const ACCEPTS_ARRAY: u8 = 1 << 4;
const ACCEPTS_ANY: u8 =
    ACCEPTS_STRING | ACCEPTS_NUMBER | ACCEPTS_BOOL | ACCEPTS_OBJECT | ACCEPTS_ARRAY;

/// How much of its JSON kinds a variant accepts, narrowest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Breadth {
    /// Only values of a precise form (an enum's listed values, a struct's required members).
    Exact,
    /// A superset of some exact forms (floats take integers, a struct without
    /// required members takes any object).
    Wider,
    /// Every value of its kinds (`String`, maps, nested unions).
    AnyOfItsKind,
    /// Any JSON value.
    Anything,
}

/// What an untagged union variant accepts, for ordering the variants.
#[derive(Clone, Copy)]
struct Shape {
    accepts: u8,
    breadth: Breadth,
    /// Required properties of a struct (more required: more specific).
    required: i64,
    /// A generated struct (tried before other variants when nothing says otherwise).
    is_struct: bool,
}

impl Shape {
    fn new(accepts: u8, breadth: Breadth) -> Self {
        Self {
            accepts,
            breadth,
            required: 0,
            is_struct: false,
        }
    }

    /// Whether `self` must be tried before `other`: both accept some of the same
    /// JSON and `self` accepts less of it.
    fn goes_before(&self, other: &Shape) -> bool {
        self.accepts & other.accepts != 0
            && (self.breadth, -self.required) < (other.breadth, -other.required)
    }
}

/// Orders untagged variants so that none is tried after a broader one that accepts
/// the same kind of JSON (which would leave it unreachable): structs requiring most
/// first, catch-alls last. Variants that share no JSON kind keep the order they had
/// (structs first, most required first, `serde_json::Value` last), so unions without
/// overlaps are unchanged.
fn order_untagged(mut rest: Vec<(Shape, UnionVariant)>) -> Vec<(Shape, UnionVariant)> {
    rest.sort_by_key(|(shape, _)| {
        (
            shape.breadth == Breadth::Anything,
            !shape.is_struct,
            -shape.required,
        )
    });
    let mut ordered = Vec::with_capacity(rest.len());
    while !rest.is_empty() {
        // The first variant no remaining one must precede; the narrowest remaining
        // variant always qualifies (`goes_before` strictly narrows).
        let next = (0..rest.len())
            .find(|&i| !rest.iter().any(|(other, _)| other.goes_before(&rest[i].0)))
            .unwrap_or(0);
        ordered.push(rest.remove(next));
    }
    ordered
}

/// Whether two variant types parse the same JSON the same way (string formats are
/// `String` aliases).
fn same_wire_type(a: &Ty, b: &Ty) -> bool {
    let string_like = |t: &Ty| matches!(t, Ty::Path(p) if is_string_path(p));
    a == b || (string_like(a) && string_like(b))
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
    use super::{
        ACCEPTS_ANY, ACCEPTS_NUMBER, ACCEPTS_OBJECT, ACCEPTS_STRING, Breadth, Shape,
        order_untagged, scc,
    };
    use crate::ir::{Ty, UnionVariant};

    fn variant(name: &str, shape: Shape) -> (Shape, UnionVariant) {
        let variant = UnionVariant {
            name: name.into(),
            tag_value: None,
            ty: Ty::Value,
            known_values_only: false,
        };
        (shape, variant)
    }

    fn names(ordered: &[(Shape, UnionVariant)]) -> Vec<&str> {
        ordered.iter().map(|(_, v)| v.name.as_str()).collect()
    }

    #[test]
    fn broader_variants_move_behind_narrower_ones_of_the_same_kind() {
        let struct_requiring = |required| Shape {
            required,
            is_struct: true,
            ..Shape::new(ACCEPTS_OBJECT, Breadth::Exact)
        };
        let ordered = order_untagged(vec![
            variant("Anything", Shape::new(ACCEPTS_ANY, Breadth::Anything)),
            variant("Float", Shape::new(ACCEPTS_NUMBER, Breadth::Wider)),
            variant("Text", Shape::new(ACCEPTS_STRING, Breadth::AnyOfItsKind)),
            variant(
                "Loose",
                Shape {
                    is_struct: true,
                    ..Shape::new(ACCEPTS_OBJECT, Breadth::Wider)
                },
            ),
            variant("Known", Shape::new(ACCEPTS_STRING, Breadth::Exact)),
            variant("Int", Shape::new(ACCEPTS_NUMBER, Breadth::Exact)),
            variant("One", struct_requiring(1)),
            variant("Two", struct_requiring(2)),
        ]);
        assert_eq!(
            names(&ordered),
            [
                "Two", "One", "Loose", "Known", "Text", "Int", "Float", "Anything"
            ]
        );
    }

    #[test]
    fn variants_sharing_no_kind_keep_their_order() {
        let ordered = order_untagged(vec![
            variant("Text", Shape::new(ACCEPTS_STRING, Breadth::AnyOfItsKind)),
            variant("Int", Shape::new(ACCEPTS_NUMBER, Breadth::Exact)),
            variant("Map", Shape::new(ACCEPTS_OBJECT, Breadth::AnyOfItsKind)),
        ]);
        assert_eq!(names(&ordered), ["Text", "Int", "Map"]);
    }

    #[test]
    fn scc_finds_cycles() {
        let c = scc(&[vec![1], vec![0], vec![2], vec![]]);
        assert_eq!(c[0], c[1]);
        assert_ne!(c[0], c[2]);
        assert_ne!(c[2], c[3]);
    }
}
