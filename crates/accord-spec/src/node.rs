//! The located document tree: every YAML/JSON value with the line and column it starts at.
//!
//! Analysers never see this tree; the model builders read it so that every element of the
//! Contract model can say where it came from.

use serde_json::{Map, Value};

/// A 1-based line and column in a source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub line: u32,
    pub column: u32,
}

/// A mapping key with the place it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Key {
    pub name: String,
    pub span: Span,
}

/// One value of the document.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Span,
    pub value: NodeValue,
}

/// The value of a [`Node`], resolved with the YAML 1.2 core schema (so `yes` is a string).
#[derive(Clone, Debug, PartialEq)]
pub enum NodeValue {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Seq(Vec<Node>),
    Map(Vec<(Key, Node)>),
}

impl Node {
    /// The entry `key` of a mapping, if this is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            NodeValue::Map(entries) => entries.iter().find(|(k, _)| k.name == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The entry `key` and the span of the key itself.
    pub fn get_entry(&self, key: &str) -> Option<(&Key, &Node)> {
        match &self.value {
            NodeValue::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.name == key)
                .map(|(k, v)| (k, v)),
            _ => None,
        }
    }

    pub fn as_map(&self) -> Option<&[(Key, Node)]> {
        match &self.value {
            NodeValue::Map(entries) => Some(entries),
            _ => None,
        }
    }

    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.value {
            NodeValue::Seq(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            NodeValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// A boolean, accepting the strings `"true"`/`"false"` that real contracts sometimes write.
    pub fn as_bool_lenient(&self) -> Option<bool> {
        match &self.value {
            NodeValue::Bool(b) => Some(*b),
            NodeValue::String(s) if s == "true" => Some(true),
            NodeValue::String(s) if s == "false" => Some(false),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match &self.value {
            NodeValue::Number(n) => n.as_f64(),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match &self.value {
            NodeValue::Number(n) => n.as_u64().or_else(|| {
                n.as_f64()
                    .filter(|f| *f >= 0.0 && f.fract() == 0.0)
                    .map(|f| f as u64)
            }),
            _ => None,
        }
    }

    pub fn is_map(&self) -> bool {
        matches!(self.value, NodeValue::Map(_))
    }

    /// A short name of this node's kind, for messages.
    pub fn kind_name(&self) -> &'static str {
        match self.value {
            NodeValue::Null => "null",
            NodeValue::Bool(_) => "a boolean",
            NodeValue::Number(_) => "a number",
            NodeValue::String(_) => "a string",
            NodeValue::Seq(_) => "a list",
            NodeValue::Map(_) => "a mapping",
        }
    }

    /// The plain JSON value of this subtree.
    pub fn to_json(&self) -> Value {
        match &self.value {
            NodeValue::Null => Value::Null,
            NodeValue::Bool(b) => Value::Bool(*b),
            NodeValue::Number(n) => Value::Number(n.clone()),
            NodeValue::String(s) => Value::String(s.clone()),
            NodeValue::Seq(items) => Value::Array(items.iter().map(Node::to_json).collect()),
            NodeValue::Map(entries) => {
                let mut map = Map::with_capacity(entries.len());
                for (k, v) in entries {
                    map.insert(k.name.clone(), v.to_json());
                }
                Value::Object(map)
            }
        }
    }

    /// Follows a JSON pointer string (`/a/b~1c`) from this node, without allocating unless a
    /// token carries an escape.
    pub fn at_pointer(&self, pointer: &str) -> Option<&Node> {
        let mut node = self;
        if pointer.is_empty() {
            return Some(node);
        }
        for raw in pointer.strip_prefix('/')?.split('/') {
            let token: std::borrow::Cow<str> = if raw.contains('~') {
                std::borrow::Cow::Owned(crate::pointer::unescape(raw))
            } else {
                std::borrow::Cow::Borrowed(raw)
            };
            node = match &node.value {
                NodeValue::Map(_) => node.get(&token)?,
                NodeValue::Seq(items) => items.get(token.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// Follows a JSON pointer string like [`Node::at_pointer`] and also returns the index of
    /// each step (entry index in a mapping, item index in a list), so the same node can be
    /// reached again with [`Node::at_path`] without comparing any key.
    pub fn locate(&self, pointer: &str) -> Option<(&Node, Vec<u32>)> {
        let mut node = self;
        let mut path = Vec::new();
        if pointer.is_empty() {
            return Some((node, path));
        }
        for raw in pointer.strip_prefix('/')?.split('/') {
            let token: std::borrow::Cow<str> = if raw.contains('~') {
                std::borrow::Cow::Owned(crate::pointer::unescape(raw))
            } else {
                std::borrow::Cow::Borrowed(raw)
            };
            let (index, next) = match &node.value {
                NodeValue::Map(entries) => entries
                    .iter()
                    .enumerate()
                    .find(|(_, (k, _))| k.name == *token)
                    .map(|(i, (_, v))| (i, v))?,
                NodeValue::Seq(items) => {
                    let i = token.parse::<usize>().ok()?;
                    (i, items.get(i)?)
                }
                _ => return None,
            };
            path.push(u32::try_from(index).ok()?);
            node = next;
        }
        Some((node, path))
    }

    /// The node reached by a path of indices from [`Node::locate`], or `None` when the path
    /// does not fit this tree.
    pub fn at_path(&self, path: &[u32]) -> Option<&Node> {
        let mut node = self;
        for &index in path {
            node = match &node.value {
                NodeValue::Map(entries) => &entries.get(index as usize)?.1,
                NodeValue::Seq(items) => items.get(index as usize)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// Follows a JSON pointer (already split and unescaped) from this node.
    pub fn walk<I, S>(&self, segments: I) -> Option<&Node>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut node = self;
        for segment in segments {
            let segment = segment.as_ref();
            node = match &node.value {
                NodeValue::Map(_) => node.get(segment)?,
                NodeValue::Seq(items) => items.get(segment.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// Follows a pointer as far as it goes and returns the deepest node reached; used to place
    /// a finding about a missing member at its nearest existing parent.
    pub fn walk_nearest<I, S>(&self, segments: I) -> &Node
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut node = self;
        for segment in segments {
            let segment = segment.as_ref();
            let next = match &node.value {
                NodeValue::Map(_) => node.get(segment),
                NodeValue::Seq(items) => segment.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => break,
            }
        }
        node
    }

    /// Number of nodes in this subtree (used to bound alias expansion).
    pub fn size(&self) -> usize {
        match &self.value {
            NodeValue::Seq(items) => 1 + items.iter().map(Node::size).sum::<usize>(),
            NodeValue::Map(entries) => 1 + entries.iter().map(|(_, v)| v.size()).sum::<usize>(),
            _ => 1,
        }
    }
}
