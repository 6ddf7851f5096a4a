//! Which nodes of an overlaid tree an overlay wrote, so that their locations name the
//! overlay's file and line rather than the contract's.
//!
//! While actions are applied, every node copied from an overlay carries its overlay line and
//! column with a mark in the spare high bits (no file is 2^31 lines long or 2^24 columns
//! wide under the loader's byte limit for overlays). One walk after the last overlay turns
//! the marks into a table from JSON pointer to overlay and clears them, so the tree the
//! builders read holds plain spans and the marks cost nothing when no overlay is given.

use std::collections::HashMap;
use std::sync::Arc;

use crate::loc::Loc;
use crate::node::{Node, NodeValue, Span};
use crate::pointer;

const MARK: u32 = 1 << 31;
const ORIGIN_SHIFT: u32 = 24;
const COLUMN_MASK: u32 = (1 << ORIGIN_SHIFT) - 1;
/// Most overlays one contract can take (the origin has seven bits).
pub(crate) const MAX_OVERLAYS: usize = 127;

/// Marks `node` and every node and key below it as written by overlay `origin`.
pub(crate) fn mark_tree(node: &mut Node, origin: usize) {
    node.span = mark(node.span, origin);
    match &mut node.value {
        NodeValue::Seq(items) => items.iter_mut().for_each(|n| mark_tree(n, origin)),
        NodeValue::Map(entries) => {
            for (key, value) in entries {
                key.span = mark(key.span, origin);
                mark_tree(value, origin);
            }
        }
        _ => {}
    }
}

/// `span` marked as written by overlay `origin`.
pub(crate) fn mark(span: Span, origin: usize) -> Span {
    Span {
        line: (span.line & !MARK) | MARK,
        column: span.column.min(COLUMN_MASK) | ((origin as u32 & 0x7f) << ORIGIN_SHIFT),
    }
}

/// The overlay a marked span came from, and the span without its mark.
fn unmark(span: Span) -> Option<(Span, usize)> {
    if span.line & MARK == 0 {
        return None;
    }
    Some((
        Span {
            line: span.line & !MARK,
            column: span.column & COLUMN_MASK,
        },
        ((span.column >> ORIGIN_SHIFT) & 0x7f) as usize,
    ))
}

/// The overlays applied to a contract's root file and the nodes each one wrote.
#[derive(Clone, Debug, Default)]
pub(crate) struct Origins {
    /// Overlay files, in the order applied.
    pub files: Vec<Arc<str>>,
    by_pointer: HashMap<String, u16>,
    /// Pointers of the nodes overlays removed, with the action that removed each.
    removed: Vec<(String, Loc)>,
}

impl Origins {
    /// Clears the marks of `root` and records which pointer each overlay wrote.
    pub fn collect(root: &mut Node, files: Vec<Arc<str>>, removed: Vec<(String, Loc)>) -> Origins {
        let mut origins = Origins {
            files,
            by_pointer: HashMap::new(),
            removed,
        };
        let mut pointer = String::new();
        origins.walk(root, &mut pointer);
        origins
    }

    fn walk(&mut self, node: &mut Node, at: &mut String) {
        if let Some((span, origin)) = unmark(node.span) {
            node.span = span;
            self.by_pointer.insert(at.clone(), origin as u16);
        }
        let len = at.len();
        match &mut node.value {
            NodeValue::Seq(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    at.push('/');
                    at.push_str(&i.to_string());
                    self.walk(item, at);
                    at.truncate(len);
                }
            }
            NodeValue::Map(entries) => {
                for (key, value) in entries {
                    if let Some((span, _)) = unmark(key.span) {
                        key.span = span;
                    }
                    at.push('/');
                    at.push_str(&pointer::escape(&key.name));
                    self.walk(value, at);
                    at.truncate(len);
                }
            }
            _ => {}
        }
    }

    /// The overlay action that removed the node at `pointer` of the root file (or one of
    /// its ancestors), if one did.
    pub fn removed_by(&self, pointer: &str) -> Option<&Loc> {
        self.removed
            .iter()
            .rev()
            .find(|(p, _)| {
                pointer
                    .strip_prefix(p.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            })
            .map(|(_, loc)| loc)
    }

    /// The overlay file that wrote the node at `pointer` of the root file, if one did.
    pub fn file_of(&self, pointer: &str) -> Option<&Arc<str>> {
        if self.by_pointer.is_empty() {
            return None;
        }
        let origin = *self.by_pointer.get(pointer)?;
        self.files.get(origin as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_round_trip_and_leave_plain_spans_alone() {
        let span = Span {
            line: 42,
            column: 7,
        };
        assert_eq!(unmark(span), None);
        assert_eq!(unmark(mark(span, 5)), Some((span, 5)));
        assert_eq!(unmark(mark(span, 126)), Some((span, 126)));
    }
}
