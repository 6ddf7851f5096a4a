//! A faster path for contracts written as JSON: `jsonc-parser` (strict JSON options) builds
//! the located [`Node`] tree in well under half the time the YAML parser takes.
//!
//! It is purely an accelerator. Every JSON text is also YAML, and the YAML parser stays the
//! reference: whenever this path is unsure (the text does not start like JSON, it does not
//! parse as strict JSON, it nests deeper or holds more nodes than the limits allow) it
//! returns `None` and the YAML parser reads the text, producing the same tree or the same
//! error as before. For the JSON it accepts, it builds exactly the tree the YAML parser
//! builds, spans included (a test compares both on the corpus's JSON contracts).
//!
//! One reading only this path has: a character outside the Basic Multilingual Plane
//! escaped as a UTF-16 surrogate pair (`"\ud83e\udd16"`, RFC 8259 §7, what Python's
//! `json.dumps` writes for every emoji). YAML's `\u` escapes one code point and the YAML
//! parser rejects a surrogate, so a JSON contract holding one loads here or not at all.

use jsonc_parser::ast::{ObjectPropName, Value};
use jsonc_parser::{CollectOptions, ParseOptions};

use crate::error::Limits;
use crate::node::{Key, Node, NodeValue, Span};
use crate::yaml::{insert_entry, merge_into, parse_number};

/// The tree of `text` if it is strict JSON within `limits`, else `None`.
pub(crate) fn try_parse(text: &str, limits: &Limits) -> Option<Node> {
    let first = text.trim_start().as_bytes().first()?;
    if !matches!(first, b'{' | b'[') || nesting_depth(text) > limits.max_depth {
        return None;
    }
    let strict = ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    let parsed = jsonc_parser::parse_to_ast(text, &CollectOptions::default(), &strict).ok()?;
    let mut builder = TreeBuilder {
        positions: Positions::new(text),
        nodes: 0,
        max_nodes: limits.max_nodes,
    };
    builder.node(parsed.value?)
}

/// The deepest nesting of `{`/`[` outside strings, so that deep input goes to the YAML
/// parser (which reports it) instead of the recursive JSON parser's stack.
fn nesting_depth(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // Jump through the string: most of a contract's bytes are descriptions.
                i += 1;
                while let Some(found) = memchr::memchr2(b'"', b'\\', &bytes[i..]) {
                    i += found;
                    if bytes[i] == b'\\' {
                        i += 2;
                    } else {
                        break;
                    }
                }
            }
            b'{' | b'[' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    deepest
}

/// Turns byte offsets into 1-based lines and character columns, as the YAML parser counts
/// them. Nodes are converted in document order, so offsets only grow and one forward cursor
/// covers the whole text once.
struct Positions<'t> {
    text: &'t [u8],
    offset: usize,
    line: u32,
    column: u32,
}

impl<'t> Positions<'t> {
    fn new(text: &'t str) -> Self {
        Positions {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
            column: 0,
        }
    }

    fn span(&mut self, offset: usize) -> Span {
        let offset = offset.min(self.text.len());
        for &b in &self.text[self.offset.min(offset)..offset] {
            if b == b'\n' {
                self.line += 1;
                self.column = 0;
            } else if b & 0xC0 != 0x80 {
                // Count characters, not UTF-8 continuation bytes.
                self.column += 1;
            }
        }
        self.offset = self.offset.max(offset);
        Span {
            line: self.line,
            column: self.column + 1,
        }
    }
}

struct TreeBuilder<'t> {
    positions: Positions<'t>,
    nodes: usize,
    max_nodes: usize,
}

