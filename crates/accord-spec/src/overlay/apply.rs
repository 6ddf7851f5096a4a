//! Applying overlays to the located tree of a contract's root file: overlays in order, the
//! actions of each in order, every action against the tree as the previous one left it.

use std::path::Path;
use std::sync::Arc;

use serde_json::Value;
use serde_json_path::PathElement;

use super::merge::{self, Incompatible};
use super::origin::{MAX_OVERLAYS, Origins};
use super::{Action, Overlay};
use crate::error::{LoadError, LoadErrorKind};
use crate::files;
use crate::finding::{Severity, SpecFinding};
use crate::loc::Loc;
use crate::node::{Node, NodeValue};

/// One step of a selected node's place: a member name or an item index.
#[derive(Clone, Debug)]
enum Step {
    Name(String),
    Index(usize),
}

/// A node selected by a target: its steps by name (for the JSON mirror) and by position
/// (for the located tree).
struct Selected {
    steps: Vec<Step>,
    positions: Vec<usize>,
}

/// Applies `overlays` to `root` (the tree of the contract file `contract_path`). Returns
/// which overlay wrote which node, and the findings about the overlays themselves.
pub(crate) fn apply_all(
    root: &mut Node,
    contract_path: &str,
    overlays: &[Overlay],
) -> Result<(Origins, Vec<SpecFinding>), LoadError> {
    if overlays.len() > MAX_OVERLAYS {
        return Err(LoadError::new(
            &overlays[MAX_OVERLAYS].path,
            0,
            0,
            LoadErrorKind::TooLarge,
            format!("at most {MAX_OVERLAYS} overlays can be applied to one contract"),
        ));
    }
    let mut findings = Vec::new();
    let mut removed = Vec::new();
    // JSONPath runs on a JSON mirror of the tree, kept equal to it after every action.
    let mut mirror = root.to_json();
    for (origin, overlay) in overlays.iter().enumerate() {
        check_extends(overlay, contract_path, &mut findings);
        for action in &overlay.actions {
            let mut effects = Effects {
                findings: &mut findings,
                removed: &mut removed,
            };
            apply_action(root, &mut mirror, overlay, origin, action, &mut effects);
        }
    }
    let files = overlays.iter().map(|o| o.path.clone()).collect();
    Ok((Origins::collect(root, files, removed), findings))
}

/// What applying an action reports besides changing the tree.
struct Effects<'a> {
    findings: &'a mut Vec<SpecFinding>,
    /// Pointers of removed nodes with the action that removed them.
    removed: &'a mut Vec<(String, Loc)>,
}

fn apply_action(
    root: &mut Node,
    mirror: &mut Value,
    overlay: &Overlay,
    origin: usize,
    action: &Action,
    effects: &mut Effects<'_>,
) {
    let findings = &mut *effects.findings;
    let at = |suffix: &str| {
        Loc::new(
            &overlay.path,
            format!("/actions/{}{suffix}", action.index),
            action.target_span.line,
            action.target_span.column,
        )
    };
    let selected: Vec<Selected> = action
        .query
        .query_located(mirror)
        .iter()
        .filter_map(|found| {
            let steps: Vec<Step> = found
                .location()
                .iter()
                .map(|e| match e {
                    PathElement::Name(n) => Step::Name((*n).to_string()),
                    PathElement::Index(i) => Step::Index(*i),
                })
                .collect();
            let positions = positions(root, &steps)?;
            Some(Selected { steps, positions })
        })
        .collect();
    if selected.is_empty() {
        findings.push(SpecFinding {
            code: "overlay-target-unmatched",
            severity: Severity::Error,
            message: format!(
                "overlay action {} (`target: {}`) selects nothing in the contract, so it changes nothing",
                action.index, action.target
            ),
            loc: at("/target"),
        });
        return;
    }
    if action.remove {
        remove(root, mirror, selected, action, &at, effects);
        return;
    }
    let Some(update) = &action.update else {
        return;
    };
    let mut incompatible = Vec::new();
    let mut primitives = 0usize;
    for found in &selected {
        let Some(node) = node_at_mut(root, &found.positions) else {
            continue;
        };
        match (&mut node.value, &update.value) {
            (NodeValue::Map(entries), NodeValue::Map(more)) => {
                let base = format!("/actions/{}/update", action.index);
                merge::merge_map(entries, more, origin, &base, &mut incompatible);
            }
            (NodeValue::Map(_), _) => {
                findings.push(SpecFinding {
                    code: "overlay-incompatible-update",
                    severity: Severity::Error,
                    message: format!(
                        "overlay action {} selects an object, so its `update` must be an object, not {}; not applied",
                        action.index,
                        update.kind_name()
                    ),
                    loc: Loc::new(
                        &overlay.path,
                        format!("/actions/{}/update", action.index),
                        update.span.line,
                        update.span.column,
                    ),
                });
                continue;
            }
            (NodeValue::Seq(items), _) => merge::append(items, update, origin),
            _ => {
                primitives += 1;
                continue;
            }
        }
        let value = node.to_json();
        set_mirror(mirror, &found.steps, value);
    }
    if primitives > 0 {
        findings.push(SpecFinding {
            code: "overlay-target-primitive",
            severity: Severity::Error,
            message: format!(
                "overlay action {} (`target: {}`) selects {primitives} primitive value(s); Overlay 1.0 updates objects and arrays only (select the containing object and update the property); not applied to them",
                action.index, action.target
            ),
            loc: at("/target"),
        });
    }
    for Incompatible {
        pointer,
        span,
        message,
    } in incompatible
    {
        findings.push(SpecFinding {
            code: "overlay-incompatible-update",
            severity: Severity::Warning,
            message: format!("overlay action {}: {message}", action.index),
            loc: Loc::new(&overlay.path, pointer, span.line, span.column),
        });
    }
}

