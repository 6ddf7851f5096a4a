//! `deprecated-has-sunset`: deprecated operations carry a sunset date.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every operation marked `deprecated: true` states when it will be switched off: an
`x-sunset` (or `x-sunset-date`) extension with a `YYYY-MM-DD` date.

## Why it matters

Deprecation without a date is a warning nobody can plan for. With a sunset date,
integrations get a deadline, `accord diff` can tell an announced removal from a breaking
one, and the date can be tracked.
"#;

pub struct DeprecatedHasSunset;

/// The registered instance.
pub const RULE: DeprecatedHasSunset = DeprecatedHasSunset;

static META: Meta = Meta {
    id: "deprecated-has-sunset",
    category: Category::Versioning,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Deprecated operations carry a sunset date.",
    doc: DOC,
};

impl Rule for DeprecatedHasSunset {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let date = regex::Regex::new(r"^\d{4}-\d{2}-\d{2}").ok();
        let mut out = Vec::new();
        for op in cx.contract.operations.iter().filter(|op| op.deprecated) {
            let valid = op
                .sunset()
                .is_some_and(|s| date.as_ref().is_some_and(|re| re.is_match(s)));
            if valid {
                continue;
            }
            out.push(cx.diag(
                &META,
                &cx.loc_in(&op.loc, &["deprecated"]),
                Some(op),
                cx.say(
                    format!("{} is deprecated without a sunset date", cx.op_name(op)),
                    format!(
                        "{} is deprecated with no sunset date: it can disappear any day",
                        cx.op_name(op)
                    ),
                ),
                "Add `x-sunset: \"YYYY-MM-DD\"` (and a `Sunset` response header, RFC 8594).",
            ));
        }
        out
    }
}
