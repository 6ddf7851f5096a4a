//! `no-verbs-in-path`: paths name resources, not CRUD actions.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

No static path segment starts with a CRUD verb (`get`, `list`, `create`, `update`,
`delete`, `add`, `remove`, `fetch`, ...): the HTTP method says that. Domain actions on a
resource (`/invoices/{id}/void`) are not CRUD verbs and are allowed.

## Why it matters

`POST /createInvoice` hides a resource behind an RPC name: it cannot be cached,
retried or authorised by method, and every such endpoint needs its own client code.
"#;

pub struct NoVerbsInPath;

/// The registered instance.
pub const RULE: NoVerbsInPath = NoVerbsInPath;

static META: Meta = Meta {
    id: "no-verbs-in-path",
    category: Category::Naming,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Paths name resources, not CRUD actions.",
    doc: DOC,
};

impl Rule for NoVerbsInPath {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for path in &cx.contract.paths {
            for segment in text::static_segments(path) {
                if let Some(verb) = text::leading_verb(segment) {
                    out.push(cx.diag(
                        &META,
                        &cx.path_loc(path),
                        None,
                        cx.say(
                            format!("path `{path}` contains the verb `{verb}` (in `{segment}`)"),
                            format!("path `{path}` is RPC-style (`{segment}`): its method does not say whether retrying it is safe"),
                        ),
                        "Name the resource and let the HTTP method carry the action: `POST /invoices` instead of `POST /createInvoice`.",
                    ));
                }
            }
        }
        out
    }
}