impl TreeBuilder<'_> {
    /// Converts one value; `None` when the node limit is reached.
    fn node(&mut self, value: Value<'_>) -> Option<Node> {
        self.nodes += 1;
        if self.nodes > self.max_nodes {
            return None;
        }
        let start = match &value {
            Value::NullKeyword(n) => n.range.start,
            Value::BooleanLit(b) => b.range.start,
            Value::StringLit(s) => s.range.start,
            Value::NumberLit(n) => n.range.start,
            Value::Array(a) => a.range.start,
            Value::Object(o) => o.range.start,
        };
        // Before the children: positions are taken in document order.
        let span = self.positions.span(start);
        let value = match value {
            Value::NullKeyword(_) => NodeValue::Null,
            Value::BooleanLit(b) => NodeValue::Bool(b.value),
            Value::StringLit(s) => NodeValue::String(s.value.into_owned()),
            // The YAML parser keeps a number it cannot represent as its text.
            Value::NumberLit(n) => parse_number(n.value)
                .map(NodeValue::Number)
                .unwrap_or_else(|| NodeValue::String(n.value.to_string())),
            Value::Array(array) => {
                let mut items = Vec::with_capacity(array.elements.len());
                for element in array.elements {
                    items.push(self.node(element)?);
                }
                NodeValue::Seq(items)
            }
            Value::Object(object) => {
                let mut entries = Vec::with_capacity(object.properties.len());
                let mut index = None;
                for prop in object.properties {
                    let ObjectPropName::String(name) = prop.name else {
                        return None;
                    };
                    self.nodes += 1;
                    let key = Key {
                        span: self.positions.span(name.range.start),
                        name: name.value.into_owned(),
                    };
                    let value = self.node(prop.value)?;
                    if key.name == "<<" {
                        // A merge key, as the YAML parser reads it.
                        merge_into(&mut entries, value);
                        index = None;
                    } else {
                        insert_entry(&mut entries, &mut index, key, value);
                    }
                }
                NodeValue::Map(entries)
            }
        };
        Some(Node { span, value })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(text: &str) -> (Option<Node>, Node) {
        let limits = Limits::default();
        let yaml = crate::yaml::parse_yaml("t.json", text, &limits).expect("valid YAML");
        (try_parse(text, &limits), yaml)
    }

    #[test]
    fn builds_the_tree_the_yaml_parser_builds() {
        let text = "{\n  \"a\": [1, -2.5, 1e3, 123456789012345678901234, true, null],\n  \"é\": {\"b\": \"x\\u00e9\\n\", \"c\": {}},\n\t\"d\": \"dup\", \"d\": [\"last wins\"],\n  \"<<\": {\"a\": 0, \"m\": \"merged\"}\n}\n";
        let (json, yaml) = both(text);
        assert_eq!(json.expect("strict JSON takes the fast path"), yaml);
    }

    #[test]
    fn leaves_anything_else_to_the_yaml_parser() {
        let limits = Limits::default();
        for text in [
            "openapi: 3.1.0\n",
            "{\"a\": 1,}",
            "{\"a\": 1} // comment",
            "{a: 1}",
            "{\"a\": 1}\n---\n{}",
        ] {
            assert!(try_parse(text, &limits).is_none(), "{text}");
        }
        let deep = format!("{}{}", "[".repeat(300), "]".repeat(300));
        assert!(try_parse(&deep, &limits).is_none());
        let tiny = Limits {
            max_nodes: 3,
            ..Limits::default()
        };
        assert!(try_parse("[1, 2, 3, 4]", &tiny).is_none());
    }

    /// A non-BMP character escaped as a surrogate pair is one character; a lone surrogate
    /// is not JSON, and the error points at the string that holds it.
    #[test]
    fn surrogate_pairs_are_one_character() {
        let limits = Limits::default();
        let text = r#"{"title": "robot \ud83e\udd16 and \uD834\uDD1E"}"#;
        let node = crate::yaml::parse("t.json", text, &limits).expect("valid JSON loads");
        let NodeValue::Map(entries) = &node.value else {
            panic!("a map: {node:?}");
        };
        assert!(
            matches!(&entries[0].1.value, NodeValue::String(s) if s == "robot 🤖 and 𝄞"),
            "{entries:?}"
        );
        let lone = r#"{"title": "half \ud83e here"}"#;
        let error = crate::yaml::parse("t.json", lone, &limits).expect_err("not JSON");
        assert_eq!((error.line, error.column), (1, 11), "{error}");
    }

    /// Every JSON contract of the corpus reads the same through both parsers.
    #[test]
    fn corpus_json_contracts_read_the_same() {
        let documents = accord_testkit::corpus_documents(&[]);
        let mut compared = 0;
        for path in documents
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
        {
            let text = std::fs::read_to_string(path).expect("a corpus document reads");
            let yaml = crate::yaml::parse_yaml("c.json", &text, &Limits::default())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let json = try_parse(&text, &Limits::default());
            assert!(json.as_ref() == Some(&yaml), "{} differs", path.display());
            compared += 1;
        }
        if !documents.is_empty() {
            assert!(compared >= 5, "only {compared} JSON contracts compared");
        }
    }
}
