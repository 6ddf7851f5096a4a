//! The `update` of an action: a recursive merge into a selected object, an append to a
//! selected array. Every node written is a marked copy of the overlay's own node, so it
//! keeps the overlay's line (see `origin.rs`).

use super::origin::{mark, mark_tree};
use crate::node::{Key, Node, NodeValue, Span};
use crate::pointer;

/// A value of the update that could not be merged and replaced the target's instead.
pub(super) struct Incompatible {
    /// Pointer into the overlay file.
    pub pointer: String,
    pub span: Span,
    pub message: String,
}

/// Merges the mapping `update` (written at `at` in the overlay) into `target`.
pub(super) fn merge_map(
    target: &mut Vec<(Key, Node)>,
    update: &[(Key, Node)],
    origin: usize,
    at: &str,
    incompatible: &mut Vec<Incompatible>,
) {
    for (key, value) in update {
        let here = pointer::push(at, &key.name);
        // The last of duplicate keys is the one a JSON reader keeps.
        let existing = target.iter().rposition(|(k, _)| k.name == key.name);
        let Some(index) = existing else {
            let key = Key {
                name: key.name.clone(),
                span: mark(key.span, origin),
            };
            target.push((key, marked(value, origin)));
            continue;
        };
        let slot = &mut target[index].1;
        match (&mut slot.value, &value.value) {
            (NodeValue::Map(inner), NodeValue::Map(more)) => {
                merge_map(inner, more, origin, &here, incompatible);
            }
            (NodeValue::Seq(items), NodeValue::Seq(more)) => {
                items.extend(more.iter().map(|n| marked(n, origin)));
            }
            (old, new) if is_scalar(old) && is_scalar(new) => {
                *slot = marked(value, origin);
            }
            _ => {
                incompatible.push(Incompatible {
                    pointer: here,
                    span: value.span,
                    message: format!(
                        "`{}` is {} in the contract and {} in the update: Overlay 1.0 merges objects into objects, arrays into arrays and primitives into primitives; the update's value replaces the contract's",
                        key.name,
                        slot.kind_name(),
                        value.kind_name()
                    ),
                });
                *slot = marked(value, origin);
            }
        }
    }
}

/// Appends `update` to a selected array: its items when it is an array, else itself.
pub(super) fn append(target: &mut Vec<Node>, update: &Node, origin: usize) {
    match &update.value {
        NodeValue::Seq(more) => target.extend(more.iter().map(|n| marked(n, origin))),
        _ => target.push(marked(update, origin)),
    }
}

fn marked(node: &Node, origin: usize) -> Node {
    let mut copy = node.clone();
    mark_tree(&mut copy, origin);
    copy
}

fn is_scalar(value: &NodeValue) -> bool {
    !matches!(value, NodeValue::Map(_) | NodeValue::Seq(_))
}
