//! `accord-ignore-reason`: every `x-accord-ignore` entry names a known rule and gives a reason.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every entry of an `x-accord-ignore` list (on the document, an operation, a schema, a
channel or a message) is `{rule: <rule ID>, reason: <text>}` with a rule that exists and
a non-empty reason.

## Why it matters

A suppression is a decision that someone will have to revisit. Without a reason nobody
can tell whether it still holds; with a misspelt rule ID it silently suppresses nothing.
"#;

pub struct AccordIgnoreReason;

/// The registered instance.
pub const RULE: AccordIgnoreReason = AccordIgnoreReason;

static META: Meta = Meta {
    id: "accord-ignore-reason",
    category: Category::Hygiene,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Every `x-accord-ignore` entry names a known rule and gives a reason.",
    doc: DOC,
};

impl Rule for AccordIgnoreReason {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for entry in crate::ignore_entries(cx.contract) {
            match entry.rule.as_deref() {
                None => out.push(cx.diag(
                    &META,
                    &entry.loc,
                    entry.operation.as_deref().and_then(|k| cx.contract.operation(k)),
                    "this `x-accord-ignore` entry names no rule".to_string(),
                    "Write `{rule: <rule ID>, reason: \"...\"}`.",
                )),
                Some(rule) if rule != "*" && crate::find(rule).is_none() => out.push(cx.diag(
                    &META,
                    &entry.loc,
                    entry.operation.as_deref().and_then(|k| cx.contract.operation(k)),
                    format!("`x-accord-ignore` names `{rule}`, which is not a lint rule, so it suppresses nothing"),
                    "Use a rule ID from `docs/rules/` (`accord explain ID`).",
                )),
                Some(rule) if entry.reason.is_none() => out.push(cx.diag(
                    &META,
                    &entry.loc,
                    entry.operation.as_deref().and_then(|k| cx.contract.operation(k)),
                    format!("`x-accord-ignore` of `{rule}` gives no reason"),
                    "Add `reason:` saying why the rule does not apply here, so it can be revisited.",
                )),
                Some(_) => {}
            }
        }
        out
    }
}
