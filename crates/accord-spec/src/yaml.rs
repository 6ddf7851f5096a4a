//! Parses YAML 1.2 (and therefore JSON) text into a located [`Node`] tree.
//!
//! Built on `yaml-rust2`'s event parser so that every node keeps its line and column, and so
//! that hostile input is bounded here: nesting depth, alias expansion and total node count
//! are all capped, and exceeding a cap is a [`LoadError`], never a stack overflow or an OOM.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use crate::error::{Limits, LoadError, LoadErrorKind};
use crate::node::{Key, Node, NodeValue, Span};

/// Parses one document. An empty or comment-only text is an error: a contract cannot be empty.
pub fn parse(file: &str, text: &str, limits: &Limits) -> Result<Node, LoadError> {
    if let Some(node) = crate::json::try_parse(text, limits) {
        return Ok(node);
    }
    parse_yaml(file, text, limits)
}

/// The YAML parser proper: the reference reading of every contract, JSON included. Big
/// block-style documents are read in two halves at once when that is provably the same
/// reading (see [`crate::yaml_split`]); everything else, and every error, comes from here.
pub(crate) fn parse_yaml(file: &str, text: &str, limits: &Limits) -> Result<Node, LoadError> {
    if let Some(node) = crate::yaml_split::try_parse(file, text, limits) {
        return Ok(node);
    }
    parse_fragment(file, text, limits, Fragment::WHOLE).map(|(node, _)| node)
}

/// Where a piece of text sits in its file, for [`parse_fragment`]: the lines before it and
/// how deep its root sits in the whole document's tree.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fragment {
    pub lines_before: u32,
    pub depth: usize,
}

impl Fragment {
    pub const WHOLE: Fragment = Fragment {
        lines_before: 0,
        depth: 0,
    };
}

/// Parses `text` as one document whose lines start after `at.lines_before` lines of the file
/// and whose root nests `at.depth` levels deep, returning its tree and its node count.
pub(crate) fn parse_fragment(
    file: &str,
    text: &str,
    limits: &Limits,
    at: Fragment,
) -> Result<(Node, usize), LoadError> {
    let mut builder = Builder {
        file,
        limits,
        at,
        stack: Vec::new(),
        anchors: HashMap::new(),
        nodes: 0,
        root: None,
    };
    let mut parser = Parser::new_from_str(text);
    loop {
        let (event, mark) = parser.next_token().map_err(|e| {
            let m = e.marker();
            // The scanner has its own nesting cap for flow collections; report it as depth.
            let kind = if e.info().contains("recursion") {
                LoadErrorKind::TooDeep
            } else {
                LoadErrorKind::Syntax
            };
            LoadError::new(
                file,
                m.line() as u32 + at.lines_before,
                m.col() as u32 + 1,
                kind,
                format!("invalid YAML: {}", e.info()),
            )
        })?;
        match event {
            Event::StreamEnd => break,
            Event::DocumentStart if builder.root.is_some() => {
                return Err(builder.error(
                    mark,
                    LoadErrorKind::Syntax,
                    "the file holds more than one YAML document; a contract is one document",
                ));
            }
            _ => builder.on_event(event, mark)?,
        }
    }
    let nodes = builder.nodes;
    let root = builder.root.ok_or_else(|| {
        LoadError::new(
            file,
            0,
            0,
            LoadErrorKind::Empty,
            "the file is empty: there is no contract in it",
        )
    })?;
    Ok((root, nodes))
}

enum Frame {
    Seq {
        span: Span,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        span: Span,
        anchor: usize,
        entries: Vec<(Key, Node)>,
        pending_key: Option<Key>,
        /// Positions of the keys once the mapping is big enough for a linear duplicate
        /// check to cost more than hashing (Stripe's `components/schemas` has ~1,300 keys).
        index: Option<HashMap<String, usize>>,
    },
}

/// Mappings with more keys than this get a hash index for the duplicate-key check.
const INDEXED_MAP_LEN: usize = 16;

struct Builder<'a> {
    file: &'a str,
    limits: &'a Limits,
    at: Fragment,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Node>,
    nodes: usize,
    root: Option<Node>,
}

