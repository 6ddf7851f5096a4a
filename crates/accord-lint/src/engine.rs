//! Runs rules over a contract: selection by profile, levels, `x-accord-ignore`
//! suppressions, deterministic order, and a guard so that a rule defect never aborts a run.
//!
//! Rules are independent passes over a shared read-only [`LintContext`], so they run in
//! parallel; the findings are sorted afterwards, so the output does not depend on which
//! rule finished first. `ACCORD_LINT_TIMINGS=1` prints each rule's time to stderr.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use accord_report::{Diagnostic, LintReport};
use accord_spec::{Contract, Loc};
use serde_json::Value;

use crate::{LintContext, Profile, REGISTRY, Rule};

/// The extension that suppresses rules on an operation, schema, channel, message or the
/// whole document: `x-accord-ignore: [{rule: ID, reason: "..."}]`.
pub const IGNORE_EXTENSION: &str = "x-accord-ignore";

/// Lints `contract` with every rule `profile` enables, in the documented order.
pub fn lint(contract: &Contract, profile: &Profile) -> Vec<Diagnostic> {
    if profile.ignores_file(contract.file()) {
        return Vec::new();
    }
    let rules = REGISTRY
        .iter()
        .map(|e| e.rule)
        .filter(|r| profile.enables(r.meta().id, r.meta().category));
    lint_with_rules(contract, profile, rules)
}

/// Lints `contract` with exactly `rules` (fixtures, docs), levels from `profile`.
pub fn lint_with_rules<'r>(
    contract: &Contract,
    profile: &Profile,
    rules: impl IntoIterator<Item = &'r dyn Rule>,
) -> Vec<Diagnostic> {
    let cx = LintContext::new(contract, profile);
    let ignores = ignore_entries(contract);
    let rules: Vec<&dyn Rule> = rules.into_iter().collect();
    let results: Vec<(Vec<Diagnostic>, Duration)> = rules
        .par_iter()
        .map(|rule| {
            let started = Instant::now();
            let found = run_guarded(*rule, &cx);
            (found, started.elapsed())
        })
        .collect();
    if std::env::var_os("ACCORD_LINT_TIMINGS").is_some() {
        print_timings(&rules, &results);
    }
    let mut out = Vec::new();
    for (rule, (found, _)) in rules.iter().zip(results) {
        let meta = rule.meta();
        let level = profile
            .level_for(meta.id, meta.category, meta.level)
            .unwrap_or(meta.level);
        out.extend(
            found
                .into_iter()
                .filter(|d| !ignores.iter().any(|i| i.suppresses(d)))
                .map(|mut d| {
                    d.level = level;
                    d
                }),
        );
    }
    let mut report = LintReport::new(out);
    report.sort();
    report.diagnostics.dedup();
    report.diagnostics
}

/// The rule's findings, or one finding saying the rule failed: a rule defect must not
/// abort the run or hide the other rules' findings.
fn run_guarded(rule: &dyn Rule, cx: &LintContext<'_>) -> Vec<Diagnostic> {
    let meta = rule.meta();
    match catch_unwind(AssertUnwindSafe(|| rule.check(cx))) {
        Ok(found) => found,
        Err(_) => vec![cx.diag(
            meta,
            &Loc::new(cx.contract.file(), "", 1, 1),
            None,
            format!(
                "rule `{}` failed on this contract (an Accord defect; please report it)",
                meta.id
            ),
            "",
        )],
    }
}

/// Per-rule times, slowest first, for `ACCORD_LINT_TIMINGS=1` (finding slow rules).
fn print_timings(rules: &[&dyn Rule], results: &[(Vec<Diagnostic>, Duration)]) {
    let mut rows: Vec<(Duration, &str, usize)> = rules
        .iter()
        .zip(results)
        .map(|(rule, (found, took))| (*took, rule.meta().id, found.len()))
        .collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    for (took, id, found) in rows {
        eprintln!("{:>9.2} ms  {:>6}  {id}", took.as_secs_f64() * 1e3, found);
    }
}

