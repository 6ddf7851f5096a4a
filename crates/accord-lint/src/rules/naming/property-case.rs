//! `property-case`: schema property names follow the profile's case convention.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every property of every schema is named in the profile's `conventions.properties`
case (`camelCase` for the enterprise standard). Message headers are header names of their
protocol binding (CloudEvents' `ce_id`) and are not checked.

## Why it matters

Property names become struct fields, mapping paths and column names. One convention
means no per-field renames in generated code and no mapping bugs from `customer_id`
versus `customerId`.
"#;

pub struct PropertyCase;

/// The registered instance.
pub const RULE: PropertyCase = PropertyCase;

static META: Meta = Meta {
    id: "property-case",
    category: Category::Naming,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Schema property names follow the profile's case convention.",
    doc: DOC,
};

impl Rule for PropertyCase {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let names = || {
            cx.contract
                .schemas
                .iter()
                .flat_map(|(_, s)| s.properties.keys().map(String::as_str))
        };
        let Some(case) = cx.expected_case(cx.profile.conventions.properties, names()) else {
            return Vec::new();
        };
        // Message headers are protocol header names (`X-Request-Id`, CloudEvents' `ce_id`),
        // named by their binding, not by the property convention.
        let headers: std::collections::HashSet<SchemaId> = cx
            .contract
            .channels
            .iter()
            .flat_map(|c| &c.messages)
            .filter_map(|m| m.headers)
            .collect();
        let mut out = Vec::new();
        for (id, schema) in cx.contract.schemas.iter() {
            if headers.contains(&id) {
                continue;
            }
            let Some(loc) = &schema.loc else { continue };
            for name in schema.properties.keys() {
                // `$ref`-like, `@type` and `_links` names follow other standards (JSON-LD, HAL).
                if case.matches(name) || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    continue;
                }
                let owner = schema
                    .name
                    .as_deref()
                    .map(|n| format!(" of `{n}`"))
                    .unwrap_or_default();
                out.push(cx.diag(
                    &META,
                    &cx.loc_in(loc, &["properties", name]),
                    None,
                    cx.say(
                        format!("property `{name}`{owner} is not {}", case.name()),
                        format!("property `{name}`{owner} breaks the API's own {} convention: mappings must special-case it", case.name()),
                    ),
                    format!("Name properties in {}.", case.name()),
                ));
            }
        }
        out
    }
}
