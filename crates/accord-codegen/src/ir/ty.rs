//! [`Ty`]: a Rust type in the IR. Named types are indices into the crate's type
//! list until rendering, so that boxing for recursion can be decided on the
//! whole graph; templates see the rendered text.

use serde::Serialize;

/// A Rust type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Ty {
    /// A generated type, by index into `CrateIr::types` (resolved to `Path`
    /// before rendering).
    Named(usize),
    /// Fully spelled type text (`String`, `i64`, `types::Contact`...).
    Path(String),
    /// Any JSON value.
    Value,
    /// A JSON object with any members.
    JsonMap,
    /// `()`, for `null`.
    Unit,
    Vec(Box<Ty>),
    Map(Box<Ty>),
    Option(Box<Ty>),
    Boxed(Box<Ty>),
}

impl Ty {
    pub fn path(s: &str) -> Ty {
        Ty::Path(s.to_string())
    }

    /// Rust source text; `names` spells named types.
    pub fn render(&self, names: &dyn Fn(usize) -> String) -> String {
        match self {
            Ty::Named(i) => names(*i),
            Ty::Path(p) => p.clone(),
            Ty::Value => "serde_json::Value".into(),
            Ty::JsonMap => "serde_json::Map<String, serde_json::Value>".into(),
            Ty::Unit => "()".into(),
            Ty::Vec(t) => format!("Vec<{}>", t.render(names)),
            Ty::Map(t) => format!("std::collections::BTreeMap<String, {}>", t.render(names)),
            Ty::Option(t) => format!("Option<{}>", t.render(names)),
            Ty::Boxed(t) => format!("Box<{}>", t.render(names)),
        }
    }

    /// Replaces every `Named` with its rendered path.
    pub fn resolve(&mut self, names: &dyn Fn(usize) -> String) {
        match self {
            Ty::Named(i) => *self = Ty::Path(names(*i)),
            Ty::Vec(t) | Ty::Map(t) | Ty::Option(t) | Ty::Boxed(t) => t.resolve(names),
            _ => {}
        }
    }

    /// Every generated type `self` mentions, at any depth (`Vec<Option<Named>>` too):
    /// what travels with a value of this type.
    pub fn named_refs(&self, out: &mut Vec<usize>) {
        match self {
            Ty::Named(i) => out.push(*i),
            Ty::Vec(t) | Ty::Map(t) | Ty::Option(t) | Ty::Boxed(t) => t.named_refs(out),
            Ty::Path(_) | Ty::Value | Ty::JsonMap | Ty::Unit => {}
        }
    }

    /// Named types reached without indirection through `Vec` or a map (what makes a
    /// type infinitely sized if it is recursive).
    pub fn direct_refs(&self, out: &mut Vec<usize>) {
        match self {
            Ty::Named(i) => out.push(*i),
            Ty::Option(t) => t.direct_refs(out),
            _ => {}
        }
    }

    /// Boxes the direct references `should_box` selects.
    pub fn box_direct(&mut self, should_box: &dyn Fn(usize) -> bool) {
        match self {
            Ty::Named(i) if should_box(*i) => *self = Ty::Boxed(Box::new(Ty::Named(*i))),
            Ty::Option(t) => t.box_direct(should_box),
            _ => {}
        }
    }

    pub fn is_value(&self) -> bool {
        matches!(self, Ty::Value)
    }
}

impl Serialize for Ty {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.render(&|i| format!("__unresolved_{i}")))
    }
}
