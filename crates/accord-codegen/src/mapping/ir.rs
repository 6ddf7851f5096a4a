//! The mapping IR: every decision about the generated mapping crate is made here, in Rust
//! (Rust names through [`crate::naming`], the same functions the client generator uses;
//! transform expressions; which fields the round-trip tests reverse; value strategies for
//! the tests; the minimal vendor sample record). Templates only print it.

use std::collections::BTreeSet;

use accord_mapping::paths::{self, FieldPath, Token};
use accord_mapping::{Direction, MappingSpec, Source, Table, Transform};
use accord_spec::{Contract, JsonType, SchemaArena, SchemaId};
use serde::Serialize;
use serde_json::Value;

use crate::naming;

/// The whole crate, as the templates see it (`m`).
#[derive(Debug, Clone, Serialize)]
pub struct MappingIr {
    pub crate_name: String,
    pub mapping_id: String,
    /// One-line summary (README title line, crate docs, Cargo description).
    pub summary: String,
    pub description: Vec<String>,
    /// The mapping file as given (README, docs).
    pub source: String,
    pub vendor_crate: String,
    pub vendor_lib: String,
    pub vendor_path: String,
    pub canonical_crate: String,
    pub canonical_lib: String,
    pub canonical_path: String,
    /// `vendor.schema` as written.
    pub vendor_schema: String,
    /// The canonical object's title.
    pub canonical_name: String,
    /// Rust type names in the client / canonical crates.
    pub vendor_type: String,
    pub canonical_type: String,
    /// `Canonical<Type>`: the canonical type re-exported under a name that cannot clash
    /// with the vendor type.
    pub canonical_alias: String,
    /// Local wrappers for `TryFrom` (orphan rule).
    pub vendor_wrapper: String,
    pub canonical_wrapper: String,
    pub to_canonical_fn: String,
    pub to_vendor_fn: String,
    pub update_vendor_fn: String,
    /// The mapping has fields active outbound (a public reverse is generated).
    pub outbound: bool,
    pub deny_warnings: bool,
    pub fields: Vec<FieldIr>,
    pub canonical_required: Vec<(String, String)>,
    pub vendor_required: Vec<(String, String)>,
    /// JSON text of a minimal valid vendor record.
    pub sample: String,
    pub checks: Vec<CheckIr>,
    /// Vendor arrays the round-trip tests fill (`lines[]` paths), in first-use order.
    pub arrays: Vec<ArrayIr>,
    /// Most elements a generated vendor array gets.
    pub max_items: usize,
    /// A vendor element value whose absence fails inbound mapping, for the test that errors
    /// name the failing element (`Invoice.lines[3].description`).
    pub element_error: Option<ElementErrorIr>,
    pub uses_country: bool,
    /// Some field has an `enum` or `lookup` table (the crate root imports `Table` only then).
    pub uses_table: bool,
    pub countries: Vec<(String, String)>,
}

/// One field entry.
#[derive(Debug, Clone, Serialize)]
pub struct FieldIr {
    pub canonical: Vec<String>,
    pub vendor: Vec<String>,
    /// JSON text.
    pub constant: Option<String>,
    /// JSON text.
    pub default: Option<String>,
    /// The `transforms::Transform` value.
    pub transform: TransformIr,
    pub transform_name: String,
    pub inbound: bool,
    /// Active outbound and writable: fields whose vendor property is `readOnly` are not
    /// written outbound, whatever their declared direction.
    pub outbound: bool,
    pub round_trip: bool,
    pub direction: String,
    pub canonical_text: String,
    pub vendor_text: String,
    /// Rust accessor chains (`plan.unit_amount`), for the README.
    pub rust_canonical: String,
    pub rust_vendor: String,
}

