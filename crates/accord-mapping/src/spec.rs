//! The mapping file format (contracts/README.md, "Mapping format reference") read into
//! located structs: every key, field entry, path and transform keeps its JSON pointer, line
//! and column, so that every diagnostic points into the mapping file.
//!
//! Parsing goes through `accord_spec::parse_tree` (the located YAML tree). A file that is not
//! YAML at all is a [`LoadError`]; anything else wrong with its shape (unknown or missing
//! keys, values of the wrong kind, bad transform parameters) becomes a
//! `mapping-invalid-spec` / `mapping-unknown-transform` diagnostic in
//! [`MappingSpec::problems`] and the rest of the file is still read.

use std::path::{Path, PathBuf};

use accord_report::{Diagnostic, LintLevel, Location};
use accord_spec::{Key, LoadError, LoadErrorKind, Node, NodeValue, Span};
use serde::Serialize;
use serde_json::Value;

use crate::rules;
use crate::transforms;

/// Which way data flows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Vendor → canonical.
    Inbound,
    /// Canonical → vendor.
    Outbound,
    Both,
}

impl Direction {
    pub fn parse(s: &str) -> Option<Direction> {
        Some(match s {
            "inbound" => Direction::Inbound,
            "outbound" => Direction::Outbound,
            "both" => Direction::Both,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Inbound => "inbound",
            Direction::Outbound => "outbound",
            Direction::Both => "both",
        }
    }
    pub fn inbound(self) -> bool {
        matches!(self, Direction::Inbound | Direction::Both)
    }
    pub fn outbound(self) -> bool {
        matches!(self, Direction::Outbound | Direction::Both)
    }
    /// Whether `self` (a field's override) only narrows `file`.
    pub fn narrows(self, file: Direction) -> bool {
        file == Direction::Both || self == file
    }
}

/// A value with the place it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Located<T> {
    pub value: T,
    pub pointer: String,
    pub span: Span,
}

/// A loaded mapping file.
#[derive(Clone, Debug)]
pub struct MappingSpec {
    /// The file as the user named it (used in diagnostics).
    pub file: String,
    /// The file path, for resolving relative paths.
    pub path: PathBuf,
    /// `mapping` (empty when missing).
    pub id: Located<String>,
    pub description: Option<String>,
    pub direction: Located<Direction>,
    pub vendor: VendorSide,
    pub canonical: CanonicalSide,
    pub fields: Vec<Field>,
    /// Shape problems found while reading (`mapping-invalid-spec`, `mapping-unknown-transform`).
    pub problems: Vec<Diagnostic>,
}

/// `vendor:`.
#[derive(Clone, Debug, Default)]
pub struct VendorSide {
    pub contract: Option<Located<String>>,
    pub schema: Option<Located<String>>,
    pub operations: Vec<Located<String>>,
    pub span: Span,
}

/// `canonical:`.
#[derive(Clone, Debug, Default)]
pub struct CanonicalSide {
    pub schema: Option<Located<String>>,
    pub span: Span,
}

/// One entry of `fields`.
#[derive(Clone, Debug)]
pub struct Field {
    pub index: usize,
    pub pointer: String,
    pub span: Span,
    /// Target canonical path(s); several only with `split`.
    pub canonical: Vec<Located<String>>,
    pub canonical_is_list: bool,
    pub source: Source,
    pub transform: Option<TransformSpec>,
    pub default: Option<Located<Value>>,
    /// The per-field override, if written.
    pub direction: Option<Located<Direction>>,
    pub description: Option<String>,
}

impl Field {
    /// The field's direction: its override, else the file's.
    pub fn effective_direction(&self, file: Direction) -> Direction {
        self.direction.as_ref().map_or(file, |d| d.value)
    }
    /// The vendor paths, if the field reads the vendor.
    pub fn vendor_paths(&self) -> &[Located<String>] {
        match &self.source {
            Source::Vendor { paths, .. } => paths,
            _ => &[],
        }
    }
    /// The `canonical` text as written (`a` or `[a, b]`).
    pub fn canonical_text(&self) -> String {
        join(&self.canonical, self.canonical_is_list)
    }
    /// The `vendor` text as written, or the constant.
    pub fn source_text(&self) -> String {
        match &self.source {
            Source::Vendor { paths, list } => join(paths, *list),
            Source::Constant(c) => format!("constant {}", c.value),
            Source::Missing => String::new(),
        }
    }
}