impl Builder<'_> {
    fn span_of(&self, mark: Marker) -> Span {
        Span {
            line: mark.line() as u32 + self.at.lines_before,
            column: mark.col() as u32 + 1,
        }
    }

    fn error(&self, mark: Marker, kind: LoadErrorKind, message: impl Into<String>) -> LoadError {
        let span = self.span_of(mark);
        LoadError::new(self.file, span.line, span.column, kind, message)
    }

    fn count(&mut self, added: usize, mark: Marker) -> Result<(), LoadError> {
        self.nodes += added;
        if self.nodes > self.limits.max_nodes {
            return Err(self.error(
                mark,
                LoadErrorKind::TooManyNodes,
                format!("the document expands to more than {} nodes (an alias bomb?); refusing to load it", self.limits.max_nodes),
            ));
        }
        Ok(())
    }

    fn on_event(&mut self, event: Event, mark: Marker) -> Result<(), LoadError> {
        match event {
            Event::SequenceStart(anchor, _) => {
                self.open(mark)?;
                self.stack.push(Frame::Seq {
                    span: self.span_of(mark),
                    anchor,
                    items: Vec::new(),
                });
            }
            Event::MappingStart(anchor, _) => {
                self.open(mark)?;
                self.stack.push(Frame::Map {
                    span: self.span_of(mark),
                    anchor,
                    entries: Vec::new(),
                    pending_key: None,
                    index: None,
                });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let node = match self.stack.pop() {
                    Some(Frame::Seq {
                        span,
                        anchor,
                        items,
                    }) => (
                        anchor,
                        Node {
                            span,
                            value: NodeValue::Seq(items),
                        },
                    ),
                    Some(Frame::Map {
                        span,
                        anchor,
                        entries,
                        ..
                    }) => (
                        anchor,
                        Node {
                            span,
                            value: NodeValue::Map(entries),
                        },
                    ),
                    None => {
                        return Err(self.error(
                            mark,
                            LoadErrorKind::Syntax,
                            "unbalanced collection end",
                        ));
                    }
                };
                self.finish(node.0, node.1, mark)?;
            }
            Event::Scalar(text, style, anchor, tag) => {
                self.count(1, mark)?;
                let forced_string = tag.as_ref().is_some_and(|t| t.suffix == "str");
                let value = if style != TScalarStyle::Plain || forced_string {
                    NodeValue::String(text)
                } else {
                    resolve_plain(text)
                };
                self.finish(
                    anchor,
                    Node {
                        span: self.span_of(mark),
                        value,
                    },
                    mark,
                )?;
            }
            Event::Alias(id) => {
                let node = match self.anchors.get(&id) {
                    Some(n) => n.clone(),
                    None => {
                        return Err(self.error(
                            mark,
                            LoadErrorKind::Syntax,
                            "alias to an unknown anchor",
                        ));
                    }
                };
                self.count(node.size(), mark)?;
                self.finish(0, node, mark)?;
            }
            Event::Nothing
            | Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart
            | Event::DocumentEnd => {}
        }
        Ok(())
    }

    fn open(&mut self, mark: Marker) -> Result<(), LoadError> {
        self.count(1, mark)?;
        if self.stack.len() + self.at.depth >= self.limits.max_depth {
            return Err(self.error(
                mark,
                LoadErrorKind::TooDeep,
                format!(
                    "nesting deeper than {} levels; refusing to load it",
                    self.limits.max_depth
                ),
            ));
        }
        Ok(())
    }

    fn finish(&mut self, anchor: usize, node: Node, mark: Marker) -> Result<(), LoadError> {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                entries,
                pending_key,
                index,
                ..
            }) => match pending_key.take() {
                None => {
                    let span = node.span;
                    let name = match node.value {
                        NodeValue::String(s) => s,
                        NodeValue::Number(n) => n.to_string(),
                        NodeValue::Bool(b) => b.to_string(),
                        NodeValue::Null => "null".to_string(),
                        _ => {
                            return Err(LoadError::new(
                                self.file,
                                span.line,
                                span.column,
                                LoadErrorKind::Syntax,
                                "a mapping key must be a scalar",
                            ));
                        }
                    };
                    *pending_key = Some(Key { name, span });
                }
                Some(key) if key.name == "<<" => {
                    merge_into(entries, node);
                    *index = None;
                }
                Some(key) => insert_entry(entries, index, key, node),
            },
        }
        let _ = mark;
        Ok(())
    }
}

/// Adds one entry to a mapping under construction. Duplicate keys: the last one wins, as in
/// most YAML loaders.
pub(crate) fn insert_entry(
    entries: &mut Vec<(Key, Node)>,
    index: &mut Option<HashMap<String, usize>>,
    key: Key,
    node: Node,
) {
    if index.is_none() && entries.len() >= INDEXED_MAP_LEN {
        *index = Some(
            entries
                .iter()
                .enumerate()
                .map(|(i, (k, _))| (k.name.clone(), i))
                .collect(),
        );
    }
    let existing = match index {
        Some(index) => index.get(&key.name).copied(),
        None => entries.iter().position(|(k, _)| k.name == key.name),
    };
    match existing {
        Some(i) => entries[i].1 = node,
        None => {
            if let Some(index) = index {
                index.insert(key.name.clone(), entries.len());
            }
            entries.push((key, node));
        }
    }
}

