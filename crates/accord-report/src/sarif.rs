//! SARIF 2.1.0 (`--format sarif`) for code-scanning uploads.
//!
//! One run whose `tool.driver` is `accord` with one rule per distinct rule
//! id, change id or check (`helpUri` `https://accord.example/rules/<id>`),
//! and one result per finding: `ruleId`, `ruleIndex`, `level` (`error`,
//! `warning` or `note`), `message.text`, and a physical location
//! (`artifactLocation.uri`, `region.startLine`/`startColumn`, omitted when
//! unknown). Diff changes point at the new side, or the old side when the
//! node was removed. Conformance failures carry a logical location (the
//! operation) and, when the renderer is told where the contract declares its
//! operations ([`RenderOptions::operations`]), the operation's line too, which
//! GitHub code scanning needs to show a result. A test run's contract findings are
//! `warning` results located at the line of the contract they are about (and the
//! operation, logically). Event failures carry the channel as a logical location and the
//! line declaring it (the document's line 1 for an event of no known channel), with the
//! event's own line in the captured file as a related location when there is one. The
//! JSON pointer and operation are kept in `properties`.

use serde_json::{Value, json};

use crate::RenderOptions;
use crate::group;
use crate::mask::mask_secrets;
use crate::model::{
    Change, ChangeLevel, DiffReport, EventReport, LintLevel, LintReport, Location, TestReport,
};
use crate::operations::OperationLocations;

/// The `$schema` written into every log.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Base of every rule's documentation page.
pub const RULE_HELP_BASE: &str = "https://accord.example/rules/";

/// `operation-id-required` → `Operation id required`.
fn describe(id: &str) -> String {
    let words = id.replace(['-', '_'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn lint_level(level: LintLevel) -> &'static str {
    match level {
        LintLevel::Error => "error",
        LintLevel::Warning => "warning",
        LintLevel::Info => "note",
    }
}

fn change_level(level: ChangeLevel) -> &'static str {
    lint_level(level.into())
}

/// File path → relative URI reference (forward slashes, spaces and `%`
/// percent-encoded).
fn uri(file: &str) -> String {
    file.replace('\\', "/")
        .replace('%', "%25")
        .replace(' ', "%20")
}

fn physical(file: &str, line: u32, column: u32) -> Value {
    let mut loc = json!({ "artifactLocation": { "uri": uri(file) } });
    if line > 0 {
        let mut region = json!({ "startLine": line });
        if column > 0 {
            region["startColumn"] = json!(column);
        }
        loc["region"] = region;
    }
    json!({ "physicalLocation": loc })
}

struct Rules {
    ids: Vec<String>,
}

impl Rules {
    fn new<'a>(
        ids: impl Iterator<Item = &'a str>,
        levels: impl Fn(&str) -> &'static str,
    ) -> (Self, Vec<Value>) {
        let mut ids: Vec<String> = ids.map(str::to_string).collect();
        ids.sort();
        ids.dedup();
        let descriptors = ids
            .iter()
            .map(|id| {
                json!({
                    "id": id,
                    "name": id,
                    "shortDescription": { "text": describe(id) },
                    "helpUri": format!("{RULE_HELP_BASE}{id}"),
                    "defaultConfiguration": { "level": levels(id) },
                })
            })
            .collect();
        (Rules { ids }, descriptors)
    }

    fn index(&self, id: &str) -> usize {
        self.ids
            .binary_search_by(|x| x.as_str().cmp(id))
            .unwrap_or(0)
    }
}

/// Most results GitHub code scanning accepts in one run; beyond it, root causes are
/// summarised ([`diff_run`]).
pub const MAX_RESULTS: usize = 5_000;

/// One run: the `accord` driver with `rules`, and `results`, under `category` (its
/// `automationDetails.id`; GitHub requires one distinct id per run of one upload).
fn run(
    options: &RenderOptions<'_>,
    category: &str,
    rules: Vec<Value>,
    results: Vec<Value>,
) -> Value {
    json!({
        "tool": {
            "driver": {
                "name": "accord",
                "version": options.tool_version,
                "informationUri": "https://accord.example",
                "rules": rules,
            }
        },
        "automationDetails": { "id": category },
        "columnKind": "unicodeCodePoints",
        "results": results,
    })
}

/// A SARIF 2.1.0 log of `runs`, pretty-printed with a trailing newline.
pub fn log_of(runs: Vec<Value>) -> String {
    let value = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": runs,
    });
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    out
}

/// A location GitHub accepts: a file and a line (line 1 when the finding has none).
fn located(file: &str, line: u32, column: u32) -> Value {
    physical(file, line.max(1), column)
}

