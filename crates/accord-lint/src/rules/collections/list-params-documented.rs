//! `list-params-documented`: filter and sort parameters of list operations are documented.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every query parameter of a list operation other than the cursor and the page size (its
filters and sort) has a description and a schema; a sort parameter (`sort`, `orderBy`,
...) enumerates its values. Under the `vendor` profile a schema without a description is
accepted.

## Why it matters

Filters decide which records a sync sees. An undocumented filter is used by guesswork
(exact or prefix match? inclusive dates?) and an open-ended sort value fails only at run
time.
"#;

pub struct ListParamsDocumented;

/// The registered instance.
pub const RULE: ListParamsDocumented = ListParamsDocumented;

static META: Meta = Meta {
    id: "list-params-documented",
    category: Category::Collections,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Filter and sort parameters of list operations are documented.",
    doc: DOC,
};

impl Rule for ListParamsDocumented {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let pagination = &cx.profile.conventions.pagination;
        let is_paging = |name: &str| {
            pagination
                .cursor_params
                .iter()
                .chain(&pagination.limit_params)
                .any(|w| w.eq_ignore_ascii_case(name))
        };
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for list in cx.list_ops() {
            let op = &cx.contract.operations[list.index];
            for p in op
                .parameters
                .iter()
                .filter(|p| p.location == ParamIn::Query && !is_paging(&p.name))
            {
                if !seen.insert(p.loc.clone()) {
                    continue;
                }
                let documented = p
                    .description
                    .as_deref()
                    .is_some_and(|d| !d.trim().is_empty());
                let typed = p.schema.is_some() || !p.content.is_empty();
                let lower = p.name.to_ascii_lowercase();
                let is_sort = matches!(
                    lower.as_str(),
                    "sort" | "sortby" | "sort_by" | "orderby" | "order_by" | "order"
                );
                let enumerated = p.schema.is_some_and(|s| {
                    let s = cx.merged(s);
                    s.enum_values.is_some()
                        || s.pattern.is_some()
                        || s.items.is_some_and(|i| cx.merged(i).enum_values.is_some())
                });
                // Vendors' self-explanatory filters with a schema are usable; our own need a description.
                let problem = if !typed || (!documented && !cx.is_vendor()) {
                    Some(format!(
                        "filter `{}` of {} is not documented (description and schema)",
                        p.name,
                        cx.op_name(op)
                    ))
                } else if is_sort && !enumerated {
                    Some(format!(
                        "sort parameter `{}` of {} does not enumerate its values",
                        p.name,
                        cx.op_name(op)
                    ))
                } else {
                    None
                };
                if let Some(problem) = problem {
                    out.push(cx.diag(
                        &META,
                        &p.loc,
                        Some(op),
                        cx.say(problem.clone(), format!("{problem}: we can only guess which records it selects")),
                        "Describe what the parameter matches (exact, prefix, range, inclusive?) and give it a schema; list sort keys in an `enum`.",
                    ));
                }
            }
        }
        out
    }
}
