//! Mapping paths (`a.b`, `lines[].qty`, `emails[0].email`): parsing, and resolution through
//! a contract's schema arena (properties, `items`, `allOf` through [`SchemaArena::merged`],
//! `oneOf`/`anyOf` branches, nullability ignored) to the schema and type they name.

use accord_spec::{JsonType, Schema, SchemaArena, SchemaId, Types};
use serde_json::Value;

/// One step of a path.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Token {
    /// A property name.
    Name(String),
    /// `[]`: every element of an array.
    Each,
    /// `[N]`: element N of an array.
    Index(u64),
}

/// A parsed path.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldPath {
    pub text: String,
    pub tokens: Vec<Token>,
}

impl FieldPath {
    /// Number of `[]` steps (array alignment).
    pub fn each_count(&self) -> usize {
        self.tokens.iter().filter(|t| **t == Token::Each).count()
    }
    /// Whether the path uses `[N]`.
    pub fn has_index(&self) -> bool {
        self.tokens.iter().any(|t| matches!(t, Token::Index(_)))
    }
    /// The first property name.
    pub fn head(&self) -> &str {
        match self.tokens.first() {
            Some(Token::Name(n)) => n,
            _ => "",
        }
    }
}

/// Parses `segment *("." segment)`, `segment = name *("[]" / "[" index "]")`.
pub fn parse(text: &str) -> Result<FieldPath, String> {
    if text.is_empty() {
        return Err("a path cannot be empty".into());
    }
    let mut tokens = Vec::new();
    for segment in text.split('.') {
        let (name, mut rest) = match segment.find('[') {
            Some(i) => (&segment[..i], &segment[i..]),
            None => (segment, ""),
        };
        if name.is_empty() {
            return Err(format!("empty property name in path `{text}`"));
        }
        if name.contains(']') {
            return Err(format!("unexpected `]` in path `{text}`"));
        }
        tokens.push(Token::Name(name.to_string()));
        while !rest.is_empty() {
            let Some(close) = rest.find(']') else {
                return Err(format!("unclosed `[` in path `{text}`"));
            };
            let inside = &rest[1..close];
            if inside.is_empty() {
                tokens.push(Token::Each);
            } else if inside.bytes().all(|b| b.is_ascii_digit()) {
                let n = inside
                    .parse::<u64>()
                    .map_err(|_| format!("array index `{inside}` is too large in `{text}`"))?;
                tokens.push(Token::Index(n));
            } else {
                return Err(format!(
                    "`[{inside}]` in path `{text}` is neither `[]` nor a 0-based index"
                ));
            }
            rest = &rest[close + 1..];
            if !rest.is_empty() && !rest.starts_with('[') {
                return Err(format!(
                    "unexpected `{rest}` after `]` in path `{text}` (use `.` between names)"
                ));
            }
        }
    }
    Ok(FieldPath {
        text: text.to_string(),
        tokens,
    })
}

/// What a path resolves to.
#[derive(Clone, Debug)]
pub struct Resolved {
    /// The schema of the addressed value.
    pub schema: SchemaId,
    /// Its `allOf`-merged view.
    pub merged: Schema,
    /// The JSON types it admits, `null` removed; [`Types::ANY`] when unconstrained.
    pub types: Types,
    /// Enum values (or the single `const`), `null` removed.
    pub enum_values: Option<Vec<Value>>,
    /// The addressed property is `readOnly`.
    pub read_only: bool,
    /// The path crossed a schema that could not be known (a remote `$ref`): nothing past it
    /// is checked.
    pub unknown: bool,
    /// Named schemas the path crosses, with the rest of the path inside each:
    /// `Contact.billingAddress.city`, `Address.city`; a named schema the path ends at is
    /// listed alone (`LifecycleStage`).
    pub via: Vec<String>,
}

/// Why a path does not resolve.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathError {
    pub message: String,
}

const MAX_BRANCH_DEPTH: usize = 16;

