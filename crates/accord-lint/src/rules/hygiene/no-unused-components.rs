//! `no-unused-components`: every declared component is referenced.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every entry under `components/<kind>/<name>` is referenced by a `$ref` somewhere in the
document set (security schemes: named by a security requirement).

## Why it matters

Unused components are dead contract: readers cannot tell whether they are part of the
API, generators emit types nobody uses, and they drift out of date because nothing
exercises them.
"#;

pub struct NoUnusedComponents;

/// The registered instance.
pub const RULE: NoUnusedComponents = NoUnusedComponents;

static META: Meta = Meta {
    id: "no-unused-components",
    category: Category::Hygiene,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Every declared component is referenced.",
    doc: DOC,
};

impl Rule for NoUnusedComponents {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
        for r in &cx.contract.refs {
            if let Some((_, fragment)) = r.target.split_once('#') {
                used.insert(accord_spec::pointer::percent_decode(fragment));
            }
        }
        let mut schemes: std::collections::HashSet<&str> = std::collections::HashSet::new();
        let requirements = cx
            .contract
            .security
            .iter()
            .flatten()
            .chain(
                cx.contract
                    .operations
                    .iter()
                    .flat_map(|o| o.security.iter().flatten()),
            )
            .chain(
                cx.contract
                    .event_operations
                    .iter()
                    .flat_map(|o| o.security.iter().flatten()),
            );
        for req in requirements {
            schemes.extend(req.keys().map(String::as_str));
        }
        let mut out = Vec::new();
        for (kind, decls) in &cx.contract.component_decls {
            for (name, loc) in decls {
                let pointer = accord_spec::pointer::push(
                    &accord_spec::pointer::push("/components", kind),
                    name,
                );
                let is_used = if kind == "securitySchemes" {
                    schemes.contains(name.as_str()) || !cx.contract.kind.is_openapi()
                } else {
                    used.contains(&pointer)
                };
                if !is_used {
                    out.push(cx.diag(
                        &META,
                        loc,
                        None,
                        cx.say(
                            format!("component `{kind}/{name}` is never referenced"),
                            format!("component `{kind}/{name}` is never referenced: it may describe data the API no longer sends"),
                        ),
                        "Reference it where it applies, or remove it.",
                    ));
                }
            }
        }
        out
    }
}
