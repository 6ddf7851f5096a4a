//! Root causes: the changes one edit made, reported once.
//!
//! A vendor that removes a property from a shared error schema changes every response that
//! reaches it: PayPal Subscriptions 2023-08 → 2024-02 reports 412 breaking changes for two
//! such edits, Stripe 641 for one. The diff reports each (operation, status, media type)
//! the edit reaches, because mappings and clients use operations; a reviewer needs the edit.
//!
//! Changes of **one check on the same node** (the same old and new JSON pointers; for a
//! shared component, the component's node, whatever operation reached it) form one
//! [`Group`] with a stable ID ([`id_of`]), carried by every change in the machine formats
//! (JSON `group`, SARIF `partialFingerprints`, JUnit properties). The human formats show a
//! group once with what it reaches: operations, statuses and media types, counted and a
//! few named ([`Group::reach`]).
//!
//! Grouping reads only the change's check ID and pointers, so it holds whichever checks
//! the diff emits. Changes without any pointer (rare document-level notes) group by
//! check and message.
//!
//! # Copies
//!
//! Some vendors inline a copy of one schema wherever it is used instead of referring to
//! one component: PayPal Subscriptions 2024-02 has an inline error schema per operation
//! and status, so one edit of the error schema is 96 nodes changed. [`assign`] joins the
//! groups of such copies: nodes whose changes are the same edits (the same checks, message
//! stems, i.e. property paths relative to the node, and [`Shape`]s, fingerprints of what
//! each change found on the old and new side, which the diff computes) are one root cause. The group stays
//! honest: it lists every node it joined ([`Reach::nodes`], `nodes` in JSON), and every
//! change keeps its own pointers. Its ID is the smallest of its nodes' IDs, so it does
//! not depend on the order of changes. Only whole groups join, never single changes
//! (see [`assign`]).
//!
//! # Order
//!
//! [`groups`] orders what hurts us first ([`Rank`]): breaking groups that affect one of
//! our mappings or clients, other breaking groups, warnings (affecting first), info, and
//! document-level info last. Within a rank, bigger groups first, then by check ID and
//! group ID, so the order is deterministic.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Change, ChangeLevel, DiffReport};

/// How many operations, statuses or media types a human format names before counting the
/// rest.
pub const NAMED: usize = 3;

/// The stable ID of the root cause of `change`: its check ID and a 32-bit FNV-1a hash of
/// the node of the new document it changed (the new side's pointer; the old side's when the
/// node is gone from the new document; the subject and message when it has neither), e.g.
/// `response-property-removed~1f3a9c0d`. The same edit of the same documents always gets
/// the same ID, on every run and machine.
pub fn id_of(change: &Change) -> String {
    let node = change.pointer();
    let mut hash = Fnv::default();
    hash.write(node);
    if node.is_empty() {
        // Nothing to anchor on: the subject and message are the node.
        hash.write("\u{0}");
        hash.write(&change.subject());
        hash.write("\u{0}");
        hash.write(&change.message);
    }
    format!("{}~{:08x}", change.id, hash.finish32())
}

/// A fingerprint of what a change found on both sides (the old and new subtrees at its
/// pointers), independent of where they are: two changes with the same check, message stem
/// and shape on different nodes are the same edit of copied nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Shape(u64);

impl Shape {
    /// The shape of a change whose old and new subtrees serialise to `old` and `new`
    /// (`None` for a side the change does not have).
    pub fn of(old: Option<&str>, new: Option<&str>) -> Shape {
        let mut hash = Fnv::default();
        for side in [old, new] {
            // A tag per side keeps `(None, x)` and `(x, None)` apart.
            hash.write(if side.is_some() { "\u{1}" } else { "\u{2}" });
            hash.write(side.unwrap_or_default());
        }
        Shape(hash.0)
    }
}