fn join(items: &[Located<String>], list: bool) -> String {
    let names: Vec<&str> = items.iter().map(|p| p.value.as_str()).collect();
    if list {
        format!("[{}]", names.join(", "))
    } else {
        names.join(", ")
    }
}

/// Where a field's value comes from.
#[derive(Clone, Debug)]
pub enum Source {
    /// `vendor:` path(s); `list` when written as a list.
    Vendor {
        paths: Vec<Located<String>>,
        list: bool,
    },
    /// `constant:`.
    Constant(Located<Value>),
    /// Neither (already reported).
    Missing,
}

/// A `transform:` entry.
#[derive(Clone, Debug)]
pub struct TransformSpec {
    pub name: Located<String>,
    /// The parsed parameters; `None` when the name is unknown or parameters are invalid
    /// (already reported).
    pub kind: Option<Transform>,
}

/// A transform with its parameters.
#[derive(Clone, Debug, PartialEq)]
pub enum Transform {
    Concat { separator: String },
    Split { separator: String },
    Enum(Table),
    Lookup(Table),
    MinorUnitsToDecimal { exponent: u32 },
    DecimalToMinorUnits { exponent: u32 },
    UnixSecondsToRfc3339,
    Rfc3339ToUnixSeconds,
    CountryAlpha3ToAlpha2,
    Uppercase,
    Lowercase,
    ToString,
    ToNumber,
}

/// The tables of `enum` (`map`) and `lookup` (`table`).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Vendor value → canonical value, in document order.
    pub entries: Vec<(Located<String>, Located<Value>)>,
    /// Where `map` / `table` is written.
    pub at: Located<()>,
    pub fallback: Option<Located<Value>>,
    /// Canonical value → vendor value.
    pub reverse: Vec<(Located<String>, Located<Value>)>,
}

/// Loads and parses a mapping file. A file that cannot be read or is not YAML is an error;
/// shape problems are kept in [`MappingSpec::problems`].
pub fn load_mapping(path: &Path) -> Result<MappingSpec, LoadError> {
    let display = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        LoadError::new(
            &display,
            0,
            0,
            LoadErrorKind::Io,
            format!("cannot read: {e}"),
        )
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| LoadError::new(&display, 0, 0, LoadErrorKind::NotUtf8, "not UTF-8 text"))?;
    parse_mapping(path, &text)
}

/// Parses mapping text; `path` names the file (for diagnostics and relative paths).
pub fn parse_mapping(path: &Path, text: &str) -> Result<MappingSpec, LoadError> {
    let display = path.display().to_string();
    let mut root = accord_spec::parse_tree(&display, text)?;
    // Findings about the whole file point at its start.
    root.span = Span { line: 1, column: 1 };
    let mut p = Parser {
        file: display.clone(),
        problems: Vec::new(),
    };
    let spec = p.spec(path, &root);
    let mut spec = spec;
    spec.problems = p.problems;
    Ok(spec)
}

pub(crate) fn diagnostic(
    file: &str,
    rule: &str,
    pointer: &str,
    span: Span,
    message: String,
    help: impl Into<String>,
) -> Diagnostic {
    Diagnostic {
        rule: rule.to_string(),
        level: LintLevel::Error,
        location: Location::new(file, span.line, span.column, pointer),
        operation: None,
        message,
        help: help.into(),
    }
}

struct Parser {
    file: String,
    problems: Vec<Diagnostic>,
}

fn push(pointer: &str, token: &str) -> String {
    accord_spec::pointer::push(pointer, token)
}

impl Parser {
    fn invalid(&mut self, pointer: &str, span: Span, message: String, help: &str) {
        self.problems.push(diagnostic(
            &self.file,
            rules::invalid_spec::ID,
            pointer,
            span,
            message,
            help,
        ));
    }