/// Render a lint report as SARIF (one run, category `accord/lint/`).
pub fn lint(report: &LintReport, options: &RenderOptions<'_>) -> String {
    log_of(vec![lint_run(report, options, "accord/lint/")])
}

/// The SARIF run of a lint report under `category` (`automationDetails.id`).
pub fn lint_run(report: &LintReport, options: &RenderOptions<'_>, category: &str) -> Value {
    let diags = report.sorted();
    // A rule's default level is the most severe level it was reported at.
    let worst = |id: &str| {
        diags
            .iter()
            .filter(|d| d.rule == id)
            .map(|d| d.level)
            .max()
            .map_or("warning", lint_level)
    };
    let (rules, descriptors) = Rules::new(diags.iter().map(|d| d.rule.as_str()), worst);
    let results = diags
        .iter()
        .take(MAX_RESULTS)
        .map(|d| {
            let l = &d.location;
            let mut text = d.message.clone();
            if !d.help.is_empty() {
                text.push_str(&format!("\nhelp: {}", d.help));
            }
            json!({
                "ruleId": d.rule,
                "ruleIndex": rules.index(&d.rule),
                "level": lint_level(d.level),
                "message": { "text": text },
                "locations": [located(&l.file, l.line, l.column)],
                "partialFingerprints": { "accord/v1": format!("{}|{}|{}", d.rule, l.file, l.pointer) },
                "properties": { "pointer": l.pointer, "operation": d.operation },
            })
        })
        .collect();
    run(options, category, descriptors, results)
}

/// Render a diff report as SARIF (one run, category `accord/diff/`).
pub fn diff(report: &DiffReport, options: &RenderOptions<'_>) -> String {
    log_of(vec![diff_run(report, options, "accord/diff/")])
}

/// The SARIF run of a diff report under `category`: one result per change, root causes in
/// [`group`] order (what blocks and affects us first), each carrying its group ID. Never
/// more than [`MAX_RESULTS`]: the root causes that do not fit in full get one result each
/// that counts what they reach.
pub fn diff_run(report: &DiffReport, options: &RenderOptions<'_>, category: &str) -> Value {
    let changes = report.sorted();
    let worst = |id: &str| {
        changes
            .iter()
            .filter(|c| c.id == id)
            .map(|c| c.level)
            .max()
            .map_or("warning", change_level)
    };
    let (rules, descriptors) = Rules::new(changes.iter().map(|c| c.id.as_str()), worst);
    let fallback_file = if report.new_file.is_empty() {
        "contract"
    } else {
        report.new_file.as_str()
    };
    let result_of = |c: &Change, group: &str, text: String| {
        let (file, line, pointer) = c.primary_side().map_or((fallback_file, 0, ""), |s| {
            (s.file.as_str(), s.line, s.pointer.as_str())
        });
        json!({
            "ruleId": c.id,
            "ruleIndex": rules.index(&c.id),
            "level": change_level(c.level),
            "message": { "text": text },
            "locations": [located(file, line, 0)],
            "partialFingerprints": {
                "accord/v1": format!("{}|{}|{}|{}", c.id, file, pointer, c.subject()),
                "accord-group/v1": group,
            },
            "properties": {
                "changeLevel": c.level.as_str(),
                "group": group,
                "operation": c.operation,
                "channel": c.channel,
                "pointer": c.pointer(),
                "affects": c.affects,
            },
        })
    };
    let groups = group::groups(report);
    let mut results = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        let after = groups.len() - i - 1;
        if results.len() + g.len() + after <= MAX_RESULTS {
            results.extend(
                g.changes
                    .iter()
                    .map(|c| result_of(c, &g.id, c.message.clone())),
            );
        } else if results.len() < MAX_RESULTS {
            let text = format!(
                "{} ({} changes, listed in full in the JSON report: {})",
                g.headline(),
                g.len(),
                g.reach_line()
            );
            results.push(result_of(g.first(), &g.id, text));
        }
    }
    run(options, category, descriptors, results)
}

fn logical(name: &str, kind: &str) -> Value {
    json!({ "logicalLocations": [{ "fullyQualifiedName": name, "kind": kind }] })
}

/// Where a finding about a declared thing (`kind` `function`: an operation; `resource`: an
/// event channel) is: the thing by name, and the line declaring it when `options` knows
/// where that is (`declared` asks the contract's locations).
fn declared_location(
    options: &RenderOptions<'_>,
    name: &str,
    kind: &str,
    declared: fn(&OperationLocations, &str) -> Location,
) -> Value {
    let mut location = logical(name, kind);
    if let Some(at) = options.operations.map(|o| declared(o, name)) {
        location["physicalLocation"] =
            located(&at.file, at.line, at.column)["physicalLocation"].take();
    }
    location
}

