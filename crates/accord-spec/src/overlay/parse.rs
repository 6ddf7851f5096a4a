//! Reading an Overlay 1.0 document into an [`Overlay`], refusing anything the specification
//! does not allow with the file, line and column of the offending value (exit 2).

use std::sync::Arc;

use serde_json_path::JsonPath;

use super::{Action, Overlay};
use crate::error::{Limits, LoadError, LoadErrorKind};
use crate::node::{Node, NodeValue};

/// Versions of the Overlay Specification whose actions Accord applies.
const SUPPORTED: &[&str] = &["1.0."];

pub(super) fn parse(name: &str, text: &str) -> Result<Overlay, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root = crate::yaml::parse(name, text, &Limits::default())?;
    let bad = |node: &Node, message: String| {
        LoadError::new(
            name,
            node.span.line,
            node.span.column,
            LoadErrorKind::Structure,
            message,
        )
    };
    let Some(entries) = root.as_map() else {
        return Err(bad(
            &root,
            format!(
                "an overlay must be a mapping at the top level, found {}",
                root.kind_name()
            ),
        ));
    };
    for (key, value) in entries {
        if !matches!(
            key.name.as_str(),
            "overlay" | "info" | "extends" | "actions"
        ) && !key.name.starts_with("x-")
        {
            return Err(bad(
                value,
                format!(
                    "`{}` is not a field of an Overlay document (overlay, info, extends, actions, x-*)",
                    key.name
                ),
            ));
        }
    }
    match root.get("overlay") {
        None => {
            return Err(bad(
                &root,
                "not an overlay: the `overlay` field (its version, e.g. 1.0.0) is missing".into(),
            ));
        }
        Some(v) => match v.as_str() {
            Some(s) if SUPPORTED.iter().any(|p| s.starts_with(p)) => {}
            _ => {
                return Err(bad(
                    v,
                    format!(
                        "`overlay: {}` is not a version Accord applies (1.0.x)",
                        scalar_text(v)
                    ),
                ));
            }
        },
    }
    let info = required(&root, "info", name)?;
    if !info.is_map() {
        return Err(bad(
            info,
            "`info` must be a mapping with title and version".into(),
        ));
    }
    let title = required_string(info, "info", "title", name)?;
    let info_version = required_string(info, "info", "version", name)?;
    let extends = match root.get("extends") {
        None => None,
        Some(v) => match v.as_str() {
            Some(s) => Some((s.to_string(), v.span)),
            None => {
                return Err(bad(
                    v,
                    "`extends` must be a string (a URI reference)".into(),
                ));
            }
        },
    };
    let actions_node = required(&root, "actions", name)?;
    let Some(items) = actions_node.as_seq() else {
        return Err(bad(
            actions_node,
            format!(
                "`actions` must be a list, found {}",
                actions_node.kind_name()
            ),
        ));
    };
    if items.is_empty() {
        return Err(bad(
            actions_node,
            "`actions` must hold at least one action".into(),
        ));
    }
    let mut actions = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        actions.push(action(name, index, item)?);
    }
    Ok(Overlay {
        path: Arc::from(name),
        text: Arc::from(text),
        title,
        version: info_version,
        extends,
        actions,
    })
}

fn action(name: &str, index: usize, item: &Node) -> Result<Action, LoadError> {
    let bad = |node: &Node, message: String| {
        LoadError::new(
            name,
            node.span.line,
            node.span.column,
            LoadErrorKind::Structure,
            format!("actions[{index}]: {message}"),
        )
    };
    let Some(entries) = item.as_map() else {
        return Err(bad(
            item,
            format!("an action must be a mapping, found {}", item.kind_name()),
        ));
    };
    for (key, value) in entries {
        match key.name.as_str() {
            "target" | "description" | "update" | "remove" => {}
            "copy" => {
                return Err(bad(
                    value,
                    "`copy` belongs to Overlay 1.1; this overlay declares 1.0".into(),
                ));
            }
            other if other.starts_with("x-") => {}
            other => {
                return Err(bad(
                    value,
                    format!(
                        "`{other}` is not a field of an action (target, description, update, remove, x-*)"
                    ),
                ));
            }
        }
    }
    let Some(target_node) = item.get("target") else {
        return Err(bad(item, "`target` (a JSONPath) is required".into()));
    };
    let Some(target) = target_node.as_str() else {
        return Err(bad(
            target_node,
            format!(
                "`target` must be a JSONPath string, found {}",
                target_node.kind_name()
            ),
        ));
    };
    let query = JsonPath::parse(target).map_err(|e| {
        // Point at the character the parser stopped at when the target sits on one line.
        let offset = u32::try_from(e.position()).unwrap_or(0);
        LoadError::new(
            name,
            target_node.span.line,
            target_node.span.column.saturating_add(offset),
            LoadErrorKind::Syntax,
            format!(
                "actions[{index}]: `target: {target}` is not an RFC 9535 JSONPath: {} (at character {})",
                e.message(),
                e.position() + 1
            ),
        )
    })?;
    if let Some(description) = item.get("description")
        && description.as_str().is_none()
    {
        return Err(bad(description, "`description` must be a string".into()));
    }
    let remove = match item.get("remove") {
        None => false,
        Some(node) => match node.value {
            NodeValue::Bool(b) => b,
            _ => {
                return Err(bad(
                    node,
                    format!("`remove` must be true or false, found {}", node.kind_name()),
                ));
            }
        },
    };
    let update = item.get("update").cloned();
    if update.is_none() && !remove {
        return Err(bad(
            item,
            "the action does nothing: give it `update` or `remove: true`".into(),
        ));
    }
    Ok(Action {
        index,
        target: target.to_string(),
        query,
        target_span: target_node.span,
        update,
        remove,
    })
}

fn required<'n>(parent: &'n Node, key: &str, name: &str) -> Result<&'n Node, LoadError> {
    parent.get(key).ok_or_else(|| {
        LoadError::new(
            name,
            parent.span.line,
            parent.span.column,
            LoadErrorKind::Structure,
            format!("the overlay has no `{key}`, which Overlay 1.0 requires"),
        )
    })
}

fn required_string(parent: &Node, at: &str, key: &str, name: &str) -> Result<String, LoadError> {
    match parent.get(key) {
        Some(node) => node.as_str().map(str::to_string).ok_or_else(|| {
            LoadError::new(
                name,
                node.span.line,
                node.span.column,
                LoadErrorKind::Structure,
                format!("`{at}.{key}` must be a string, found {}", node.kind_name()),
            )
        }),
        None => Err(LoadError::new(
            name,
            parent.span.line,
            parent.span.column,
            LoadErrorKind::Structure,
            format!("`{at}.{key}` is required by Overlay 1.0"),
        )),
    }
}

fn scalar_text(node: &Node) -> String {
    node.as_str()
        .map(str::to_string)
        .unwrap_or_else(|| node.to_json().to_string())
}