/// Resolves `path` from the object schema `root`.
pub fn resolve(
    arena: &SchemaArena,
    root: SchemaId,
    path: &FieldPath,
) -> Result<Resolved, PathError> {
    let mut current = root;
    let mut read_only = false;
    let mut via = Vec::new();
    let mut walked = String::new();
    let note = |id: SchemaId, at: usize, via: &mut Vec<String>| {
        if let Some(name) = &arena.get(id).name {
            let rest = render(&path.tokens[at..]);
            if rest.is_empty() {
                via.push(name.clone());
            } else {
                via.push(format!("{name}.{rest}"));
            }
        }
    };
    note(current, 0, &mut via);
    for (i, token) in path.tokens.iter().enumerate() {
        let merged = arena.merged(current);
        if merged.unknown {
            return Ok(unknown(current, merged, via));
        }
        match token {
            Token::Name(name) => {
                let Some(prop) = find_property(arena, current, name, 0) else {
                    let at = if walked.is_empty() {
                        "the schema".to_string()
                    } else {
                        format!("`{walked}`")
                    };
                    return Err(PathError {
                        message: format!("{at} has no property `{name}`"),
                    });
                };
                read_only = arena.merged(prop).read_only;
                if !walked.is_empty() {
                    walked.push('.');
                }
                walked.push_str(name);
                current = prop;
            }
            Token::Each | Token::Index(_) => {
                let items = merged.items.or_else(|| branch_items(arena, &merged));
                let is_array = merged.types.contains(JsonType::Array) || merged.types.is_any();
                match items {
                    Some(items) if is_array => current = items,
                    _ => {
                        return Err(PathError {
                            message: format!("`{walked}` is not an array"),
                        });
                    }
                }
                walked.push_str(if *token == Token::Each { "[]" } else { "[N]" });
            }
        }
        note(current, i + 1, &mut via);
    }
    let merged = arena.merged(current);
    if merged.unknown {
        return Ok(unknown(current, merged, via));
    }
    let types = effective_types(arena, &merged, 0);
    let enum_values = merged
        .enum_values
        .clone()
        .or_else(|| merged.const_value.clone().map(|v| vec![v]))
        .map(|v| v.into_iter().filter(|v| !v.is_null()).collect());
    Ok(Resolved {
        schema: current,
        merged,
        types,
        enum_values,
        read_only,
        unknown: false,
        via,
    })
}

fn unknown(schema: SchemaId, merged: Schema, via: Vec<String>) -> Resolved {
    Resolved {
        schema,
        merged,
        types: Types::ANY,
        enum_values: None,
        read_only: false,
        unknown: true,
        via,
    }
}

/// The tokens written back as path text.
pub fn render(tokens: &[Token]) -> String {
    let mut out = String::new();
    for t in tokens {
        match t {
            Token::Name(n) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(n);
            }
            Token::Each => out.push_str("[]"),
            Token::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// The property `name` of the object `id`: its own (allOf merged), else one of a
/// `oneOf`/`anyOf` branch.
pub fn find_property(
    arena: &SchemaArena,
    id: SchemaId,
    name: &str,
    depth: usize,
) -> Option<SchemaId> {
    if depth > MAX_BRANCH_DEPTH {
        return None;
    }
    let merged = arena.merged(id);
    if let Some(p) = merged.properties.get(name) {
        return Some(*p);
    }
    merged
        .one_of
        .iter()
        .chain(&merged.any_of)
        .find_map(|b| find_property(arena, *b, name, depth + 1))
}

fn branch_items(arena: &SchemaArena, merged: &Schema) -> Option<SchemaId> {
    merged
        .one_of
        .iter()
        .chain(&merged.any_of)
        .find_map(|b| arena.merged(*b).items)
}

/// Declared types without `null`; the union of `oneOf`/`anyOf` branches when the schema
/// itself declares none.
pub fn effective_types(arena: &SchemaArena, merged: &Schema, depth: usize) -> Types {
    let own = merged.types.without_null();
    if !own.is_any() || depth > MAX_BRANCH_DEPTH {
        return own;
    }
    if let Some(values) = merged.enum_values.as_ref().filter(|v| !v.is_empty()) {
        let mut t = Types::ANY;
        for v in values.iter().filter(|v| !v.is_null()) {
            t.insert(value_type(v));
        }
        return t;
    }
    let branches: Vec<SchemaId> = merged
        .one_of
        .iter()
        .chain(&merged.any_of)
        .copied()
        .collect();
    if branches.is_empty() {
        return Types::ANY;
    }
    let mut out = Types::ANY;
    for b in branches {
        let t = effective_types(arena, &arena.merged(b), depth + 1);
        if t.is_any() {
            return Types::ANY;
        }
        for j in t.iter() {
            out.insert(j);
        }
    }
    out
}

/// The JSON type of a value (integers as `integer`).
pub fn value_type(v: &Value) -> JsonType {
    match v {
        Value::Null => JsonType::Null,
        Value::Bool(_) => JsonType::Boolean,
        Value::Number(n) if n.is_i64() || n.is_u64() => JsonType::Integer,
        Value::Number(_) => JsonType::Number,
        Value::String(_) => JsonType::String,
        Value::Array(_) => JsonType::Array,
        Value::Object(_) => JsonType::Object,
    }
}

/// `string`, `integer or number`, ... for messages; `any` for no constraint.
pub fn types_text(t: Types) -> String {
    if t.is_any() {
        return "any".into();
    }
    let names: Vec<&str> = t.iter().map(JsonType::name).collect();
    names.join(" or ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_paths() {
        let p = parse("lines.data[].amount").unwrap();
        assert_eq!(
            p.tokens,
            vec![
                Token::Name("lines".into()),
                Token::Name("data".into()),
                Token::Each,
                Token::Name("amount".into())
            ]
        );
        assert_eq!(p.each_count(), 1);
        let p = parse("emails[0].email").unwrap();
        assert!(p.has_index());
        assert_eq!(render(&p.tokens), "emails[0].email");
        for bad in ["", "a..b", "a[", "a[x]", "a[]b", ".a", "a]"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(parse("a[99999999999999999999999]").is_err());
    }
}