/// One vendor path the round-trip test sets and compares.
#[derive(Debug, Clone, Serialize)]
pub struct CheckIr {
    pub path: String,
    /// The values generated for the path, as a `BoxedStrategy<Option<Value>>`: absent too
    /// when `optional`; for a path through `[]`, a JSON array with one entry per element
    /// slot (`null`: left absent in that element): [`MAX_ITEMS`] to the power of
    /// `each_count`, every nested array getting its own values in every element of the
    /// arrays around it.
    pub strategy: ValueStrategy,
    pub optional: bool,
    /// The number of `[]` of the path.
    pub each_count: usize,
    pub note: String,
    /// Index into [`MappingIr::arrays`] of the innermost array a `[]` path iterates.
    pub array: Option<usize>,
}

/// A vendor array the round-trip tests fill: each element starts as a minimal valid item.
#[derive(Debug, Clone, Serialize)]
pub struct ArrayIr {
    /// The path of the array itself (`lines.data`, or `lines[].taxes` inside each line).
    pub path: String,
    /// JSON text of a minimal valid element.
    pub item: String,
    /// Index into [`MappingIr::arrays`] of the array this one sits in, for an array inside
    /// the elements of another (`lines[].taxes` in `lines`); always listed before it.
    pub parent: Option<usize>,
}

/// The generated test of error paths inside arrays: element [`MAX_ITEMS`] of array `array`
/// lacks the value at vendor `path`, so inbound fails with `expected`.
#[derive(Debug, Clone, Serialize)]
pub struct ElementErrorIr {
    pub array: usize,
    pub path: String,
    pub expected: String,
}

/// Most elements a generated vendor array gets (enough for index alignment to matter).
const MAX_ITEMS: usize = 3;

/// Generation inputs that are not in the mapping.
#[derive(Debug, Clone)]
pub struct Names {
    pub crate_name: String,
    pub vendor_crate: String,
    pub vendor_path: String,
    pub canonical_crate: String,
    pub canonical_path: String,
    pub source: String,
    pub deny_warnings: bool,
}

