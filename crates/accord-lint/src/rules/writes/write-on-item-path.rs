//! `write-on-item-path`: pUT, PATCH and DELETE address one resource, not a collection.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

`PUT`, `PATCH` and `DELETE` are not declared on a collection path (a path whose last
segment is a plural noun, e.g. `DELETE /invoices`).

## Why it matters

A write on a collection is a bulk operation with all-or-nothing questions the method
cannot answer: what happens on partial failure, and is a retry safe? A typo in a filter
becomes "delete everything".
"#;

pub struct WriteOnItemPath;

/// The registered instance.
pub const RULE: WriteOnItemPath = WriteOnItemPath;

static META: Meta = Meta {
    id: "write-on-item-path",
    category: Category::Writes,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "PUT, PATCH and DELETE address one resource, not a collection.",
    doc: DOC,
};

impl Rule for WriteOnItemPath {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for op in &cx.contract.operations {
            if !matches!(op.method, Method::Put | Method::Patch | Method::Delete)
                || LintContext::is_item_path(&op.path)
            {
                continue;
            }
            let last = op
                .path
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or_default();
            if last.is_empty()
                || text::is_version_segment(last)
                || !text::is_plural(last)
                || last.ends_with("ss")
            {
                continue;
            }
            if !last.ends_with('s') {
                continue;
            }
            out.push(cx.diag(
                &META,
                &op.loc,
                Some(op),
                cx.say(
                    format!("{} writes to the collection `{last}` instead of one item", cx.op_name(op)),
                    format!("{} is a bulk write on `{last}`: partial failures and retries are undefined", cx.op_name(op)),
                ),
                format!("Address one resource (`{}/{{id}}`), or model the bulk change as an explicit job resource.", op.path.trim_end_matches('/')),
            ));
        }
        out
    }
}