/// Gives every change its group ID: changes of one check on one node ([`id_of`]) form a
/// group, and groups of different nodes that hold the same edits (the same set of check,
/// stem and `shapes[i]`) are copies and joined, taking the smallest of their IDs (see the
/// module docs). Comparing whole groups, not single changes, keeps a node with an edit of
/// its own apart: an operation that lost a shared header and a query parameter of its own
/// is not the same edit as one that lost only the header. `shapes` is parallel to
/// `changes`; a group with a change of no shape joins nothing. Changes that already carry
/// a group keep it.
pub fn assign(changes: &mut [Change], shapes: &[Option<Shape>]) {
    let mut nodes: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in changes.iter().enumerate() {
        if c.group.is_empty() {
            nodes.entry(id_of(c)).or_default().push(i);
        }
    }
    // BTreeMap order: the first node of a set of copies has the smallest ID.
    let mut copies: HashMap<Vec<(&str, &str, Shape)>, &str> = HashMap::new();
    let mut ids: Vec<(usize, String)> = Vec::new();
    for (node, members) in &nodes {
        let edits: Option<Vec<(&str, &str, Shape)>> = members
            .iter()
            .map(|&i| {
                let c = &changes[i];
                shapes
                    .get(i)
                    .copied()
                    .flatten()
                    .map(|s| (c.id.as_str(), stem(c), s))
            })
            .collect();
        let id = match edits {
            Some(mut edits) => {
                edits.sort_unstable();
                edits.dedup();
                *copies.entry(edits).or_insert(node.as_str())
            }
            None => node.as_str(),
        };
        ids.extend(members.iter().map(|&i| (i, id.to_string())));
    }
    for (i, id) in ids {
        changes[i].group = id;
    }
}

/// 64-bit FNV-1a, folded to 32 bits (short IDs people can paste into an exception).
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, text: &str) {
        for b in text.bytes() {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish32(self) -> u32 {
        // Folding keeps every input bit's influence; truncation to 32 bits is intended.
        ((self.0 >> 32) ^ (self.0 & 0xffff_ffff)) as u32
    }
}

/// Where a group stands in the order reviewers read, most urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rank {
    /// Breaking, and one of our mappings or clients reads what changed.
    BreakingAffectingUs,
    Breaking,
    WarningAffectingUs,
    Warning,
    Info,
    /// Info about the document as a whole (version bumped, server added).
    DocumentInfo,
}

impl Rank {
    /// True for the ranks that block at the default fail level.
    pub fn blocking(self) -> bool {
        matches!(self, Rank::BreakingAffectingUs | Rank::Breaking)
    }
}

/// The changes of one root cause at one level (an exception that accepts part of a group
/// downgrades that part, which then forms its own info group with the same ID).
#[derive(Debug, Clone)]
pub struct Group<'a> {
    /// The root-cause ID every member carries.
    pub id: String,
    /// The check ID.
    pub check: &'a str,
    pub level: ChangeLevel,
    /// Members in report order ([`DiffReport::sorted`]).
    pub changes: Vec<&'a Change>,
}

/// What a group reaches: each list unique, in report order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reach {
    /// Operations, `channel NAME`s, or `document`.
    pub subjects: Vec<String>,
    /// Response statuses (`400`, `default`), from where inside the operation each change is.
    pub statuses: Vec<String>,
    /// Media types (`application/json`).
    pub media_types: Vec<String>,
    /// The nodes the group changed ([`Change::pointer`]): one for an edit of one node,
    /// one per copy when copies were joined (see the module docs).
    pub nodes: Vec<String>,
}

