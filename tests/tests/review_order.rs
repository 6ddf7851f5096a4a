//! `accord check` tells one story wherever it is read: the console and `summary.md` list
//! the same stages with the same counts and the same blocking root causes in the same
//! order (what affects our mappings first, then other breaking root causes, then warnings
//! when they block), each with the number of changes `report.json` gives it.
//!
//! Proven on the bundled repository (mappings, tenants, every stage) and on two real vendor
//! upgrades from the corpus: PayPal Subscriptions (root causes joined across inline copies)
//! and Stripe with `fail_on = "warning"` (warnings block too, so they are listed in both).

mod common;

use std::path::Path;

use serde_json::Value;

use common::{accord_in, corpus, root, stderr, stdout};

/// One stage as the console or `summary.md` shows it.
#[derive(Debug, PartialEq, Eq)]
struct Stage {
    contract: String,
    stage: String,
    /// `FAIL (19 breaking (11 root causes), ...)`.
    cell: String,
}

/// One line of what blocks: contract, stage and text, without the group ID `summary.md`
/// appends.
#[derive(Debug, PartialEq, Eq, Clone)]
struct Line {
    contract: String,
    stage: String,
    text: String,
}

/// What the console printed under its table.
struct Console {
    stages: Vec<Stage>,
    /// The notes of failing stages.
    lines: Vec<Line>,
    /// Per failing stage (contract, stage), how many notes it did not print.
    more: Vec<((String, String), usize)>,
}

fn parse_console(text: &str) -> Console {
    let (mut stages, mut lines, mut more) = (Vec::new(), Vec::new(), Vec::new());
    let mut current: Option<(String, String, bool)> = None;
    for l in text.lines() {
        if let Some(rest) = l.strip_prefix("  ") {
            let Some((contract, stage, failing)) = &current else {
                continue;
            };
            if !failing {
                continue;
            }
            if let Some(n) = rest
                .strip_prefix("... and ")
                .and_then(|r| r.strip_suffix(" more (see --report)"))
            {
                more.push(((contract.clone(), stage.clone()), n.parse().unwrap()));
            } else {
                lines.push(Line {
                    contract: contract.clone(),
                    stage: stage.clone(),
                    text: rest.to_string(),
                });
            }
        } else if let Some((head, cell)) = l.split_once(": ")
            && let Some((contract, stage)) = head.split_once(" / ")
            && !contract.contains(' ')
        {
            let failing = cell.starts_with("FAIL") || cell.starts_with("ERROR");
            current = Some((contract.to_string(), stage.to_string(), failing));
            stages.push(Stage {
                contract: contract.to_string(),
                stage: stage.to_string(),
                cell: cell.to_string(),
            });
        } else {
            current = None;
        }
    }
    Console {
        stages,
        lines,
        more,
    }
}

