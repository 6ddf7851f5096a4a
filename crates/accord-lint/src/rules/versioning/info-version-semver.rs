//! `info-version-semver`: `info.version` is a semantic version.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

`info.version` is a semantic version (`1.4.0`); with `version_format: semver-or-date`
(the `vendor` profile) a release date (`2025-07-01`) is accepted too.

## Why it matters

The contract's version tells consumers what kind of change a new release is. Semver
makes that machine-checkable: `accord diff` can insist that a breaking change bumps the
major version.
"#;

pub struct InfoVersionSemver;

/// The registered instance.
pub const RULE: InfoVersionSemver = InfoVersionSemver;

static META: Meta = Meta {
    id: "info-version-semver",
    category: Category::Versioning,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "`info.version` is a semantic version.",
    doc: DOC,
};

impl Rule for InfoVersionSemver {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let version = cx.contract.info.version.trim();
        if cx.contract.kind == accord_spec::DocumentKind::JsonSchema {
            return Vec::new();
        }
        let semver = regex::Regex::new(
            r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$",
        )
        .map(|re| re.is_match(version))
        .unwrap_or(false);
        let date = cx.profile.conventions.version_format == VersionFormat::SemverOrDate
            && regex::Regex::new(r"^\d{4}-\d{2}-\d{2}")
                .map(|re| re.is_match(version))
                .unwrap_or(false);
        if semver || date {
            return Vec::new();
        }
        let base = cx
            .contract
            .info
            .loc
            .clone()
            .unwrap_or_else(|| Loc::new(cx.contract.file(), "/info", 1, 1));
        vec![cx.diag(
            &META,
            &cx.loc_in(&base, &["version"]),
            None,
            cx.say(
                format!("`info.version` is `{version}`, not a semantic version"),
                format!("`info.version` is `{version}`: releases do not say whether they break us"),
            ),
            "Use MAJOR.MINOR.PATCH (`1.4.0`) and bump MAJOR for breaking changes.",
        )]
    }
}