fn json_text(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

fn key_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A `transforms::Transform` value, by the shape of its parameters: `name` is the
/// variant's Rust name.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "shape", rename_all = "snake_case")]
pub enum TransformIr {
    /// No parameters (`Copy`, `Uppercase`...).
    Unit { name: &'static str },
    /// A separator (`Concat`, `Split`).
    Separator {
        name: &'static str,
        separator: String,
    },
    /// A table (`Enum`, `Lookup`).
    Table { name: &'static str, table: TableIr },
    /// A number of fraction digits (`MinorUnitsToDecimal`, `DecimalToMinorUnits`).
    Exponent { name: &'static str, exponent: u32 },
}

/// A `transforms::Table`: keys as written, values as JSON text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableIr {
    pub entries: Vec<(String, String)>,
    pub fallback: Option<String>,
    pub reverse: Vec<(String, String)>,
}

impl TableIr {
    fn of(t: &Table) -> TableIr {
        let pairs = |pairs: &[(
            accord_mapping::Located<String>,
            accord_mapping::Located<Value>,
        )]| {
            pairs
                .iter()
                .map(|(k, v)| (k.value.clone(), json_text(&v.value)))
                .collect()
        };
        TableIr {
            entries: pairs(&t.entries),
            fallback: t.fallback.as_ref().map(|f| json_text(&f.value)),
            reverse: pairs(&t.reverse),
        }
    }
}

impl TransformIr {
    fn of(t: Option<&Transform>) -> TransformIr {
        let unit = |name| TransformIr::Unit { name };
        match t {
            None => unit("Copy"),
            Some(t) => match t {
                Transform::Concat { separator } => TransformIr::Separator {
                    name: "Concat",
                    separator: separator.clone(),
                },
                Transform::Split { separator } => TransformIr::Separator {
                    name: "Split",
                    separator: separator.clone(),
                },
                Transform::Enum(t) => TransformIr::Table {
                    name: "Enum",
                    table: TableIr::of(t),
                },
                Transform::Lookup(t) => TransformIr::Table {
                    name: "Lookup",
                    table: TableIr::of(t),
                },
                Transform::MinorUnitsToDecimal { exponent } => TransformIr::Exponent {
                    name: "MinorUnitsToDecimal",
                    exponent: *exponent,
                },
                Transform::DecimalToMinorUnits { exponent } => TransformIr::Exponent {
                    name: "DecimalToMinorUnits",
                    exponent: *exponent,
                },
                Transform::UnixSecondsToRfc3339 => unit("UnixSecondsToRfc3339"),
                Transform::Rfc3339ToUnixSeconds => unit("Rfc3339ToUnixSeconds"),
                Transform::CountryAlpha3ToAlpha2 => unit("CountryAlpha3ToAlpha2"),
                Transform::Uppercase => unit("Uppercase"),
                Transform::Lowercase => unit("Lowercase"),
                Transform::ToString => unit("ToString"),
                Transform::ToNumber => unit("ToNumber"),
            },
        }
    }
}

/// Vendor keys of a table that survive vendor → canonical → vendor.
fn round_trip_keys(t: &Table) -> (Vec<String>, Vec<String>) {
    let (mut keep, mut lossy) = (Vec::new(), Vec::new());
    for (k, v) in &t.entries {
        let canonical = key_text(&v.value);
        let back = match t.reverse.iter().find(|(rk, _)| rk.value == canonical) {
            Some((_, vendor)) => key_text(&vendor.value),
            None => t
                .entries
                .iter()
                .find(|(_, cv)| cv.value == v.value)
                .map(|(ek, _)| ek.value.clone())
                .unwrap_or_default(),
        };
        if back == k.value {
            keep.push(k.value.clone());
        } else {
            lossy.push(k.value.clone());
        }
    }
    (keep, lossy)
}

/// The Rust accessor chain of a path (`plan.unit_amount`, `lines[].qty`).
fn rust_chain(path: &str) -> String {
    match paths::parse(path) {
        Ok(p) => {
            let mut out = String::new();
            for t in &p.tokens {
                match t {
                    Token::Name(n) => {
                        if !out.is_empty() {
                            out.push('.');
                        }
                        out.push_str(&naming::field_ident(n));
                    }
                    Token::Each => out.push_str("[]"),
                    Token::Index(i) => out.push_str(&format!("[{i}]")),
                }
            }
            out
        }
        Err(_) => path.to_string(),
    }
}

/// Whether every property step of `path` is required by its parent.
fn path_required(arena: &SchemaArena, root: SchemaId, path: &FieldPath) -> bool {
    let mut current = root;
    for t in &path.tokens {
        let merged = arena.merged(current);
        match t {
            Token::Name(n) => {
                if !merged.required.iter().any(|r| r == n) {
                    return false;
                }
                match paths::find_property(arena, current, n, 0) {
                    Some(p) => current = p,
                    None => return false,
                }
            }
            Token::Each | Token::Index(_) => match merged.items {
                Some(i) => current = i,
                None => return false,
            },
        }
    }
    true
}

/// Whether the last property of `path` is required by the object that holds it (whether or
/// not that object is itself required).
fn required_in_parent(arena: &SchemaArena, root: SchemaId, path: &FieldPath) -> bool {
    let Some(last) = path
        .tokens
        .iter()
        .rposition(|t| matches!(t, Token::Name(_)))
    else {
        return false;
    };
    let Token::Name(name) = &path.tokens[last] else {
        return false;
    };
    let parent = if last == 0 {
        Some(root)
    } else {
        paths::resolve(arena, root, &path_of(&path.tokens[..last]))
            .ok()
            .map(|r| r.schema)
    };
    parent.is_some_and(|p| arena.merged(p).required.iter().any(|r| r == name))
}

/// `(parent, property)` for the required properties of the root and of every object the
/// given paths write into.
fn required_pairs<'a>(
    arena: &SchemaArena,
    root: SchemaId,
    written: impl Iterator<Item = &'a str>,
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let push = |parent: &str, id: SchemaId, out: &mut Vec<(String, String)>| {
        for r in arena.merged(id).required {
            let pair = (parent.to_string(), r);
            if !out.contains(&pair) {
                out.push(pair);
            }
        }
    };
    push("", root, &mut out);
    for text in written {
        let Ok(path) = paths::parse(text) else {
            continue;
        };
        let mut current = root;
        for (i, t) in path.tokens.iter().enumerate() {
            let next = match t {
                Token::Name(n) => paths::find_property(arena, current, n, 0),
                Token::Each | Token::Index(_) => arena.merged(current).items,
            };
            let Some(next) = next else { break };
            current = next;
            let is_last = i + 1 == path.tokens.len();
            let next_is_index =
                matches!(path.tokens.get(i + 1), Some(Token::Each | Token::Index(_)));
            if !is_last && !next_is_index {
                push(&paths::render(&path.tokens[..=i]), current, &mut out);
            }
        }
    }
    out
}

/// A minimal valid vendor value of a schema (required members only, the fewest items),
/// from the one sample generator.
fn sample(vendor: &Contract, id: SchemaId) -> Value {
    let options = accord_schema::SampleOptions::minimal();
    accord_schema::generate(vendor, id, accord_schema::Direction::Response, &options).value
}

/// Creates the (optional) objects on the way to `path` in `doc`, with their required properties.
fn ensure_path(vendor: &Contract, root: SchemaId, doc: &mut Value, path: &FieldPath) {
    let arena = &vendor.schemas;
    let mut current = root;
    let mut node = doc;
    let n = path.tokens.len();
    for (i, t) in path.tokens.iter().enumerate() {
        if i + 1 == n {
            return;
        }
        let Token::Name(name) = t else { return };
        let Some(prop) = paths::find_property(arena, current, name, 0) else {
            return;
        };
        current = prop;
        if matches!(path.tokens.get(i + 1), Some(Token::Each | Token::Index(_))) {
            return;
        }
        let Value::Object(obj) = node else { return };
        let entry = obj.entry(name.clone()).or_insert(Value::Null);
        if !entry.is_object() {
            *entry = sample(vendor, prop);
            if !entry.is_object() {
                *entry = Value::Object(serde_json::Map::new());
            }
        }
        node = entry;
    }
}

/// The JSON pointer of a path (`[]` as the first element).
fn pointer(tokens: &[Token]) -> String {
    tokens
        .iter()
        .map(|t| match t {
            Token::Name(n) => format!("/{}", n.replace('~', "~0").replace('/', "~1")),
            Token::Index(i) => format!("/{i}"),
            Token::Each => "/0".to_string(),
        })
        .collect()
}

/// A path from tokens.
fn path_of(tokens: &[Token]) -> FieldPath {
    FieldPath {
        text: paths::render(tokens),
        tokens: tokens.to_vec(),
    }
}

/// Whether a vendor path ends at a `readOnly` property.
fn read_only(arena: &SchemaArena, root: SchemaId, text: &str) -> bool {
    paths::parse(text)
        .ok()
        .and_then(|p| paths::resolve(arena, root, &p).ok())
        .is_some_and(|r| r.read_only)
}

/// A `Strategy<Value = Value>` of the round-trip tests, one case per generator the
/// template writes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ValueStrategy {
    /// One of these values (JSON texts).
    Select {
        values: Vec<String>,
    },
    /// Strings matching a regular expression.
    Pattern {
        regex: String,
    },
    /// Integers from -10⁹ to 10⁹.
    Integer,
    /// Integer minor units from -10¹² to 10¹².
    MinorUnits,
    /// Decimal strings with `exponent` fraction digits (from integer minor units).
    DecimalString {
        exponent: u32,
    },
    /// Unix seconds from 1970 to 9999.
    UnixSeconds,
    /// RFC 3339 UTC date-times without fraction, 1970 to 9999.
    DateTime,
    /// Calendar dates, 1970 to 9999.
    Date,
    /// Known ISO 3166 alpha-3 codes.
    Country,
    /// Integer decimal strings.
    IntegerString,
    /// One to `parts` non-empty alphanumeric parts joined by `separator`.
    Joined {
        parts: usize,
        separator: String,
    },
    /// Numbers with two decimals.
    Cents,
    Bool,
}

/// A strategy for a vendor value of `schema`, with a note.
fn value_strategy(
    arena: &SchemaArena,
    schema: SchemaId,
    transform: Option<&Transform>,
    parts: usize,
) -> Option<(ValueStrategy, String)> {
    let m = arena.merged(schema);
    let types = paths::effective_types(arena, &m, 0);
    let pick = |values: Vec<String>| ValueStrategy::Select { values };
    let string = |regex: &str| ValueStrategy::Pattern {
        regex: regex.to_string(),
    };
    Some(match transform {
        Some(Transform::Enum(t)) | Some(Transform::Lookup(t)) => {
            let (keep, lossy) = round_trip_keys(t);
            let keep: Vec<String> = keep.iter().map(|k| json_text(&Value::String(k.clone()))).collect();
            if keep.is_empty() {
                return None;
            }
            let note = if lossy.is_empty() {
                "table keys (every one maps back to itself)".to_string()
            } else {
                format!(
                    "table keys that map back to themselves only; {} are lossy (their canonical value reverses to another key) and are not generated",
                    lossy.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                )
            };
            (pick(keep), note)
        }
        Some(Transform::MinorUnitsToDecimal { .. }) => (
            ValueStrategy::MinorUnits,
            "integer minor units".into(),
        ),
        Some(Transform::DecimalToMinorUnits { exponent }) => (
            ValueStrategy::DecimalString { exponent: *exponent },
            format!("decimal strings with {exponent} fraction digits (the canonical form; other spellings of the same amount do not round-trip byte for byte)"),
        ),
        Some(Transform::UnixSecondsToRfc3339) => (ValueStrategy::UnixSeconds, "Unix seconds from 1970 to 9999".into()),
        Some(Transform::Rfc3339ToUnixSeconds) => (
            ValueStrategy::DateTime,
            "UTC `Z` date-times without fraction (other offsets are normalised, so they are not generated)".into(),
        ),
        Some(Transform::CountryAlpha3ToAlpha2) => (
            ValueStrategy::Country,
            "known alpha-3 codes".into(),
        ),
        Some(Transform::Uppercase) => (string("[a-z]{1,8}"), "lower-case ASCII (upper case does not survive `lowercase`)".into()),
        Some(Transform::Lowercase) => (string("[A-Z]{1,8}"), "upper-case ASCII (lower case does not survive `uppercase`)".into()),
        Some(Transform::ToNumber) => (
            ValueStrategy::IntegerString,
            "integer decimal strings (`1.50` would come back as `1.5`)".into(),
        ),
        Some(Transform::Concat { .. }) if parts > 1 => (
            string("[A-Za-z0-9]{1,12}"),
            "non-empty parts without the separator (`split` cannot restore a part containing it)".into(),
        ),
        Some(Transform::Split { separator }) => (
            ValueStrategy::Joined { parts, separator: separator.clone() },
            "up to as many separated non-empty parts as canonical paths".into(),
        ),
        _ => {
            if let Some(values) = m.enum_values.as_ref().filter(|v| !v.is_empty()) {
                let texts: Vec<String> = values.iter().filter(|v| !v.is_null()).map(json_text).collect();
                (pick(texts), "the vendor enum's values".into())
            } else if types.contains(JsonType::String) {
                match m.format.as_deref() {
                    Some("date-time") => (ValueStrategy::DateTime, "RFC 3339 date-times".into()),
                    Some("date") => (ValueStrategy::Date, "calendar dates".into()),
                    Some("email") => (string("[a-z]{1,8}@[a-z]{1,8}\\.example"), "e-mail addresses".into()),
                    _ => (string("[A-Za-z0-9]{1,16}"), "non-empty alphanumeric strings".into()),
                }
            } else if types.contains(JsonType::Integer) {
                (ValueStrategy::Integer, "integers".into())
            } else if types.contains(JsonType::Number) {
                (ValueStrategy::Cents, "numbers with two decimals".into())
            } else if types.contains(JsonType::Boolean) {
                (ValueStrategy::Bool, "booleans".into())
            } else {
                return None;
            }
        }
    })
}

/// Where the value of a vendor path through `[]` lives.
enum Innermost<'p> {
    /// Inside each element of `arrays[index]` (the array of the last `[]`), whose item schema
    /// is `items`, at `rest`.
    Array {
        index: usize,
        items: SchemaId,
        rest: &'p [Token],
    },
    /// One of the arrays on the way does not resolve to an array schema.
    Unresolved,
}