/// One entry of an `x-accord-ignore` list.
#[derive(Clone, Debug)]
pub struct IgnoreEntry {
    /// The rule ID (or `*`); `None` when the entry names none.
    pub rule: Option<String>,
    pub reason: Option<String>,
    /// Where the entry is written.
    pub loc: Loc,
    /// The element it applies to (pointer prefix in `loc.file`).
    pub scope: String,
    /// `METHOD /path` when the element is an operation.
    pub operation: Option<String>,
}

impl IgnoreEntry {
    fn suppresses(&self, d: &Diagnostic) -> bool {
        // `accord-ignore-reason` must stay visible: it reports the ignore itself.
        if d.rule == "accord-ignore-reason" {
            return false;
        }
        let rule_matches = self
            .rule
            .as_deref()
            .is_some_and(|r| r == "*" || r == d.rule);
        if !rule_matches {
            return false;
        }
        if self.operation.is_some() && self.operation == d.operation {
            return true;
        }
        *d.location.file == *self.loc.file
            && (self.scope.is_empty()
                || d.location.pointer == self.scope
                || d.location
                    .pointer
                    .strip_prefix(self.scope.as_str())
                    .is_some_and(|rest| rest.starts_with('/')))
    }
}

/// Every `x-accord-ignore` entry of the contract: root, operations, schemas, channels,
/// messages.
pub fn ignore_entries(contract: &Contract) -> Vec<IgnoreEntry> {
    let mut out = Vec::new();
    let root = Loc::new(contract.file(), "", 1, 1);
    collect(
        &mut out,
        contract,
        contract.extensions.get(IGNORE_EXTENSION),
        &root,
        None,
    );
    for op in contract.operations.iter().chain(&contract.webhooks) {
        collect(
            &mut out,
            contract,
            op.extensions.get(IGNORE_EXTENSION),
            &op.loc,
            Some(op.key()),
        );
    }
    for (_, schema) in contract.schemas.iter() {
        if let Some(loc) = &schema.loc {
            collect(
                &mut out,
                contract,
                schema.extensions.get(IGNORE_EXTENSION),
                loc,
                None,
            );
        }
    }
    for channel in &contract.channels {
        collect(
            &mut out,
            contract,
            channel.extensions.get(IGNORE_EXTENSION),
            &channel.loc,
            None,
        );
        for m in &channel.messages {
            collect(
                &mut out,
                contract,
                m.extensions.get(IGNORE_EXTENSION),
                &m.loc,
                None,
            );
        }
    }
    // A schema reached from several places is one entry.
    out.sort_by(|a, b| (&a.loc, &a.rule).cmp(&(&b.loc, &b.rule)));
    out.dedup_by(|a, b| a.loc == b.loc && a.rule == b.rule);
    out
}

fn collect(
    out: &mut Vec<IgnoreEntry>,
    contract: &Contract,
    value: Option<&Value>,
    scope: &Loc,
    operation: Option<String>,
) {
    let Some(value) = value else { return };
    let items: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        other => vec![other],
    };
    for (i, item) in items.into_iter().enumerate() {
        let (rule, reason) = match item {
            Value::String(rule) => (Some(rule.clone()), None),
            Value::Object(map) => (
                map.get("rule").and_then(Value::as_str).map(str::to_string),
                map.get("reason")
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .map(str::to_string),
            ),
            _ => (None, None),
        };
        let mut pointer = accord_spec::pointer::push(&scope.pointer, IGNORE_EXTENSION);
        if value.is_array() {
            pointer = accord_spec::pointer::push(&pointer, &i.to_string());
        }
        let mut loc = Loc::new(&scope.file, pointer, scope.line, scope.column);
        if let Some(node) = contract.sources.node(&loc) {
            loc.line = node.span.line;
            loc.column = node.span.column;
        }
        out.push(IgnoreEntry {
            rule,
            reason,
            loc,
            scope: scope.pointer.clone(),
            operation: operation.clone(),
        });
    }
}
