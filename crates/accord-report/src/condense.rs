//! How the human-read diff reports (`text::diff`, `markdown::diff`) order and condense
//! changes, so a reviewer can read them even when a vendor release changes thousands of
//! things (Stripe's spec: 5,216 `response-variant-removed` notes in one upgrade). Two rules:
//!
//! - **Most severe first**: breaking changes, then warnings, then info, each [`Section`]
//!   grouped by operation or channel. A terminal shows the end of the output, and a reviewer
//!   reads the top of a comment: both must land on what blocks the upgrade.
//! - **Repetition is summarised**: an info check reported more than [`GROUP_AFTER`] times is
//!   shown once, with its count and [`EXAMPLES`] examples. Breaking changes and warnings are
//!   never condensed, and an info change that affects one of our mappings is always listed on
//!   its own.
//!
//! Only these two formats condense: every change is still in the JSON, JUnit, SARIF, HTML
//! and GitHub outputs, whose shapes DESIGN.md fixes.

use std::collections::BTreeMap;

use crate::group::{self, Group};
use crate::model::{Change, ChangeLevel, DiffReport};

/// An info check whose root causes number more than this is summarised rather than listed.
pub const GROUP_AFTER: usize = 10;
/// How many examples a summarised check shows.
pub const EXAMPLES: usize = 3;
const _: () = assert!(
    EXAMPLES < GROUP_AFTER,
    "a summarised check always has more to show than its examples"
);

/// The root causes of one level: those listed one by one, and the checks summarised.
pub(crate) struct Section<'a> {
    pub level: ChangeLevel,
    /// In [`group::groups`] order: what affects us first, document-level info last.
    pub listed: Vec<Group<'a>>,
    /// Check id → its groups, in order; only ever filled for info.
    pub summarised: BTreeMap<&'a str, Vec<Group<'a>>>,
}

impl Section<'_> {
    /// Every change of the level, listed or summarised.
    pub fn total(&self) -> usize {
        self.listed.iter().map(Group::len).sum::<usize>()
            + self
                .summarised
                .values()
                .flatten()
                .map(Group::len)
                .sum::<usize>()
    }

    /// Every root cause of the level.
    pub fn groups(&self) -> usize {
        self.listed.len() + self.summarised.values().map(Vec::len).sum::<usize>()
    }
}

/// The non-empty sections of `report`, most severe level first.
pub(crate) fn sections(report: &DiffReport) -> Vec<Section<'_>> {
    let all = group::groups(report);
    ChangeLevel::ALL
        .into_iter()
        .map(|level| section(&all, level))
        .filter(|s| s.total() > 0)
        .collect()
}

fn section<'a>(all: &[Group<'a>], level: ChangeLevel) -> Section<'a> {
    let of_level = all.iter().filter(|g| g.level == level);
    // Groups that touch a mapping are always listed, so they do not count towards a summary.
    let condensable = |g: &Group| level == ChangeLevel::Info && g.affects().is_empty();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for g in of_level.clone().filter(|g| condensable(g)) {
        *counts.entry(g.check).or_default() += 1;
    }
    let mut listed = Vec::new();
    let mut summarised: BTreeMap<&str, Vec<Group>> = BTreeMap::new();
    for g in of_level {
        let repeated = counts.get(g.check).is_some_and(|n| *n > GROUP_AFTER);
        if repeated && condensable(g) {
            summarised.entry(g.check).or_default().push(g.clone());
        } else {
            listed.push(g.clone());
        }
    }
    Section {
        level,
        listed,
        summarised,
    }
}

/// Up to [`EXAMPLES`] changes of a summarised check, from as many different operations or
/// channels as there are (5,000 notes about one operation would say little about the other
/// 400), in report order.
pub(crate) fn examples<'a>(groups: &[Group<'a>]) -> Vec<&'a Change> {
    let mut all: Vec<&'a Change> = groups
        .iter()
        .flat_map(|g| g.changes.iter().copied())
        .collect();
    all.sort_by_key(|c| (c.operation.clone(), c.channel.clone()));
    let group = all;
    let mut picked: Vec<usize> = Vec::new();
    let mut subjects: Vec<String> = Vec::new();
    for (i, c) in group.iter().enumerate() {
        if picked.len() == EXAMPLES {
            break;
        }
        let subject = c.subject();
        if !subjects.contains(&subject) {
            subjects.push(subject);
            picked.push(i);
        }
    }
    // Fewer subjects than examples: fill up with the first changes not yet picked.
    for i in 0..group.len() {
        if picked.len() == EXAMPLES {
            break;
        }
        if !picked.contains(&i) {
            picked.push(i);
        }
    }
    picked.sort_unstable();
    picked.into_iter().map(|i| group[i]).collect()
}