/// Render a conformance test report as SARIF (one run, category `accord/test/`). Secrets
/// are masked.
pub fn test(report: &TestReport, options: &RenderOptions<'_>) -> String {
    log_of(vec![test_run(report, options, "accord/test/")])
}

/// The SARIF run of a conformance report under `category` (`automationDetails.id`).
pub fn test_run(report: &TestReport, options: &RenderOptions<'_>, category: &str) -> Value {
    let failures = report.sorted();
    let contract = report.sorted_contract();
    let (rules, descriptors) = Rules::new(
        failures
            .iter()
            .map(|f| f.check.as_str())
            .chain(contract.iter().map(|f| f.id.as_str())),
        |id| {
            // The contract's defects are warnings: the run does not fail on them.
            if failures.iter().any(|f| f.check == id) {
                "error"
            } else {
                "warning"
            }
        },
    );
    let contract_results = contract.iter().map(|f| {
        let mut location = logical(&f.operation, "function");
        location["physicalLocation"] =
            located(&f.location.file, f.location.line, f.location.column)["physicalLocation"]
                .take();
        json!({
            "ruleId": f.id,
            "ruleIndex": rules.index(&f.id),
            "level": "warning",
            "message": { "text": format!("{}: {}", f.operation, mask_secrets(&f.message)) },
            "locations": [location],
            "properties": {
                "operation": f.operation,
                "pointer": f.location.pointer,
                "error": {
                    "pointer": f.error.pointer,
                    "message": mask_secrets(&f.error.message),
                },
            },
        })
    });
    // The API's failures first: the contract's findings fill what the cap leaves.
    let results = failures
        .iter()
        .map(|f| {
            json!({
                "ruleId": f.check,
                "ruleIndex": rules.index(&f.check),
                "level": "error",
                "message": { "text": format!("{}: {}", f.operation, mask_secrets(&f.message)) },
                "locations": [declared_location(options, &f.operation, "function", OperationLocations::locate)],
                "properties": {
                    "operation": f.operation,
                    "reproduction": mask_secrets(&f.reproduction),
                },
            })
        })
        .chain(contract_results)
        .take(MAX_RESULTS)
        .collect();
    let mut out = run(options, category, descriptors, results);
    // The run's coverage rides in the run's property bag; an incomplete run is also an
    // unsuccessful invocation with the reason, so code scanning does not read it as clean.
    let coverage = serde_json::to_value(&report.coverage).unwrap_or(Value::Null);
    out["properties"] = json!({ "coverage": coverage });
    let verdict = report.untested_verdict();
    let mut invocation = json!({ "executionSuccessful": verdict.is_none() });
    if let Some(why) = verdict {
        invocation["toolExecutionNotifications"] = json!([{
            "level": "error",
            "message": { "text": mask_secrets(&why) },
        }]);
    }
    out["invocations"] = json!([invocation]);
    out
}

/// Render an event validation report as SARIF (one run, category `accord/events/`).
pub fn events(report: &EventReport, options: &RenderOptions<'_>) -> String {
    log_of(vec![events_run(report, options, "accord/events/")])
}

/// The SARIF run of an event validation report under `category` (`automationDetails.id`).
pub fn events_run(report: &EventReport, options: &RenderOptions<'_>, category: &str) -> Value {
    let failures = report.sorted();
    let (rules, descriptors) = Rules::new(failures.iter().map(|f| f.check.as_str()), |_| "error");
    let results = failures
        .iter()
        .take(MAX_RESULTS)
        .map(|f| {
            let mut result = json!({
                "ruleId": f.check,
                "ruleIndex": rules.index(&f.check),
                "level": "error",
                "message": { "text": format!("line {}: {}: {}", f.line, f.channel, mask_secrets(&f.message)) },
                "locations": [declared_location(options, &f.channel, "resource", OperationLocations::locate_channel)],
                "properties": { "line": f.line, "channel": f.channel, "pointer": f.pointer },
            });
            if let Some(source) = options.events_source {
                let line = u32::try_from(f.line).unwrap_or(u32::MAX);
                let mut event = located(source, line, 0);
                event["message"] = json!({ "text": "the event" });
                result["relatedLocations"] = json!([event]);
            }
            result
        })
        .collect();
    run(options, category, descriptors, results)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_ids() {
        assert_eq!(describe("operation-id-required"), "Operation id required");
        assert_eq!(describe("not_a_server_error"), "Not a server error");
    }

    #[test]
    fn uris() {
        assert_eq!(uri("a b\\c%.yaml"), "a%20b/c%25.yaml");
    }
}