impl<'a> Group<'a> {
    /// The first member, which stands for the group where one change is shown.
    pub fn first(&self) -> &'a Change {
        self.changes[0]
    }

    pub fn len(&self) -> usize {
        self.changes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Every consumer the group affects, unique and sorted.
    pub fn affects(&self) -> Vec<&'a str> {
        let mut out: Vec<&str> = self
            .changes
            .iter()
            .flat_map(|c| c.affects.iter().map(String::as_str))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// True when the change concerns no operation or channel.
    pub fn document_level(&self) -> bool {
        self.changes
            .iter()
            .all(|c| c.operation.is_none() && c.channel.is_none())
    }

    pub fn rank(&self) -> Rank {
        let affecting = self.changes.iter().any(|c| !c.affects.is_empty());
        match (self.level, affecting) {
            (ChangeLevel::Breaking, true) => Rank::BreakingAffectingUs,
            (ChangeLevel::Breaking, false) => Rank::Breaking,
            (ChangeLevel::Warning, true) => Rank::WarningAffectingUs,
            (ChangeLevel::Warning, false) => Rank::Warning,
            (ChangeLevel::Info, _) if self.document_level() => Rank::DocumentInfo,
            (ChangeLevel::Info, _) => Rank::Info,
        }
    }

    /// What the edit was, once: the members' messages without where in the operation each
    /// was seen (that differs between members and is in [`Group::reach`]); when members
    /// differ (two properties removed from one schema), the distinct ones joined by `; `.
    pub fn headline(&self) -> String {
        let mut stems: Vec<&str> = Vec::new();
        for c in &self.changes {
            let stem = stem(c);
            if !stems.contains(&stem) {
                stems.push(stem);
            }
        }
        // The shortest first: the same edit reached at different depths (`customer.x`,
        // `data[].customer.x`) reads best from its most direct spelling.
        stems.sort_by_key(|s| (s.len(), *s));
        let mut out = stems
            .iter()
            .take(NAMED)
            .copied()
            .collect::<Vec<_>>()
            .join("; ");
        if stems.len() > NAMED {
            out.push_str(&format!("; … {} more", stems.len() - NAMED));
        }
        out
    }

    /// The node the edit changed: the new side's pointer, or the old side's when removed.
    pub fn pointer(&self) -> &'a str {
        self.first().pointer()
    }

    /// The operations, statuses and media types the edit reaches.
    pub fn reach(&self) -> Reach {
        let mut reach = Reach::default();
        for c in &self.changes {
            push_unique(&mut reach.subjects, c.subject());
            let (status, media) = place_parts(&c.place);
            if let Some(s) = status {
                push_unique(&mut reach.statuses, s);
            }
            for m in media {
                push_unique(&mut reach.media_types, m);
            }
            push_unique(&mut reach.nodes, c.pointer().to_string());
        }
        reach
    }

    /// One line for human formats: `12 operations (GET /a, POST /b, GET /c, … 9 more);
    /// statuses 400, 422; application/json`. Empty for a single document-level change.
    pub fn reach_line(&self) -> String {
        let reach = self.reach();
        let mut parts = Vec::new();
        if !(reach.subjects.len() == 1 && reach.subjects[0] == "document") {
            let noun = if self.changes.iter().any(|c| c.operation.is_some()) {
                "operation"
            } else if self.changes.iter().any(|c| c.channel.is_some()) {
                "channel"
            } else {
                "subject"
            };
            parts.push(format!(
                "{} ({})",
                counted_noun(reach.subjects.len(), noun),
                named(&reach.subjects)
            ));
        }
        if !reach.statuses.is_empty() {
            parts.push(format!(
                "{} {}",
                if reach.statuses.len() == 1 {
                    "status"
                } else {
                    "statuses"
                },
                named(&reach.statuses)
            ));
        }
        if !reach.media_types.is_empty() {
            parts.push(named(&reach.media_types));
        }
        if reach.nodes.len() > 1 {
            parts.push(format!("{} copies", reach.nodes.len()));
        }
        parts.join("; ")
    }
}

/// A change's message without ` in <place>`.
fn stem(c: &Change) -> &str {
    if c.place.is_empty() {
        return &c.message;
    }
    c.message
        .strip_suffix(c.place.as_str())
        .and_then(|m| m.strip_suffix(" in "))
        .unwrap_or(&c.message)
}