/// Markdown text as the console prints it (`summary.md` escapes what would break a line).
fn unescape(text: &str) -> String {
    text.replace("\\|", "|")
        .replace("\\`", "`")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The stages of the `summary.md` table (skipped ones left out, as on the console) and its
/// list of what blocks, each line with the group ID it ends with, if any.
fn parse_summary(md: &str) -> (Vec<Stage>, Vec<(Line, Option<String>)>) {
    let mut rows = md.lines().filter(|l| l.starts_with("| "));
    let header: Vec<&str> = rows
        .next()
        .unwrap()
        .trim_matches('|')
        .split(" | ")
        .map(str::trim)
        .collect();
    let mut stages = Vec::new();
    for row in rows {
        let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
        for (stage, cell) in header.iter().zip(&cells).skip(1) {
            if *cell != "-" {
                stages.push(Stage {
                    contract: cells[0].to_string(),
                    stage: stage.to_string(),
                    cell: unescape(cell),
                });
            }
        }
    }
    let mut lines = Vec::new();
    for l in md.lines().filter_map(|l| l.strip_prefix("- **")) {
        let (contract, rest) = l.split_once("** ").unwrap();
        let (stage, text) = rest.split_once(": ").unwrap();
        let (text, group) = match text.strip_suffix('`').and_then(|t| t.rsplit_once(" `")) {
            Some((text, id)) if id.contains('~') => (text, Some(id.to_string())),
            _ => (text, None),
        };
        lines.push((
            Line {
                contract: contract.to_string(),
                stage: stage.to_string(),
                text: unescape(text),
            },
            group,
        ));
    }
    (stages, lines)
}

/// Runs the gate in `dir` with `args`, and checks the console against `summary.md` and
/// `report.json`. Returns the report.
fn gate_agrees(dir: &Path, args: &[&str]) -> Value {
    let report = tempfile::tempdir().unwrap();
    let mut all = vec!["check", "--report", report.path().to_str().unwrap()];
    all.extend_from_slice(args);
    let out = accord_in(dir, &all);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let Console {
        stages: console_stages,
        lines: console_lines,
        more: console_more,
    } = parse_console(&stdout(&out));
    let md = std::fs::read_to_string(report.path().join("summary.md")).unwrap();
    let (md_stages, md_lines) = parse_summary(&md);
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(report.path().join("report.json")).unwrap())
            .unwrap();

    // Same stages, same counts (the summary escapes nothing in these cells).
    assert!(!console_stages.is_empty());
    assert_eq!(console_stages, md_stages);

    // Same lines in the same order: the console prints the first ones of each stage and
    // says how many more; the summary lists them all.
    let mut expected = Vec::new();
    let mut md_iter = md_lines.iter().map(|(l, _)| l).peekable();
    while let Some(first) = md_iter.peek().map(|l| (*l).clone()) {
        let stage_lines: Vec<&Line> = std::iter::from_fn(|| {
            md_iter.next_if(|l| l.contract == first.contract && l.stage == first.stage)
        })
        .collect();
        let hidden = console_more
            .iter()
            .find(|((c, s), _)| *c == first.contract && *s == first.stage)
            .map_or(0, |(_, n)| *n);
        let shown = stage_lines.len() - hidden;
        expected.extend(stage_lines[..shown].iter().map(|l| (*l).clone()));
    }
    assert_eq!(console_lines, expected);

    // The diff lines are the root causes of report.json at or above the fail level, in its
    // order, each with its number of changes.
    for c in json["contracts"].as_array().unwrap() {
        for s in c["stages"].as_array().unwrap() {
            let Some(diff) = s.get("diff") else { continue };
            if s["status"] != "fail" {
                continue;
            }
            let named: Vec<(&str, &str)> = md_lines
                .iter()
                .filter(|(l, _)| l.contract == c["name"] && l.stage == "diff")
                .map(|(l, g)| (l.text.as_str(), g.as_deref().unwrap()))
                .collect();
            let groups: Vec<&Value> = diff["groups"]
                .as_array()
                .unwrap()
                .iter()
                .take(named.len())
                .collect();
            assert_eq!(
                named.iter().map(|(_, g)| *g).collect::<Vec<_>>(),
                groups
                    .iter()
                    .map(|g| g["id"].as_str().unwrap())
                    .collect::<Vec<_>>()
            );
            for ((text, _), g) in named.iter().zip(&groups) {
                let n = g["changes"].as_u64().unwrap();
                if n > 1 {
                    assert!(text.contains(&format!("({n} changes: ")), "{text} / {g}");
                }
            }
            // What affects us first: no group that affects a consumer after one that does not.
            let affecting: Vec<bool> = groups
                .iter()
                .filter(|g| g["level"] == "breaking")
                .map(|g| !g["affects"].as_array().unwrap().is_empty())
                .collect();
            assert!(affecting.windows(2).all(|w| w[0] || !w[1]), "{affecting:?}");
            // The counts cell names as many breaking root causes as are listed.
            let breaking = groups.iter().filter(|g| g["level"] == "breaking").count();
            let cell = &console_stages
                .iter()
                .find(|st| st.contract == c["name"] && st.stage == "diff")
                .unwrap()
                .cell;
            assert!(
                cell.contains(&format!("({breaking} root causes)")),
                "{cell}"
            );
        }
    }
    json
}

/// A repository of one vendor contract and its baseline from a corpus pair.
fn pair_repo(pair: &str, fail_on: &str) -> tempfile::TempDir {
    let from = corpus().join("pairs").join(pair);
    let dir = tempfile::tempdir().unwrap();
    let ext = if from.join("new.json").exists() {
        "json"
    } else {
        "yaml"
    };
    for side in ["old", "new"] {
        let file = format!("{side}.{ext}");
        std::fs::copy(from.join(&file), dir.path().join(&file)).unwrap();
    }
    std::fs::write(
        dir.path().join("accord.toml"),
        format!(
            "version = \"v1\"\n\n[diff]\nfail_on = \"{fail_on}\"\n\n[[contracts]]\nname = \"{pair}\"\n\
             path = \"new.{ext}\"\nkind = \"vendor\"\nbaseline = {{ file = \"old.{ext}\" }}\n"
        ),
    )
    .unwrap();
    dir
}

#[test]
fn the_bundled_gate_tells_the_same_story_on_the_console_and_in_summary_md() {
    let json = gate_agrees(&root(), &[]);
    // The bundled upgrade breaks what our mappings read: those root causes lead.
    let relay = &json["contracts"][0]["stages"];
    let diff = relay
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["stage"] == "diff")
        .unwrap();
    assert!(
        !diff["diff"]["groups"][0]["affects"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn paypal_upgrade_tells_the_same_story_with_copies_joined() {
    let repo = pair_repo("paypal-billing_subscriptions_v1", "breaking");
    gate_agrees(repo.path(), &["--only", "lint,diff"]);
}

#[test]
fn stripe_upgrade_failing_on_warnings_lists_the_warnings_in_both() {
    let repo = pair_repo("stripe-spec3", "warning");
    let json = gate_agrees(repo.path(), &["--only", "diff"]);
    let stages = json["contracts"][0]["stages"].as_array().unwrap();
    let diff = stages.iter().find(|s| s["stage"] == "diff").unwrap();
    let notes = diff["notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.as_str().unwrap().starts_with("warning [")),
        "{notes:?}"
    );
}
