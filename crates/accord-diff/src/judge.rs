//! Judgement: every structural delta is handed to the one check that judges it, which gives
//! it an ID, a level and a message; the change then gets its locations, its old and new
//! YAML snippets and its consumer impact, and finally its root-cause group: the changes of
//! one node, joined with the same edits of copies of that node by the [`Shape`] of what
//! each change found on both sides ([`accord_report::group::assign`]).

use std::collections::HashMap;

use accord_report::group::Shape;
use accord_report::{Change, ChangeLevel, ChangeSide};
use accord_spec::{Contract, Loc, Node, NodeValue};
use serde_json::{Map, Value};

use crate::check::{CHECKS, ChangeAction, Check};
use crate::delta::{Delta, Kind, Scope};
use crate::impact::{Usage, affects};
use crate::sunset::parse_day;
use crate::{Compat, DiffOptions};

/// Most lines a snippet shows.
const SNIPPET_LINES: usize = 14;
/// Deepest nesting a snippet shows.
const SNIPPET_DEPTH: usize = 4;
/// Most entries per mapping or list a snippet shows.
const SNIPPET_WIDTH: usize = 12;

/// The check that judges `d`, if any.
pub fn judge(d: &Delta) -> Option<&'static Check> {
    CHECKS.iter().copied().find(|c| (c.matches)(d))
}

/// Deltas that are not changes from their side's point of view: a `writeOnly` property is
/// never in a response, a `readOnly` one never in a request.
fn invisible(d: &Delta) -> bool {
    let property = matches!(
        d.kind,
        Kind::PropertyAdded { .. }
            | Kind::PropertyRemoved { .. }
            | Kind::PropertyBecameRequired
            | Kind::PropertyBecameOptional
    );
    property
        && ((d.scope == Scope::Response && d.write_only)
            || (d.scope == Scope::Request && d.read_only))
}

/// Resolves what the checks need from the options: whether a removed operation's sunset
/// has passed.
fn prepare(d: &mut Delta, today: Option<time::Date>) {
    if let Kind::OperationRemoved { sunset, .. } = &mut d.kind {
        *sunset = sunset.as_of(today);
    }
}

fn rescope(d: &Delta, scope: Scope) -> Delta {
    let mut d = d.clone();
    d.scope = scope;
    d
}

/// The judged delta under the compatibility mode (events only).
fn under_compat(d: &Delta, compat: Compat) -> Option<(Delta, &'static Check)> {
    let payload = d.event && matches!(d.scope, Scope::Request | Scope::Response);
    let candidates: Vec<Delta> = match (payload, compat) {
        (false, _) | (true, Compat::Default) => vec![d.clone()],
        (true, Compat::Backward) => vec![rescope(d, Scope::Request)],
        (true, Compat::Forward) => vec![rescope(d, Scope::Response)],
        (true, Compat::Full) => vec![
            d.clone(),
            rescope(d, Scope::Request),
            rescope(d, Scope::Response),
        ],
    };
    let mut best: Option<(Delta, &'static Check)> = None;
    for c in candidates {
        if invisible(&c) {
            continue;
        }
        if let Some(check) = judge(&c)
            && best.as_ref().is_none_or(|(_, b)| check.level > b.level)
        {
            best = Some((c, check));
        }
    }
    best
}

struct Snippets<'a> {
    contract: &'a Contract,
    cache: HashMap<(String, String), Option<String>>,
    /// A fingerprint of each subtree a change's [`Shape`] reads, by file and pointer (the
    /// fingerprint, not the text: a Stripe-sized diff reads thousands of big subtrees).
    subtrees: HashMap<(String, String), Option<String>>,
}

impl<'a> Snippets<'a> {
    fn new(contract: &'a Contract) -> Self {
        Snippets {
            contract,
            cache: HashMap::new(),
            subtrees: HashMap::new(),
        }
    }

    /// A fingerprint of the subtree at `loc`, or at its container when `container`, the
    /// same wherever it is (`None` for the document root, which is no copy of anything).
    /// Compared within one run only, so the standard hasher serves.
    fn subtree(&mut self, loc: Option<&Loc>, container: bool) -> Option<&str> {
        let loc = loc?;
        let pointer = if container {
            loc.pointer
                .rsplit_once('/')
                .map_or("", |(parent, _)| parent)
        } else {
            loc.pointer.as_str()
        };
        if pointer.is_empty() {
            return None;
        }
        let contract = self.contract;
        self.subtrees
            .entry((loc.file.to_string(), pointer.to_string()))
            .or_insert_with(|| {
                let at = Loc::new(&loc.file, pointer, 0, 0);
                contract.sources.node(&at).map(|n| {
                    let mut hasher = std::collections::hash_map::DefaultHasher::new();
                    std::hash::Hash::hash(&n.to_json().to_string(), &mut hasher);
                    format!("{:016x}", std::hash::Hasher::finish(&hasher))
                })
            })
            .as_deref()
    }

