//! `operation-description`: every operation says what it does.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation has a `description` (under the `vendor` profile, a `summary` is
enough).

## Why it matters

The description is where side effects, ordering, limits and tenancy are explained.
Without it, integrators reverse-engineer behaviour from names, and reviewers of a
change cannot tell what it was meant to do.
"#;

pub struct OperationDescription;

/// The registered instance.
pub const RULE: OperationDescription = OperationDescription;

static META: Meta = Meta {
    id: "operation-description",
    category: Category::Hygiene,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Every operation says what it does.",
    doc: DOC,
};

impl Rule for OperationDescription {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let has = |s: &Option<String>| s.as_deref().is_some_and(|s| !s.trim().is_empty());
        cx.contract
            .operations
            .iter()
            .filter(|op| !(has(&op.description) || (cx.is_vendor() && has(&op.summary))))
            .map(|op| {
                cx.diag(
                    &META,
                    &op.loc,
                    Some(op),
                    cx.say(
                        format!("{} has no description", cx.op_name(op)),
                        format!("{} is undocumented: its side effects and limits are unknown to us", cx.op_name(op)),
                    ),
                    "Add a `description` saying what the operation does, its side effects and its limits.",
                )
            })
            .collect()
    }
}