    /// Checks that `node` is a mapping with only `allowed` keys (plus `x-` keys when
    /// `extensions`), reporting unknown ones.
    fn keys<'n>(
        &mut self,
        node: &'n Node,
        pointer: &str,
        what: &str,
        allowed: &[&str],
        extensions: bool,
    ) -> Option<&'n [(Key, Node)]> {
        let Some(entries) = node.as_map() else {
            self.invalid(
                pointer,
                node.span,
                format!("{what} must be a mapping, found {}", node.kind_name()),
                "see `accord explain mapping` for the format",
            );
            return None;
        };
        for (k, _) in entries {
            if allowed.contains(&k.name.as_str()) || (extensions && k.name.starts_with("x-")) {
                continue;
            }
            self.invalid(
                &push(pointer, &k.name),
                k.span,
                format!("unknown key `{}` in {what}", k.name),
                &format!("allowed keys: {}", allowed.join(", ")),
            );
        }
        Some(entries)
    }

    fn string(
        &mut self,
        parent: &Node,
        key: &str,
        pointer: &str,
        required: bool,
    ) -> Option<Located<String>> {
        let ptr = push(pointer, key);
        match parent.get(key) {
            Some(n) => match n.as_str() {
                Some(s) => Some(Located {
                    value: s.to_string(),
                    pointer: ptr,
                    span: n.span,
                }),
                None => {
                    self.invalid(
                        &ptr,
                        n.span,
                        format!("`{key}` must be a string, found {}", n.kind_name()),
                        "write it as a string",
                    );
                    None
                }
            },
            None => {
                if required {
                    self.invalid(
                        pointer,
                        parent.span,
                        format!("missing required key `{key}`"),
                        "see `accord explain mapping` for the required keys",
                    );
                }
                None
            }
        }
    }

    fn direction(&mut self, node: &Node, pointer: &str) -> Option<Located<Direction>> {
        match node.as_str().and_then(Direction::parse) {
            Some(d) => Some(Located {
                value: d,
                pointer: pointer.to_string(),
                span: node.span,
            }),
            None => {
                self.invalid(
                    pointer,
                    node.span,
                    format!(
                        "`direction` must be `inbound`, `outbound` or `both`, found {}",
                        show(node)
                    ),
                    "inbound = vendor to canonical, outbound = canonical to vendor",
                );
                None
            }
        }
    }

    fn spec(&mut self, path: &Path, root: &Node) -> MappingSpec {
        let mut spec = MappingSpec {
            file: self.file.clone(),
            path: path.to_path_buf(),
            id: Located {
                value: String::new(),
                pointer: String::new(),
                span: root.span,
            },
            description: None,
            direction: Located {
                value: Direction::Inbound,
                pointer: String::new(),
                span: root.span,
            },
            vendor: VendorSide::default(),
            canonical: CanonicalSide::default(),
            fields: Vec::new(),
            problems: Vec::new(),
        };
        let allowed = [
            "mapping",
            "description",
            "direction",
            "vendor",
            "canonical",
            "fields",
        ];
        if self
            .keys(root, "", "a mapping file", &allowed, true)
            .is_none()
        {
            return spec;
        }
        if let Some(id) = self.string(root, "mapping", "", true) {
            spec.id = id;
        }
        spec.description = self.string(root, "description", "", true).map(|d| d.value);
        match root.get("direction") {
            Some(n) => {
                if let Some(d) = self.direction(n, "/direction") {
                    spec.direction = d;
                }
            }
            None => self.invalid(
                "",
                root.span,
                "missing required key `direction`".into(),
                "add `direction: inbound`, `outbound` or `both`",
            ),
        }
        match root.get("vendor") {
            Some(v) => {
                spec.vendor.span = v.span;
                if self
                    .keys(
                        v,
                        "/vendor",
                        "`vendor`",
                        &["contract", "schema", "operations"],
                        true,
                    )
                    .is_some()
                {
                    spec.vendor.contract = self.string(v, "contract", "/vendor", true);
                    spec.vendor.schema = self.string(v, "schema", "/vendor", true);
                    match v.get("operations") {
                        Some(ops) => match ops.as_seq() {
                            Some(items) => {
                                for (i, op) in items.iter().enumerate() {
                                    let ptr = format!("/vendor/operations/{i}");
                                    match op.as_str() {
                                        Some(s) => spec.vendor.operations.push(Located {
                                            value: s.to_string(),
                                            pointer: ptr,
                                            span: op.span,
                                        }),
                                        None => self.invalid(
                                            &ptr,
                                            op.span,
                                            format!("an operation must be a string like `GET /path`, found {}", op.kind_name()),
                                            "write `<METHOD> <path>`",
                                        ),
                                    }
                                }
                            }
                            None => self.invalid(
                                "/vendor/operations",
                                ops.span,
                                format!("`operations` must be a list, found {}", ops.kind_name()),
                                "list operations as `- GET /path`",
                            ),
                        },
                        None => self.invalid(
                            "/vendor",
                            v.span,
                            "missing required key `operations`".into(),
                            "list the operations whose payloads carry this object (may be `[]`)",
                        ),
                    }
                }
            }
            None => self.invalid(
                "",
                root.span,
                "missing required key `vendor`".into(),
                "add `vendor: {contract, schema, operations}`",
            ),
        }
        match root.get("canonical") {
            Some(c) => {
                spec.canonical.span = c.span;
                if self
                    .keys(c, "/canonical", "`canonical`", &["schema"], true)
                    .is_some()
                {
                    spec.canonical.schema = self.string(c, "schema", "/canonical", true);
                }
            }
            None => self.invalid(
                "",
                root.span,
                "missing required key `canonical`".into(),
                "add `canonical: {schema: ../canonical/<object>.schema.yaml}`",
            ),
        }
        match root.get("fields") {
            Some(f) => match f.as_seq() {
                Some([]) => self.invalid(
                    "/fields",
                    f.span,
                    "`fields` must not be empty".into(),
                    "map at least one field",
                ),
                Some(items) => {
                    for (i, item) in items.iter().enumerate() {
                        if let Some(field) = self.field(i, item) {
                            spec.fields.push(field);
                        }
                    }
                }
                None => self.invalid(
                    "/fields",
                    f.span,
                    format!("`fields` must be a list, found {}", f.kind_name()),
                    "list field entries as `- canonical: ...`",
                ),
            },
            None => self.invalid(
                "",
                root.span,
                "missing required key `fields`".into(),
                "add the list of field mappings",
            ),
        }
        spec
    }

    fn paths(
        &mut self,
        node: &Node,
        pointer: &str,
        key: &str,
    ) -> Option<(Vec<Located<String>>, bool)> {
        match &node.value {
            NodeValue::String(s) => Some((
                vec![Located {
                    value: s.clone(),
                    pointer: pointer.to_string(),
                    span: node.span,
                }],
                false,
            )),
            NodeValue::Seq(items) => {
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let ptr = format!("{pointer}/{i}");
                    match item.as_str() {
                        Some(s) => out.push(Located {
                            value: s.to_string(),
                            pointer: ptr,
                            span: item.span,
                        }),
                        None => {
                            self.invalid(
                                &ptr,
                                item.span,
                                format!(
                                    "a `{key}` path must be a string, found {}",
                                    item.kind_name()
                                ),
                                "write paths like `billingAddress.city`",
                            );
                            return None;
                        }
                    }
                }
                Some((out, true))
            }
            _ => {
                self.invalid(
                    pointer,
                    node.span,
                    format!(
                        "`{key}` must be a path or a list of paths, found {}",
                        node.kind_name()
                    ),
                    "write paths like `billingAddress.city`",
                );
                None
            }
        }
    }

    fn scalar(&mut self, node: &Node, pointer: &str, key: &str) -> Option<Located<Value>> {
        match &node.value {
            NodeValue::String(_) | NodeValue::Number(_) | NodeValue::Bool(_) => Some(Located {
                value: node.to_json(),
                pointer: pointer.to_string(),
                span: node.span,
            }),
            _ => {
                self.invalid(
                    pointer,
                    node.span,
                    format!(
                        "`{key}` must be a string, number or boolean, found {}",
                        node.kind_name()
                    ),
                    "use a scalar value",
                );
                None
            }
        }
    }

    fn field(&mut self, index: usize, node: &Node) -> Option<Field> {
        let pointer = format!("/fields/{index}");
        let allowed = [
            "canonical",
            "vendor",
            "constant",
            "transform",
            "default",
            "direction",
            "description",
        ];
        self.keys(node, &pointer, "a field entry", &allowed, true)?;
        let mut field = Field {
            index,
            pointer: pointer.clone(),
            span: node.span,
            canonical: Vec::new(),
            canonical_is_list: false,
            source: Source::Missing,
            transform: None,
            default: None,
            direction: None,
            description: None,
        };
        match node.get("canonical") {
            Some(c) => {
                let (paths, list) = self.paths(c, &push(&pointer, "canonical"), "canonical")?;
                field.canonical = paths;
                field.canonical_is_list = list;
            }
            None => {
                self.invalid(
                    &pointer,
                    node.span,
                    "field entry without `canonical`".into(),
                    "every field names its canonical target path",
                );
                return None;
            }
        }
        match (node.get("vendor"), node.get("constant")) {
            (Some(_), Some(c)) => self.invalid(
                &push(&pointer, "constant"),
                c.span,
                "a field has either `vendor` or `constant`, not both".into(),
                "remove one of them",
            ),
            (Some(v), None) => {
                if let Some((paths, list)) = self.paths(v, &push(&pointer, "vendor"), "vendor") {
                    field.source = Source::Vendor { paths, list };
                }
            }
            (None, Some(c)) => {
                if let Some(v) = self.scalar(c, &push(&pointer, "constant"), "constant") {
                    field.source = Source::Constant(v);
                }
            }
            (None, None) => self.invalid(
                &pointer,
                node.span,
                format!(
                    "field `{}` has neither `vendor` nor `constant`",
                    field.canonical_text()
                ),
                "add the vendor path it is read from, or a constant",
            ),
        }
        if let Some(d) = node.get("default") {
            field.default = self.scalar(d, &push(&pointer, "default"), "default");
        }
        if let Some(d) = node.get("direction") {
            field.direction = self.direction(d, &push(&pointer, "direction"));
        }
        if let Some(d) = node.get("description") {
            field.description = d.as_str().map(str::to_string);
            if field.description.is_none() {
                self.invalid(
                    &push(&pointer, "description"),
                    d.span,
                    format!("`description` must be a string, found {}", d.kind_name()),
                    "write free text",
                );
            }
        }
        if let Some(t) = node.get("transform") {
            field.transform = self.transform(t, &push(&pointer, "transform"));
        }
        Some(field)
    }

    fn transform(&mut self, node: &Node, pointer: &str) -> Option<TransformSpec> {
        let (name, name_span, name_ptr, params) = match &node.value {
            NodeValue::String(s) => (s.clone(), node.span, pointer.to_string(), None),
            NodeValue::Map(entries) if entries.len() == 1 => {
                let (k, v) = &entries[0];
                (k.name.clone(), k.span, push(pointer, &k.name), Some(v))
            }
            _ => {
                self.invalid(
                    pointer,
                    node.span,
                    format!(
                        "`transform` must be a name or a mapping with exactly one key, found {}",
                        node.kind_name()
                    ),
                    "write `transform: to-string` or `transform: {concat: {separator: \" \"}}` (one transform per field)",
                );
                return None;
            }
        };
        let located = Located {
            value: name.clone(),
            pointer: name_ptr.clone(),
            span: name_span,
        };
        let Some(info) = transforms::info(&name) else {
            self.problems.push(diagnostic(
                &self.file,
                rules::unknown_transform::ID,
                &name_ptr,
                name_span,
                format!("unknown transform `{name}`"),
                format!("known transforms: {}", transforms::names().join(", ")),
            ));
            return Some(TransformSpec {
                name: located,
                kind: None,
            });
        };
        // Parameters.
        let empty = Node {
            span: name_span,
            value: NodeValue::Map(Vec::new()),
        };
        let params_node = match params {
            Some(p) if matches!(p.value, NodeValue::Null) => &empty,
            Some(p) => p,
            None => &empty,
        };
        let allowed: Vec<&str> = info.required.iter().chain(info.optional).copied().collect();
        let before = self.problems.len();
        let entries = self.keys(
            params_node,
            &name_ptr,
            &format!("the parameters of `{name}`"),
            &allowed,
            false,
        );
        if entries.is_none() {
            return Some(TransformSpec {
                name: located,
                kind: None,
            });
        }
        for req in info.required {
            if params_node.get(req).is_none() {
                self.invalid(
                    &name_ptr,
                    name_span,
                    format!("transform `{name}` needs the parameter `{req}`"),
                    &format!("write `transform: {{{name}: {{{req}: ...}}}}`"),
                );
            }
        }
        if self.problems.len() > before {
            return Some(TransformSpec {
                name: located,
                kind: None,
            });
        }
        let kind = match name.as_str() {
            "concat" | "split" => {
                let sep = self.string(params_node, "separator", &name_ptr, true);
                sep.map(|s| {
                    if name == "concat" {
                        Transform::Concat { separator: s.value }
                    } else {
                        Transform::Split { separator: s.value }
                    }
                })
            }
            "enum" | "lookup" => {
                let key = if name == "enum" { "map" } else { "table" };
                self.table(params_node, &name_ptr, key).map(|t| {
                    if name == "enum" {
                        Transform::Enum(t)
                    } else {
                        Transform::Lookup(t)
                    }
                })
            }
            "minor-units-to-decimal" | "decimal-to-minor-units" => {
                let ptr = push(&name_ptr, "exponent");
                let n = params_node.get("exponent");
                match n.and_then(|n| match &n.value {
                    NodeValue::Number(num) => num.as_u64().filter(|e| *e <= 18),
                    _ => None,
                }) {
                    Some(e) => Some(if name == "minor-units-to-decimal" {
                        Transform::MinorUnitsToDecimal { exponent: e as u32 }
                    } else {
                        Transform::DecimalToMinorUnits { exponent: e as u32 }
                    }),
                    None => {
                        let n = n.unwrap_or(params_node);
                        self.invalid(
                            &ptr,
                            n.span,
                            format!(
                                "`exponent` must be an integer from 0 to 18, found {}",
                                show(n)
                            ),
                            "the number of minor-unit digits, 2 for cents",
                        );
                        None
                    }
                }
            }
            "unix-seconds-to-rfc3339" => Some(Transform::UnixSecondsToRfc3339),
            "rfc3339-to-unix-seconds" => Some(Transform::Rfc3339ToUnixSeconds),
            "country-alpha3-to-alpha2" => Some(Transform::CountryAlpha3ToAlpha2),
            "uppercase" => Some(Transform::Uppercase),
            "lowercase" => Some(Transform::Lowercase),
            "to-string" => Some(Transform::ToString),
            "to-number" => Some(Transform::ToNumber),
            _ => None,
        };
        Some(TransformSpec {
            name: located,
            kind,
        })
    }

    fn table(&mut self, params: &Node, pointer: &str, key: &str) -> Option<Table> {
        let ptr = push(pointer, key);
        let node = params.get(key)?;
        let entries = self.pairs(node, &ptr, key)?;
        let fallback = match params.get("fallback") {
            Some(f) => Some(self.scalar(f, &push(pointer, "fallback"), "fallback")?),
            None => None,
        };
        let reverse = match params.get("reverse") {
            Some(r) => self.pairs(r, &push(pointer, "reverse"), "reverse")?,
            None => Vec::new(),
        };
        Some(Table {
            entries,
            at: Located {
                value: (),
                pointer: ptr,
                span: node.span,
            },
            fallback,
            reverse,
        })
    }

    fn pairs(
        &mut self,
        node: &Node,
        pointer: &str,
        key: &str,
    ) -> Option<Vec<(Located<String>, Located<Value>)>> {
        let Some(entries) = node.as_map() else {
            self.invalid(
                pointer,
                node.span,
                format!(
                    "`{key}` must be a mapping of values, found {}",
                    node.kind_name()
                ),
                "write `{vendorValue: canonicalValue, ...}`",
            );
            return None;
        };
        let mut out = Vec::new();
        for (k, v) in entries {
            let ptr = push(pointer, &k.name);
            let value = self.scalar(v, &ptr, key)?;
            out.push((
                Located {
                    value: k.name.clone(),
                    pointer: ptr,
                    span: k.span,
                },
                value,
            ));
        }
        Some(out)
    }
}

/// A node's value for messages.
fn show(node: &Node) -> String {
    match &node.value {
        NodeValue::String(s) => format!("`{s}`"),
        NodeValue::Number(n) => format!("`{n}`"),
        NodeValue::Bool(b) => format!("`{b}`"),
        _ => node.kind_name().to_string(),
    }
}
