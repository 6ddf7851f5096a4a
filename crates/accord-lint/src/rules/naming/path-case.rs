//! `path-case`: path segments follow the profile's case convention.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

Every static segment of every path (the version segment aside) is written in the
profile's `conventions.paths` case (`kebab-case` for the enterprise standard;
`consistent` means whatever most segments use).

## Why it matters

One convention means integrators can guess URLs and tooling can build them. Mixed
conventions (`/salesOrders` next to `/purchase-orders`) produce typos that only fail at
run time, with a 404 that looks like missing data.
"#;

pub struct PathCase;

/// The registered instance.
pub const RULE: PathCase = PathCase;

static META: Meta = Meta {
    id: "path-case",
    category: Category::Naming,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "Path segments follow the profile's case convention.",
    doc: DOC,
};

impl Rule for PathCase {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let segments = || {
            cx.contract
                .paths
                .iter()
                .flat_map(|p| text::static_segments(p))
        };
        let Some(case) = cx.expected_case(cx.profile.conventions.paths, segments()) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for path in &cx.contract.paths {
            for segment in text::static_segments(path) {
                let name = segment.split(':').next().unwrap_or_default();
                if name.starts_with('.') || case.matches(name) {
                    continue;
                }
                out.push(cx.diag(
                    &META,
                    &cx.path_loc(path),
                    None,
                    cx.say(
                        format!("path segment `{name}` of `{path}` is not {}", case.name()),
                        format!("path segment `{name}` of `{path}` breaks the API's own {} convention: expect hand-written URLs to be mistyped", case.name()),
                    ),
                    format!("Write path segments in {} (e.g. `/sales-orders`).", case.name()),
                ));
            }
        }
        out
    }
}
