//! `parameter-case`: query, path and cookie parameter names follow the profile's case convention.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every query, path and cookie parameter name is written in the profile's
`conventions.parameters` case (`camelCase` for the enterprise standard). Header names
are exempt: HTTP headers have their own `Train-Case` tradition.

## Why it matters

Parameters and properties name the same things (`customerId` in a filter and in the
body); one convention lets clients and mappings use one name for one field.
"#;

pub struct ParameterCase;

/// The registered instance.
pub const RULE: ParameterCase = ParameterCase;

static META: Meta = Meta {
    id: "parameter-case",
    category: Category::Naming,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Query, path and cookie parameter names follow the profile's case convention.",
    doc: DOC,
};

impl Rule for ParameterCase {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let params = || {
            cx.contract
                .operations
                .iter()
                .flat_map(|op| op.parameters.iter().map(move |p| (op, p)))
                .filter(|(_, p)| p.location != ParamIn::Header)
        };
        let Some(case) = cx.expected_case(
            cx.profile.conventions.parameters,
            params().map(|(_, p)| p.name.as_str()),
        ) else {
            return Vec::new();
        };
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for (op, p) in params() {
            // A shared parameter is reported once, where it is written.
            if case.matches(&p.name)
                || p.name.contains(['[', '.', '$'])
                || !seen.insert(p.loc.clone())
            {
                continue;
            }
            out.push(cx.diag(
                &META,
                &cx.loc_in(&p.loc, &["name"]),
                Some(op),
                cx.say(
                    format!(
                        "{} parameter `{}` is not {}",
                        p.location.name(),
                        p.name,
                        case.name()
                    ),
                    format!(
                        "{} parameter `{}` breaks the API's own {} convention",
                        p.location.name(),
                        p.name,
                        case.name()
                    ),
                ),
                format!("Name parameters in {}.", case.name()),
            ));
        }
        out
    }
}