/// Total changes of summarised groups.
pub(crate) fn changes_in(groups: &[Group<'_>]) -> usize {
    groups.iter().map(Group::len).sum()
}

/// The heading of a level's section.
pub(crate) fn level_title(level: ChangeLevel) -> &'static str {
    match level {
        ChangeLevel::Breaking => "Breaking",
        ChangeLevel::Warning => "Warnings",
        ChangeLevel::Info => "Info",
    }
}

/// A count with thousands separators: `5216` → `5,216`.
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// `1 warning`, `5,216 changes`; `info` never takes an `s`.
pub(crate) fn counted(n: usize, word: &str) -> String {
    if n == 1 || word == "info" {
        format!("{} {word}", thousands(n))
    } else {
        format!("{} {word}s", thousands(n))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn change(id: &str, level: ChangeLevel, operation: &str) -> Change {
        Change {
            id: id.to_string(),
            level,
            operation: Some(operation.to_string()),
            channel: None,
            message: format!("{id} happened"),
            old: None,
            new: None,
            affects: Vec::new(),
            group: String::new(),
            place: String::new(),
        }
    }

    /// 25 info changes of one check (one of them affecting a mapping), one more info change,
    /// and 12 breaking changes and 12 warnings of one check each: more than [`GROUP_AFTER`],
    /// which only info may be condensed by.
    pub(crate) fn upgrade() -> DiffReport {
        let mut changes: Vec<Change> = (0..25)
            .map(|i| {
                change(
                    "response-variant-removed",
                    ChangeLevel::Info,
                    &format!("GET /a{i:02}"),
                )
            })
            .collect();
        changes.push(change("operation-added", ChangeLevel::Info, "GET /new"));
        for i in 0..12 {
            changes.push(change(
                "response-property-removed",
                ChangeLevel::Breaking,
                &format!("GET /z{i:02}"),
            ));
            changes.push(change(
                "response-enum-value-added",
                ChangeLevel::Warning,
                &format!("GET /y{i:02}"),
            ));
        }
        let mut affected = change("response-variant-removed", ChangeLevel::Info, "GET /mapped");
        affected
            .affects
            .push("mapping crm.contact → Customer.kind".into());
        changes.push(affected);
        DiffReport::new("old.yaml", "new.yaml", changes)
    }

    #[test]
    fn sections_run_from_breaking_to_info_and_condense_only_repeated_info() {
        let report = upgrade();
        let sections = sections(&report);
        let levels: Vec<ChangeLevel> = sections.iter().map(|s| s.level).collect();
        assert_eq!(
            levels,
            [
                ChangeLevel::Breaking,
                ChangeLevel::Warning,
                ChangeLevel::Info
            ]
        );
        for s in &sections[..2] {
            assert_eq!(s.listed.len(), 12, "{:?} is never condensed", s.level);
            assert!(s.summarised.is_empty());
        }
        let info = &sections[2];
        assert_eq!(info.total(), 27);
        assert_eq!(
            info.summarised.keys().copied().collect::<Vec<_>>(),
            ["response-variant-removed"]
        );
        assert_eq!(info.summarised["response-variant-removed"].len(), 25);
        let listed: Vec<String> = info.listed.iter().map(|g| g.first().subject()).collect();
        assert_eq!(listed, ["GET /new", "GET /mapped"]);
    }

    #[test]
    fn a_check_at_the_threshold_is_still_listed() {
        let changes = (0..GROUP_AFTER)
            .map(|i| change("operation-added", ChangeLevel::Info, &format!("GET /{i}")))
            .collect();
        let report = DiffReport::new("a", "b", changes);
        let sections = sections(&report);
        assert_eq!(sections[0].listed.len(), GROUP_AFTER);
        assert!(sections[0].summarised.is_empty());
    }

    #[test]
    fn examples_prefer_different_subjects() {
        let group: Vec<Change> = ["GET /a", "GET /a", "GET /a", "GET /b"]
            .iter()
            .map(|op| change("x", ChangeLevel::Info, op))
            .collect();
        let report = DiffReport::new("", "", group);
        let groups = crate::group::groups(&report);
        let picked: Vec<String> = examples(&groups).iter().map(|c| c.subject()).collect();
        assert_eq!(picked, ["GET /a", "GET /a", "GET /b"]);
    }

    #[test]
    fn big_numbers_are_grouped() {
        assert_eq!(thousands(5216), "5,216");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1,000,000");
        assert_eq!(counted(5216, "change"), "5,216 changes");
        assert_eq!(counted(2, "info"), "2 info");
    }
}