/// YAML 1.1 merge keys (`<<: *base`), which some contracts use: entries already present win.
pub(crate) fn merge_into(entries: &mut Vec<(Key, Node)>, node: Node) {
    let sources = match node.value {
        NodeValue::Map(m) => vec![m],
        NodeValue::Seq(items) => items
            .into_iter()
            .filter_map(|n| {
                if let NodeValue::Map(m) = n.value {
                    Some(m)
                } else {
                    None
                }
            })
            .collect(),
        _ => return,
    };
    for source in sources {
        for (k, v) in source {
            if !entries.iter().any(|(e, _)| e.name == k.name) {
                entries.push((k, v));
            }
        }
    }
}

/// Resolves a plain scalar with the YAML 1.2 core schema.
fn resolve_plain(text: String) -> NodeValue {
    match text.as_str() {
        "" | "~" | "null" | "Null" | "NULL" => return NodeValue::Null,
        "true" | "True" | "TRUE" => return NodeValue::Bool(true),
        "false" | "False" | "FALSE" => return NodeValue::Bool(false),
        _ => {}
    }
    let first = text.as_bytes()[0];
    if (first.is_ascii_digit() || first == b'-' || first == b'+' || first == b'.')
        && let Some(n) = parse_number(&text)
    {
        return NodeValue::Number(n);
    }
    NodeValue::String(text)
}

pub(crate) fn parse_number(text: &str) -> Option<serde_json::Number> {
    let unsigned = text.strip_prefix('+').unwrap_or(text);
    if let Some(hex) = unsigned.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16).ok().map(Into::into);
    }
    if let Some(oct) = unsigned.strip_prefix("0o") {
        return i64::from_str_radix(oct, 8).ok().map(Into::into);
    }
    let body = unsigned.strip_prefix('-').unwrap_or(unsigned);
    if body.is_empty() {
        return None;
    }
    if body.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(i) = unsigned.parse::<i64>() {
            return Some(i.into());
        }
        if let Ok(u) = unsigned.parse::<u64>() {
            return Some(u.into());
        }
    }
    let float_like = body
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'))
        && body.bytes().any(|b| b.is_ascii_digit());
    if float_like {
        return unsigned
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str) -> Node {
        parse("t.yaml", text, &Limits::default()).unwrap()
    }

    #[test]
    fn locates_nodes_one_based() {
        let root = parse_ok("openapi: 3.0.0\npaths:\n  /a:\n    get: {}\n");
        let get = root.walk(["paths", "/a", "get"]).unwrap();
        assert_eq!(
            get.span,
            Span {
                line: 4,
                column: 10
            }
        );
        let (key, _) = root.get_entry("paths").unwrap();
        assert_eq!(key.span, Span { line: 2, column: 1 });
    }

    #[test]
    fn resolves_core_schema_scalars() {
        let root = parse_ok("a: yes\nb: true\nc: 200\nd: 1.5\ne: '3'\nf: ~\n200: x\n");
        assert_eq!(root.get("a").unwrap().as_str(), Some("yes"));
        assert_eq!(root.get("b").unwrap().value, NodeValue::Bool(true));
        assert_eq!(root.get("c").unwrap().as_u64(), Some(200));
        assert_eq!(root.get("d").unwrap().as_f64(), Some(1.5));
        assert_eq!(root.get("e").unwrap().as_str(), Some("3"));
        assert_eq!(root.get("f").unwrap().value, NodeValue::Null);
        assert!(root.get("200").is_some());
    }

    #[test]
    fn json_is_yaml() {
        let root = parse_ok("{\"a\": [1, 2, {\"b\": null}], \"c\": \"d\"}");
        assert_eq!(
            root.to_json(),
            serde_json::json!({"a": [1, 2, {"b": null}], "c": "d"})
        );
    }

    #[test]
    fn bounds_alias_bombs() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..12 {
            text.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n", p = i - 1));
        }
        let err = parse("bomb.yaml", &text, &Limits::default()).unwrap_err();
        assert_eq!(err.kind, LoadErrorKind::TooManyNodes);
    }

    #[test]
    fn bounds_depth() {
        let text = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let err = parse("deep.json", &text, &Limits::default()).unwrap_err();
        assert_eq!(err.kind, LoadErrorKind::TooDeep);
    }

    #[test]
    fn merges_keys() {
        let root = parse_ok("base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n");
        let d = root.get("derived").unwrap();
        assert_eq!(d.get("x").unwrap().as_u64(), Some(1));
        assert_eq!(d.get("y").unwrap().as_u64(), Some(3));
    }
}