fn remove(
    root: &mut Node,
    mirror: &mut Value,
    mut selected: Vec<Selected>,
    action: &Action,
    at: &dyn Fn(&str) -> Loc,
    effects: &mut Effects<'_>,
) {
    let findings = &mut *effects.findings;
    // Last in document order first: removing a node never moves one still to be removed,
    // and a descendant goes before its ancestor.
    selected.sort_by(|a, b| b.positions.cmp(&a.positions));
    selected.dedup_by(|a, b| a.positions == b.positions);
    let mut primitives = 0usize;
    for found in selected {
        let Some((last, parent)) = found.positions.split_last() else {
            findings.push(SpecFinding {
                code: "overlay-target-primitive",
                severity: Severity::Error,
                message: format!(
                    "overlay action {} removes the whole document (`target: {}`); not applied",
                    action.index, action.target
                ),
                loc: at("/target"),
            });
            continue;
        };
        let Some(parent_node) = node_at_mut(root, parent) else {
            continue;
        };
        let removed = match &mut parent_node.value {
            NodeValue::Map(entries) if *last < entries.len() => entries.remove(*last).1,
            NodeValue::Seq(items) if *last < items.len() => items.remove(*last),
            _ => continue,
        };
        if !matches!(removed.value, NodeValue::Map(_) | NodeValue::Seq(_)) {
            primitives += 1;
        }
        remove_mirror(mirror, &found.steps);
        effects
            .removed
            .push((pointer_of(&found.steps), at("/target")));
    }
    if primitives > 0 {
        findings.push(SpecFinding {
            code: "overlay-target-primitive",
            severity: Severity::Warning,
            message: format!(
                "overlay action {} (`target: {}`) removed {primitives} primitive value(s); Overlay 1.0 removes objects and arrays, so other tools may refuse this overlay",
                action.index, action.target
            ),
            loc: at("/target"),
        });
    }
}

/// The JSON pointer of `steps`.
fn pointer_of(steps: &[Step]) -> String {
    steps.iter().fold(String::new(), |p, step| match step {
        Step::Name(name) => crate::pointer::push(&p, name),
        Step::Index(i) => crate::pointer::push(&p, &i.to_string()),
    })
}

/// The entry and item positions of `steps` in the located tree.
fn positions(root: &Node, steps: &[Step]) -> Option<Vec<usize>> {
    let mut node = root;
    let mut out = Vec::with_capacity(steps.len());
    for step in steps {
        let (index, next) = match (&node.value, step) {
            (NodeValue::Map(entries), Step::Name(name)) => {
                let i = entries.iter().rposition(|(k, _)| k.name == *name)?;
                (i, &entries[i].1)
            }
            (NodeValue::Seq(items), Step::Index(i)) => (*i, items.get(*i)?),
            _ => return None,
        };
        out.push(index);
        node = next;
    }
    Some(out)
}

fn node_at_mut<'n>(root: &'n mut Node, positions: &[usize]) -> Option<&'n mut Node> {
    let mut node = root;
    for &i in positions {
        node = match &mut node.value {
            NodeValue::Map(entries) => &mut entries.get_mut(i)?.1,
            NodeValue::Seq(items) => items.get_mut(i)?,
            _ => return None,
        };
    }
    Some(node)
}

fn mirror_at_mut<'v>(mirror: &'v mut Value, steps: &[Step]) -> Option<&'v mut Value> {
    let mut value = mirror;
    for step in steps {
        value = match (value, step) {
            (Value::Object(map), Step::Name(name)) => map.get_mut(name)?,
            (Value::Array(items), Step::Index(i)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(value)
}

fn set_mirror(mirror: &mut Value, steps: &[Step], value: Value) {
    if let Some(slot) = mirror_at_mut(mirror, steps) {
        *slot = value;
    }
}

fn remove_mirror(mirror: &mut Value, steps: &[Step]) {
    let Some((last, parent)) = steps.split_last() else {
        return;
    };
    match (mirror_at_mut(mirror, parent), last) {
        (Some(Value::Object(map)), Step::Name(name)) => {
            map.shift_remove(name);
        }
        (Some(Value::Array(items)), Step::Index(i)) if *i < items.len() => {
            items.remove(*i);
        }
        _ => {}
    }
}

/// A relative `extends` must name the contract the overlay is applied to.
fn check_extends(overlay: &Overlay, contract_path: &str, findings: &mut Vec<SpecFinding>) {
    let Some((extends, span)) = &overlay.extends else {
        return;
    };
    let is_absolute = extends.contains("://") || extends.starts_with("//");
    if is_absolute || extends.is_empty() {
        return;
    }
    let base = Path::new(&*overlay.path)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let named = files::normalize(&base.join(extends.split('#').next().unwrap_or(extends)));
    let contract = files::normalize(Path::new(contract_path));
    if named != contract {
        findings.push(SpecFinding {
            code: "overlay-extends-mismatch",
            severity: Severity::Warning,
            message: format!(
                "the overlay says it extends `{extends}` ({}), but it is applied to {contract_path}",
                named.display()
            ),
            loc: Loc::new(
                &Arc::clone(&overlay.path),
                "/extends",
                span.line,
                span.column,
            ),
        });
    }
}