    /// The [`Shape`] of `d`: what it is about on each side, wherever that is. A removal is
    /// about the node removed from its old container (the new side holds only the
    /// container it left, which differs between copies that merely embed the same old
    /// schema), an addition the node added to its new container, anything else the old and
    /// new nodes themselves. The container keeps unrelated schemas that lose a property of
    /// the same name and schema apart.
    fn shape(old: &mut Self, new: &mut Self, d: &Delta, action: ChangeAction) -> Option<Shape> {
        let (old, new) = match action {
            ChangeAction::Removed => (old.subtree(d.old.as_ref(), true), None),
            ChangeAction::Added => (None, new.subtree(d.new.as_ref(), true)),
            _ => (
                old.subtree(d.old.as_ref(), false),
                new.subtree(d.new.as_ref(), false),
            ),
        };
        (old.is_some() || new.is_some()).then(|| Shape::of(old, new))
    }

    fn side(&mut self, loc: &Loc, with_snippet: bool) -> ChangeSide {
        let snippet = if with_snippet {
            let key = (loc.file.to_string(), loc.pointer.clone());
            let contract = self.contract;
            self.cache
                .entry(key)
                .or_insert_with(|| snippet(contract, loc))
                .clone()
        } else {
            None
        };
        ChangeSide {
            file: loc.file.to_string(),
            line: loc.line,
            pointer: loc.pointer.clone(),
            snippet,
        }
    }
}

/// A short YAML text of the node at `loc` (big nodes truncated).
pub fn snippet(contract: &Contract, loc: &Loc) -> Option<String> {
    if loc.pointer.is_empty() {
        return None;
    }
    let node = contract.sources.node(loc)?;
    let value = limited(node, 0);
    let text = serde_yaml::to_string(&value).ok()?;
    let mut lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    let truncated = lines.len() > SNIPPET_LINES;
    lines.truncate(SNIPPET_LINES);
    for l in lines {
        if l.chars().count() > 100 {
            out.extend(l.chars().take(99));
            out.push('…');
        } else {
            out.push_str(l);
        }
        out.push('\n');
    }
    if truncated {
        out.push_str("# …\n");
    }
    Some(out)
}

fn limited(node: &Node, depth: usize) -> Value {
    match &node.value {
        NodeValue::Map(entries) => {
            if depth >= SNIPPET_DEPTH {
                return Value::String("…".into());
            }
            let mut m = Map::new();
            for (k, v) in entries.iter().take(SNIPPET_WIDTH) {
                m.insert(k.name.clone(), limited(v, depth + 1));
            }
            if entries.len() > SNIPPET_WIDTH {
                m.insert(
                    "…".into(),
                    Value::String(format!("{} more", entries.len() - SNIPPET_WIDTH)),
                );
            }
            Value::Object(m)
        }
        NodeValue::Seq(items) => {
            if depth >= SNIPPET_DEPTH {
                return Value::String("…".into());
            }
            let mut v: Vec<Value> = items
                .iter()
                .take(SNIPPET_WIDTH)
                .map(|n| limited(n, depth + 1))
                .collect();
            if items.len() > SNIPPET_WIDTH {
                v.push(Value::String(format!(
                    "… {} more",
                    items.len() - SNIPPET_WIDTH
                )));
            }
            Value::Array(v)
        }
        _ => node.to_json(),
    }
}

/// Turns deltas into changes.
pub(crate) fn changes(
    old: &Contract,
    new: &Contract,
    deltas: Vec<Delta>,
    options: &DiffOptions,
    today: &str,
) -> Vec<Change> {
    let today = parse_day(today);
    let mut old_snips = Snippets::new(old);
    let mut new_snips = Snippets::new(new);
    let usages: &[Usage] = &options.usages;
    let mut out = Vec::with_capacity(deltas.len());
    for mut d in deltas {
        prepare(&mut d, today);
        let Some((d, check)) = under_compat(&d, options.compat) else {
            continue;
        };
        let affects = affects(&d, usages);
        if options.only_affecting && affects.is_empty() {
            continue;
        }
        let shape = Snippets::shape(&mut old_snips, &mut new_snips, &d, check.taxonomy.action);
        out.push((
            Change {
                id: check.id.to_string(),
                level: check.level,
                operation: d.operation.clone(),
                channel: d.channel.clone(),
                message: check.message_for(&d),
                old: d.old.as_ref().map(|l| old_snips.side(l, options.snippets)),
                new: d.new.as_ref().map(|l| new_snips.side(l, options.snippets)),
                affects,
                group: String::new(),
                place: d.place.clone(),
            },
            shape,
        ));
    }
    out.sort_by(|(a, _), (b, _)| {
        (&a.operation, &a.channel, &a.id, a.pointer(), &a.message).cmp(&(
            &b.operation,
            &b.channel,
            &b.id,
            b.pointer(),
            &b.message,
        ))
    });
    out.dedup_by(|(a, _), (b, _)| {
        a.id == b.id
            && a.operation == b.operation
            && a.channel == b.channel
            && a.message == b.message
            && a.old.as_ref().map(|s| &s.pointer) == b.old.as_ref().map(|s| &s.pointer)
            && a.new.as_ref().map(|s| &s.pointer) == b.new.as_ref().map(|s| &s.pointer)
    });
    let _ = ChangeLevel::Info;
    let (mut changes, shapes): (Vec<Change>, Vec<Option<Shape>>) = out.into_iter().unzip();
    accord_report::group::assign(&mut changes, &shapes);
    changes
}
