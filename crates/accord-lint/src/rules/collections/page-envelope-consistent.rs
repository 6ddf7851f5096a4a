//! `page-envelope-consistent`: every list operation returns the same page envelope.

use crate::context::named_after_collection;
use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every list operation answers the profile's page envelope: an object whose
`pagination.items_property` (`data`) holds the items and whose
`pagination.next_property` (`nextCursor`) holds the next cursor. When the profile names
no envelope (`vendor`), the envelope most list operations use is the reference and the
others are reported.

Naming the items property after the collection (`{"tickets": [...]}` on `GET /tickets`,
`{"comments": [...]}` on `GET /tickets/{id}/comments`) is one convention, not one per
list: such lists agree with each other, and differ from lists answering `data` or a bare
array.

## Why it matters

One envelope means one pagination helper in every client; each variation (`items`
here, `results` there, a bare array elsewhere) is another code path that breaks
differently when a page is empty.
"#;

pub struct PageEnvelopeConsistent;

/// The registered instance.
pub const RULE: PageEnvelopeConsistent = PageEnvelopeConsistent;

static META: Meta = Meta {
    id: "page-envelope-consistent",
    category: Category::Collections,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Every list operation returns the same page envelope.",
    doc: DOC,
};

impl Rule for PageEnvelopeConsistent {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let pagination = &cx.profile.conventions.pagination;
        let lists = cx.list_ops();
        let signature = |l: &crate::context::ListOp| match &l.items {
            Some(items) if named_after_collection(items, &cx.contract.operations[l.index].path) => {
                COLLECTION_NAMED.to_string()
            }
            Some(items) => items.clone(),
            None => BARE_ARRAY.to_string(),
        };
        let expected_items = match &pagination.items_property {
            Some(items) => items.clone(),
            None => {
                let mut counts: std::collections::BTreeMap<String, usize> =
                    std::collections::BTreeMap::new();
                for l in lists {
                    *counts.entry(signature(l)).or_default() += 1;
                }
                match counts
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                {
                    Some((items, _)) => items,
                    None => return Vec::new(),
                }
            }
        };
        let mut out = Vec::new();
        for l in lists {
            let op = &cx.contract.operations[l.index];
            let items = signature(l);
            let missing_next = pagination
                .next_property
                .as_ref()
                .filter(|n| l.items.is_some() && !l.envelope.contains(n));
            // `/items` answering `{items: [...]}` is named after its collection and also
            // uses the configured name: either agreement is enough.
            let agrees =
                items == expected_items || l.items.as_deref() == Some(expected_items.as_str());
            let problem = if !agrees {
                let actual = l.items.as_deref().unwrap_or(BARE_ARRAY);
                let expected = match expected_items.as_str() {
                    COLLECTION_NAMED => {
                        "a property named after the collection, as the other lists do".to_string()
                    }
                    other => format!("`{other}`"),
                };
                Some(format!(
                    "{} returns its items in `{actual}`, not {expected}",
                    cx.op_name(op)
                ))
            } else {
                missing_next
                    .map(|n| format!("the page envelope of {} has no `{n}`", cx.op_name(op)))
            };
            if let Some(problem) = problem {
                let loc = op
                    .response(l.status.clone())
                    .map(|r| r.loc.clone())
                    .unwrap_or_else(|| op.loc.clone());
                out.push(
                    cx.diag(
                        &META,
                        &loc,
                        Some(op),
                        cx.say(
                            problem.clone(),
                            format!("{problem}: this list needs its own pagination code"),
                        ),
                        format!(
                            "Return `{{{}: [...]{}}}` like every other list operation.",
                            match expected_items.as_str() {
                                COLLECTION_NAMED => "<collection>",
                                other => other,
                            },
                            pagination
                                .next_property
                                .as_deref()
                                .map(|n| format!(", {n}: ..."))
                                .unwrap_or_default()
                        ),
                    ),
                );
            }
        }
        out
    }
}

/// The signature of lists whose items property is named after their collection.
const COLLECTION_NAMED: &str = "<named after the collection>";
/// The signature of lists answering a bare array.
const BARE_ARRAY: &str = "<bare array>";