fn counted_noun(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `a, b, c` or `a, b, c, … 9 more`.
pub fn named(items: &[String]) -> String {
    let mut out = items
        .iter()
        .take(NAMED)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > NAMED {
        out.push_str(&format!(", … {} more", items.len() - NAMED));
    }
    out
}

fn push_unique(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// The status and media types named by a place: `response 400 (application/json)` →
/// (`400`, [`application/json`]); `request body (application/json)` → (none, [...]).
fn place_parts(place: &str) -> (Option<String>, Vec<String>) {
    let status = place
        .split_whitespace()
        .skip_while(|w| *w != "response")
        .nth(1)
        .map(|s| s.trim_end_matches([',', ')']).to_string())
        .filter(|s| !s.is_empty() && !s.starts_with('('));
    let mut media = Vec::new();
    let mut rest = place;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(')') else { break };
        let inner = &after[..close];
        if inner.contains('/') && !inner.contains(' ') {
            media.push(inner.to_string());
        }
        rest = &after[close + 1..];
    }
    (status, media)
}

/// The groups of `report`, in [`Rank`] order (see the module docs).
pub fn groups(report: &DiffReport) -> Vec<Group<'_>> {
    let mut by_key: BTreeMap<(String, ChangeLevel), Group<'_>> = BTreeMap::new();
    let mut order: Vec<(String, ChangeLevel)> = Vec::new();
    for c in report.sorted() {
        // Reports built field by field (not through `DiffReport::new`) may lack the ID.
        let id = if c.group.is_empty() {
            id_of(c)
        } else {
            c.group.clone()
        };
        let key = (id.clone(), c.level);
        by_key
            .entry(key.clone())
            .or_insert_with(|| {
                order.push(key);
                Group {
                    id,
                    check: c.id.as_str(),
                    level: c.level,
                    changes: Vec::new(),
                }
            })
            .changes
            .push(c);
    }
    let mut out: Vec<Group<'_>> = order
        .into_iter()
        .filter_map(|k| by_key.remove(&k))
        .collect();
    out.sort_by(|a, b| {
        (a.rank(), std::cmp::Reverse(a.len()), a.check, &a.id).cmp(&(
            b.rank(),
            std::cmp::Reverse(b.len()),
            b.check,
            &b.id,
        ))
    });
    out
}

