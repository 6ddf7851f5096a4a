//! `list-paginated`: list operations paginate with a cursor or page token.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every list operation (a `GET` on a collection path whose success body is an array or a
page envelope holding one) accepts one of the profile's `pagination.cursor_params` as a
query parameter (`cursor` for the enterprise standard).

## Why it matters

An unpaginated list grows with the tenant: the largest customers get timeouts or
silently truncated results, and a sync that fails halfway cannot resume. Cursors (unlike
offsets) stay correct while records are inserted.
"#;

pub struct ListPaginated;

/// The registered instance.
pub const RULE: ListPaginated = ListPaginated;

static META: Meta = Meta {
    id: "list-paginated",
    category: Category::Collections,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "List operations paginate with a cursor or page token.",
    doc: DOC,
};

impl Rule for ListPaginated {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let wanted = &cx.profile.conventions.pagination.cursor_params;
        let mut out = Vec::new();
        for list in cx.list_ops() {
            let op = &cx.contract.operations[list.index];
            let paginated = op.parameters.iter().any(|p| {
                p.location == ParamIn::Query
                    && wanted.iter().any(|w| w.eq_ignore_ascii_case(&p.name))
            });
            if !paginated {
                out.push(cx.diag(
                    &META,
                    &op.loc,
                    Some(op),
                    cx.say(
                        format!("list operation {} has no `{}` query parameter", cx.op_name(op), wanted.join("`/`")),
                        format!("list operation {} is not paginated: large tenants get truncated or timed-out responses, and a sync cannot resume", cx.op_name(op)),
                    ),
                    format!("Accept a `{}` query parameter and return the next cursor in the page envelope.", wanted.first().map(String::as_str).unwrap_or("cursor")),
                ));
            }
        }
        out
    }
}
