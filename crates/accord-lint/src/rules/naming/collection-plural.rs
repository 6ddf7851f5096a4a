//! `collection-plural`: collection segments are plural nouns.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

A static path segment followed by an item parameter (`/invoices/{invoiceId}`) is a
collection and must be a plural noun.

## Why it matters

`/invoice/{id}` next to `/invoices` makes clients guess which form each resource uses.
Plural collections with item parameters give every resource the same two URLs.
"#;

pub struct CollectionPlural;

/// The registered instance.
pub const RULE: CollectionPlural = CollectionPlural;

static META: Meta = Meta {
    id: "collection-plural",
    category: Category::Naming,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Collection segments are plural nouns.",
    doc: DOC,
};

impl Rule for CollectionPlural {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for path in &cx.contract.paths {
            let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
            for pair in segments.windows(2) {
                let (collection, next) = (pair[0], pair[1]);
                if !next.starts_with('{')
                    || collection.contains('{')
                    || text::is_version_segment(collection)
                {
                    continue;
                }
                if !text::is_plural(collection) {
                    out.push(cx.diag(
                        &META,
                        &cx.path_loc(path),
                        None,
                        cx.say(
                            format!("collection `{collection}` in `{path}` is not a plural noun"),
                            format!("collection `{collection}` in `{path}` is singular: URL patterns differ between resources"),
                        ),
                        format!("Use the plural for collections: `/{collection}s/{{id}}`-style."),
                    ));
                }
            }
        }
        out
    }
}