/// Number of groups at `rank` or more urgent that block (breaking).
pub fn blocking_count(groups: &[Group<'_>]) -> usize {
    groups.iter().filter(|g| g.rank().blocking()).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ChangeSide;

    fn side(pointer: &str) -> Option<ChangeSide> {
        Some(ChangeSide {
            file: "x.yaml".into(),
            line: 1,
            pointer: pointer.into(),
            snippet: None,
        })
    }

    fn change(id: &str, level: ChangeLevel, op: &str, place: &str, node: &str) -> Change {
        Change {
            id: id.into(),
            level,
            operation: (!op.is_empty()).then(|| op.to_string()),
            channel: None,
            message: format!("property `code` removed in {place}"),
            old: side(node),
            new: side(node),
            affects: Vec::new(),
            group: String::new(),
            place: place.into(),
        }
    }

    #[test]
    fn one_edit_reached_from_many_operations_is_one_group() {
        let node = "/components/schemas/Error/properties/code";
        let mut changes = Vec::new();
        for op in ["GET /a", "POST /b", "GET /c", "DELETE /d"] {
            for status in ["400", "422"] {
                changes.push(change(
                    "response-property-removed",
                    ChangeLevel::Breaking,
                    op,
                    &format!("response {status} (application/json)"),
                    node,
                ));
            }
        }
        changes.push(change(
            "response-property-removed",
            ChangeLevel::Breaking,
            "GET /a",
            "response 200 (application/json)",
            "/components/schemas/Pet/properties/name",
        ));
        let report = DiffReport::new("old", "new", changes);
        let groups = groups(&report);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].len(), 8);
        assert_eq!(groups[0].headline(), "property `code` removed");
        let reach = groups[0].reach();
        assert_eq!(reach.subjects, ["DELETE /d", "GET /a", "GET /c", "POST /b"]);
        assert_eq!(reach.statuses, ["400", "422"]);
        assert_eq!(reach.media_types, ["application/json"]);
        assert_eq!(
            groups[0].reach_line(),
            "4 operations (DELETE /d, GET /a, GET /c, … 1 more); statuses 400, 422; application/json"
        );
        assert!(groups[0].changes.iter().all(|c| c.group == groups[0].id));
        assert_ne!(groups[0].id, groups[1].id);
        assert!(groups[0].id.starts_with("response-property-removed~"));
    }

    #[test]
    fn the_same_edit_of_copied_nodes_is_one_group_listing_every_copy() {
        let copy = |op: &str, property: &str, node: &str| {
            let mut c = change(
                "response-property-removed",
                ChangeLevel::Breaking,
                op,
                "response 400 (application/json)",
                node,
            );
            c.message = format!("property `{property}` removed in response 400 (application/json)");
            c
        };
        let mut changes = vec![
            copy(
                "GET /a",
                "issues",
                "/paths/~1a/get/responses/400/content/application~1json/schema",
            ),
            copy(
                "GET /a",
                "link",
                "/paths/~1a/get/responses/400/content/application~1json/schema",
            ),
            copy(
                "GET /b",
                "issues",
                "/paths/~1b/get/responses/400/content/application~1json/schema",
            ),
            copy(
                "GET /b",
                "link",
                "/paths/~1b/get/responses/400/content/application~1json/schema",
            ),
            // Same property removed, but from a different schema: another edit.
            copy(
                "GET /c",
                "issues",
                "/paths/~1c/get/responses/400/content/application~1json/schema",
            ),
        ];
        let error = Shape::of(Some("{issues}"), Some("{error 400}"));
        let other = Shape::of(Some("{issues}"), Some("{error 400 with more}"));
        let link = Shape::of(Some("{link}"), Some("{error 400}"));
        let shapes = [
            Some(error),
            Some(link),
            Some(error),
            Some(link),
            Some(other),
        ];
        assign(&mut changes, &shapes);
        let report = DiffReport::new("", "", changes);
        let groups = groups(&report);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].len(), 4);
        assert_eq!(groups[0].reach().nodes.len(), 2);
        assert!(
            groups[0].reach_line().ends_with("2 copies"),
            "{}",
            groups[0].reach_line()
        );
        // The joined group's ID is one of its nodes' own IDs, whatever the order.
        let own: Vec<String> = groups[0].changes.iter().map(|c| id_of(c)).collect();
        assert!(own.contains(&groups[0].id));
        assert_eq!(groups[0].id, own.iter().min().unwrap().clone());
        assert_eq!(groups[1].len(), 1);
    }

    #[test]
    fn ids_are_stable_and_depend_on_check_and_node() {
        let a = change("x", ChangeLevel::Info, "GET /a", "", "/p");
        let b = change("x", ChangeLevel::Info, "GET /b", "", "/p");
        let c = change("y", ChangeLevel::Info, "GET /a", "", "/p");
        let d = change("x", ChangeLevel::Info, "GET /a", "", "/q");
        assert_eq!(id_of(&a), id_of(&b));
        assert_ne!(id_of(&a), id_of(&c));
        assert_ne!(id_of(&a), id_of(&d));
        // Pinned: an ID users paste into exceptions must not change between releases.
        assert_eq!(id_of(&a), "x~b34aea4d");
    }

    #[test]
    fn order_puts_what_hurts_us_first_and_document_info_last() {
        let mut affecting = change("b-check", ChangeLevel::Breaking, "GET /z", "", "/1");
        affecting.affects.push("mapping m".into());
        let changes = vec![
            change("info-doc", ChangeLevel::Info, "", "", "/info/version"),
            change("info-op", ChangeLevel::Info, "GET /a", "", "/2"),
            change("warn", ChangeLevel::Warning, "GET /a", "", "/3"),
            change("a-check", ChangeLevel::Breaking, "GET /a", "", "/4"),
            affecting,
        ];
        let report = DiffReport::new("", "", changes);
        let ranks: Vec<(&str, Rank)> = groups(&report)
            .iter()
            .map(|g| (g.check, g.rank()))
            .collect();
        assert_eq!(
            ranks,
            [
                ("b-check", Rank::BreakingAffectingUs),
                ("a-check", Rank::Breaking),
                ("warn", Rank::Warning),
                ("info-op", Rank::Info),
                ("info-doc", Rank::DocumentInfo),
            ]
        );
    }

    #[test]
    fn places_name_statuses_and_media_types() {
        assert_eq!(
            place_parts("response 400 (application/json)"),
            (Some("400".into()), vec!["application/json".into()])
        );
        assert_eq!(
            place_parts("request body (application/x-www-form-urlencoded)"),
            (None, vec!["application/x-www-form-urlencoded".into()])
        );
        assert_eq!(place_parts("query parameter `since`"), (None, vec![]));
        assert_eq!(
            place_parts("response default header `X-Id`"),
            (Some("default".into()), vec![])
        );
    }
}
