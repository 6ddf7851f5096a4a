//! `list-limit-maximum`: list operations take a documented page size with a maximum.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every list operation accepts one of the profile's `pagination.limit_params` (`limit`
for the enterprise standard), documented with a `description` and a schema `maximum`.

## Why it matters

Without a documented maximum, clients ask for pages the server silently caps (and
mistake a short page for the last one) or that time out. The limit is also how a client
keeps inside its rate limit.
"#;

pub struct ListLimitMaximum;

/// The registered instance.
pub const RULE: ListLimitMaximum = ListLimitMaximum;

static META: Meta = Meta {
    id: "list-limit-maximum",
    category: Category::Collections,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "List operations take a documented page size with a maximum.",
    doc: DOC,
};

impl Rule for ListLimitMaximum {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let wanted = &cx.profile.conventions.pagination.limit_params;
        let mut out = Vec::new();
        for list in cx.list_ops() {
            let op = &cx.contract.operations[list.index];
            let limit = op.parameters.iter().find(|p| {
                p.location == ParamIn::Query
                    && wanted.iter().any(|w| w.eq_ignore_ascii_case(&p.name))
            });
            let Some(limit) = limit else {
                out.push(cx.diag(
                    &META,
                    &op.loc,
                    Some(op),
                    cx.say(
                        format!("list operation {} has no page size parameter (`{}`)", cx.op_name(op), wanted.join("`/`")),
                        format!("list operation {} has no page size parameter: we cannot control how much one call returns", cx.op_name(op)),
                    ),
                    "Accept `limit` with `minimum: 1`, a `maximum` and a `default`, and describe it.",
                ));
                continue;
            };
            let has_max = limit.schema.is_some_and(|s| cx.merged(s).maximum.is_some());
            let has_doc = limit
                .description
                .as_deref()
                .is_some_and(|d| !d.trim().is_empty());
            if !has_max || (!cx.is_vendor() && !has_doc) {
                let missing = match (has_max, has_doc) {
                    (false, false) => "a `maximum` and a description",
                    (false, true) => "a `maximum`",
                    _ => "a description",
                };
                out.push(cx.diag(
                    &META,
                    &limit.loc,
                    Some(op),
                    cx.say(
                        format!("page size parameter `{}` of {} lacks {missing}", limit.name, cx.op_name(op)),
                        format!("page size `{}` of {} has no documented maximum: larger requests may be capped silently and a short page mistaken for the last", limit.name, cx.op_name(op)),
                    ),
                    "Give the parameter `schema: {type: integer, minimum: 1, maximum: N, default: M}` and a description.",
                ));
            }
        }
        out
    }
}