/// Registers in `arrays` every array a `[]` path iterates, outer ones first (`lines`, then
/// `lines[].taxes`), each linked to the array it sits in. `None` for a path without `[]`.
fn register_arrays<'p>(
    vendor: &Contract,
    root: SchemaId,
    path: &'p FieldPath,
    arrays: &mut Vec<ArrayIr>,
) -> Option<Innermost<'p>> {
    let mut innermost = None;
    let mut parent = None;
    for (split, _) in path
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| **t == Token::Each)
    {
        let prefix = path_of(&path.tokens[..split]);
        let Some(items) = paths::resolve(&vendor.schemas, root, &prefix)
            .ok()
            .and_then(|r| r.merged.items)
        else {
            return Some(Innermost::Unresolved);
        };
        let index = match arrays.iter().position(|a| a.path == prefix.text) {
            Some(i) => i,
            None => {
                arrays.push(ArrayIr {
                    path: prefix.text.clone(),
                    item: json_text(&sample(vendor, items)),
                    parent,
                });
                arrays.len() - 1
            }
        };
        parent = Some(index);
        innermost = Some(Innermost::Array {
            index,
            items,
            rest: &path.tokens[split + 1..],
        });
    }
    innermost
}

/// Builds the IR of a mapping crate.
pub fn build(
    spec: &MappingSpec,
    vendor: &Contract,
    canonical: &Contract,
    names: &Names,
) -> Result<MappingIr, String> {
    let vendor_schema = spec
        .vendor
        .schema
        .as_ref()
        .map(|s| s.value.clone())
        .ok_or("the mapping names no vendor schema")?;
    let v_root = *vendor
        .components
        .get(&vendor_schema)
        .ok_or_else(|| format!("`{vendor_schema}` is not a schema of the vendor contract"))?;
    let c_root = accord_mapping::load::canonical_root(canonical)
        .ok_or("the canonical schema has no root object")?;
    let canonical_name = accord_mapping::load::canonical_name(Some(canonical), spec);
    let (va, ca) = (&vendor.schemas, &canonical.schemas);
    let vendor_type = naming::type_ident(&vendor_schema);
    let canonical_type = naming::type_ident(&canonical_name);
    let file_dir = spec.direction.value;

    let mut fields = Vec::new();
    let mut specs = Vec::new();
    for f in &spec.fields {
        let kind = f.transform.as_ref().map(|t| {
            t.kind
                .clone()
                .ok_or(format!("field {}: invalid transform", f.canonical_text()))
        });
        let kind = match kind {
            Some(k) => Some(k?),
            None => None,
        };
        let dir = f.effective_direction(file_dir);
        let (vendor_paths, constant) = match &f.source {
            Source::Vendor { paths, .. } => (
                paths.iter().map(|p| p.value.clone()).collect::<Vec<_>>(),
                None,
            ),
            Source::Constant(c) => (Vec::new(), Some(json_text(&c.value))),
            Source::Missing => return Err(format!("field {} has no source", f.canonical_text())),
        };
        let canonical_paths: Vec<String> = f.canonical.iter().map(|p| p.value.clone()).collect();
        // The vendor rejects or ignores writes to `readOnly` properties (validation reports
        // such a field), so outbound never writes them.
        let writes_read_only = vendor_paths.iter().any(|p| read_only(va, v_root, p));
        let outbound = dir.outbound() && !writes_read_only;
        let direction = if dir.outbound() && writes_read_only {
            format!(
                "{} (outbound skipped: `readOnly` vendor field)",
                dir.as_str()
            )
        } else {
            dir.as_str().to_string()
        };
        let vendor_text = match &constant {
            Some(c) => format!("constant `{c}`"),
            None => vendor_paths
                .iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(" + "),
        };
        fields.push(FieldIr {
            rust_canonical: canonical_paths
                .iter()
                .map(|p| rust_chain(p))
                .collect::<Vec<_>>()
                .join(" + "),
            rust_vendor: vendor_paths
                .iter()
                .map(|p| rust_chain(p))
                .collect::<Vec<_>>()
                .join(" + "),
            canonical_text: f.canonical_text(),
            vendor_text,
            transform: TransformIr::of(kind.as_ref()),
            transform_name: f
                .transform
                .as_ref()
                .map_or("—".to_string(), |t| format!("`{}`", t.name.value)),
            canonical: canonical_paths,
            vendor: vendor_paths,
            default: f.default.as_ref().map(|d| json_text(&d.value)),
            constant,
            inbound: dir.inbound(),
            outbound,
            round_trip: false,
            direction,
        });
        specs.push(kind);
    }
    let outbound = fields.iter().any(|f| f.outbound && f.constant.is_none());

    // Fields the round trip reverses: outbound ones first, then inbound-only ones whose
    // vendor paths nothing chosen writes yet.
    let mut written: BTreeSet<String> = BTreeSet::new();
    let order: Vec<usize> = (0..fields.len())
        .filter(|&i| fields[i].outbound)
        .chain((0..fields.len()).filter(|&i| !fields[i].outbound))
        .collect();
    for i in order {
        let f = &mut fields[i];
        if f.constant.is_some() || f.vendor.iter().any(|p| written.contains(p)) {
            continue;
        }
        f.round_trip = true;
        written.extend(f.vendor.iter().cloned());
    }

    // Checks, sample.
    let mut doc = sample(vendor, v_root);
    if !doc.is_object() {
        doc = Value::Object(serde_json::Map::new());
    }
    let mut checks = Vec::new();
    let mut arrays: Vec<ArrayIr> = Vec::new();
    let mut element_error = None;
    let mut seen = BTreeSet::new();
    for (f, kind) in fields.iter().zip(&specs) {
        if !f.round_trip {
            continue;
        }
        // A value is always generated when the canonical side requires it where it is
        // written (inbound fails without it): `lines[].description` inside every line,
        // `subtotal.amount` whenever `subtotal` exists (its currency usually does).
        let canonical_required = f
            .canonical
            .iter()
            .any(|c| paths::parse(c).is_ok_and(|cp| required_in_parent(ca, c_root, &cp)));
        for p in &f.vendor {
            if !seen.insert(p.clone()) {
                continue;
            }
            let Ok(path) = paths::parse(p) else { continue };
            let Ok(resolved) = paths::resolve(va, v_root, &path) else {
                continue;
            };
            let Some((strategy, note)) = value_strategy(
                va,
                resolved.schema,
                kind.as_ref(),
                f.vendor.len().max(f.canonical.len()),
            ) else {
                continue;
            };
            ensure_path(vendor, v_root, &mut doc, &path);
            // Required and "already in the sample" are judged where the value lives: in the
            // record, or inside one element of the innermost array.
            let (array, vendor_required, in_sample) =
                match register_arrays(vendor, v_root, &path, &mut arrays) {
                    Some(Innermost::Array { index, items, rest }) => {
                        let item = sample(vendor, items);
                        let in_item = item.pointer(&pointer(rest)).is_some_and(|v| !v.is_null());
                        (
                            Some(index),
                            path_required(va, items, &path_of(rest)),
                            in_item,
                        )
                    }
                    Some(Innermost::Unresolved) => continue,
                    None => (
                        None,
                        path_required(va, v_root, &path),
                        doc.pointer(&pointer(&path.tokens))
                            .is_some_and(|v| !v.is_null()),
                    ),
                };
            // A value the sample already holds (a required property of an optional parent) is
            // always generated: "absent" could not be expressed.
            let optional =
                !vendor_required && f.default.is_none() && !canonical_required && !in_sample;
            let note = if optional {
                format!("{note}, or absent")
            } else {
                note
            };
            let note = match array {
                Some(_) => format!("in each element, {note}"),
                None => note,
            };
            let each_count = if array.is_some() {
                path.each_count()
            } else {
                0
            };
            // The element-error test fills one top-level array; nested ones stay empty there.
            let top_level = array.is_some_and(|a| arrays[a].parent.is_none());
            let absence_fails = top_level
                && canonical_required
                && f.inbound
                && f.default.is_none()
                && f.vendor.len() == 1
                && f.canonical.len() == 1;
            if let (Some(array), true, None) = (array, absence_fails, &element_error) {
                let mut expected = format!("{canonical_name}.");
                let mut rest = f.canonical[0].as_str();
                while let Some(i) = rest.find("[]") {
                    expected.push_str(&format!("{}[{MAX_ITEMS}]", &rest[..i]));
                    rest = &rest[i + 2..];
                }
                expected.push_str(rest);
                element_error = Some(ElementErrorIr {
                    array,
                    path: p.clone(),
                    expected,
                });
            }
            checks.push(CheckIr {
                path: p.clone(),
                strategy,
                optional,
                each_count,
                note,
                array,
            });
        }
    }

    let canonical_required = required_pairs(
        ca,
        c_root,
        fields
            .iter()
            .filter(|f| f.inbound)
            .flat_map(|f| f.canonical.iter().map(String::as_str)),
    );
    let vendor_required = required_pairs(
        va,
        v_root,
        fields
            .iter()
            .filter(|f| f.outbound || f.round_trip)
            .flat_map(|f| f.vendor.iter().map(String::as_str)),
    );
    let uses_country = specs
        .iter()
        .any(|k| matches!(k, Some(Transform::CountryAlpha3ToAlpha2)));
    let uses_table = specs
        .iter()
        .any(|k| matches!(k, Some(Transform::Enum(_) | Transform::Lookup(_))));
    let vendor_lib = names.vendor_crate.replace('-', "_");
    let canonical_lib = names.canonical_crate.replace('-', "_");
    let v_snake = naming::field_ident(&vendor_schema);
    let c_snake = naming::field_ident(&canonical_name);
    let summary = format!(
        "Mapping `{}`: {} `{}` ↔ canonical `{}` ({}).",
        spec.id.value,
        spec.vendor_slug(),
        vendor_schema,
        canonical_name,
        match file_dir {
            Direction::Inbound => "inbound",
            Direction::Outbound => "outbound",
            Direction::Both => "both ways",
        }
    );
    Ok(MappingIr {
        crate_name: names.crate_name.clone(),
        mapping_id: spec.id.value.clone(),
        summary,
        description: naming::doc_lines(spec.description.as_deref()),
        source: names.source.clone(),
        vendor_crate: names.vendor_crate.clone(),
        vendor_lib,
        vendor_path: names.vendor_path.clone(),
        canonical_crate: names.canonical_crate.clone(),
        canonical_lib,
        canonical_path: names.canonical_path.clone(),
        canonical_alias: format!("Canonical{canonical_type}"),
        vendor_wrapper: format!("From{vendor_type}"),
        canonical_wrapper: format!("FromCanonical{canonical_type}"),
        // Same object name on both sides (`Customer` → `Customer`): say which is canonical.
        to_canonical_fn: if v_snake == c_snake {
            format!("{v_snake}_to_canonical_{c_snake}")
        } else {
            format!("{v_snake}_to_{c_snake}")
        },
        to_vendor_fn: if v_snake == c_snake {
            format!("canonical_{c_snake}_to_{v_snake}")
        } else {
            format!("{c_snake}_to_{v_snake}")
        },
        update_vendor_fn: format!("update_{v_snake}_from_{c_snake}"),
        vendor_schema,
        canonical_name,
        vendor_type,
        canonical_type,
        outbound,
        deny_warnings: names.deny_warnings,
        fields,
        canonical_required,
        vendor_required,
        sample: serde_json::to_string(&doc).unwrap_or_else(|_| "{}".into()),
        checks,
        arrays,
        max_items: MAX_ITEMS,
        element_error,
        uses_country,
        uses_table,
        countries: if uses_country {
            super::countries::COUNTRIES
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        } else {
            Vec::new()
        },
    })
}
