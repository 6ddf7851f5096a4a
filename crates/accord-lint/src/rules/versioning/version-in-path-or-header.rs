//! `version-in-path-or-header`: the API version is carried the way the profile says.

use crate::prelude::*;

/// The rule's documentation page (the registry adds "Example" and "Use instead" from its
/// fixtures).
pub const DOC: &str = r#"## What it checks

With `versioning.in: path`, every path (or every server URL) starts with a major
version segment (`/v1/`). With `in: header`, every operation takes the profile's version
header. With `in: any` (`vendor`), the contract must show some version mechanism: a path
or server segment, or a version header.

## Why it matters

A version in every request is what lets a provider ship v2 without breaking v1
clients. Without it the only version is "now", and every breaking change reaches every
integration at once.
"#;

pub struct VersionInPathOrHeader;

/// The registered instance.
pub const RULE: VersionInPathOrHeader = VersionInPathOrHeader;

static META: Meta = Meta {
    id: "version-in-path-or-header",
    category: Category::Versioning,
    level: LintLevel::Warning,
    since: "0.1.0",
    summary: "The API version is carried the way the profile says.",
    doc: DOC,
};

impl Rule for VersionInPathOrHeader {
    fn meta(&self) -> &'static Meta {
        &META
    }

    fn check(&self, cx: &LintContext<'_>) -> Vec<Diagnostic> {
        let versioning = &cx.profile.conventions.versioning;
        let first_is_version = |path: &str| {
            path.split('/')
                .find(|s| !s.is_empty())
                .is_some_and(text::is_version_segment)
        };
        let servers_versioned = !cx.contract.servers.is_empty()
            && cx.contract.servers.iter().all(|s| {
                s.url
                    .split("//")
                    .last()
                    .unwrap_or_default()
                    .split('/')
                    .skip(1)
                    .any(text::is_version_segment)
            });
        let header_versioned = |op: &Operation| {
            op.parameters.iter().any(|p| {
                p.location == ParamIn::Header
                    && match &versioning.header {
                        Some(h) => p.name.eq_ignore_ascii_case(h),
                        None => p.name.to_ascii_lowercase().contains("version"),
                    }
            })
        };
        let ops = || cx.contract.operations.iter();
        let mut out = Vec::new();
        match versioning.location {
            VersionIn::Path => {
                if servers_versioned {
                    return out;
                }
                for op in ops().filter(|op| !first_is_version(&op.path)) {
                    out.push(cx.diag(
                        &META,
                        &op.loc,
                        Some(op),
                        format!(
                            "path `{}` of {} does not start with a version segment (`/v1/`)",
                            op.path,
                            cx.op_name(op)
                        ),
                        "Put the major version first in every path (`/v1/customers`).",
                    ));
                }
            }
            VersionIn::Header => {
                let name = versioning.header.as_deref().unwrap_or("the version header");
                for op in ops().filter(|op| !header_versioned(op)) {
                    out.push(cx.diag(
                        &META,
                        &op.loc,
                        Some(op),
                        format!("{} does not accept `{name}`", cx.op_name(op)),
                        format!("Declare `{name}` on every operation (a shared `components/parameters` entry)."),
                    ));
                }
            }
            VersionIn::Any => {
                let any = servers_versioned
                    || ops().any(|op| first_is_version(&op.path) || header_versioned(op));
                if !any && cx.contract.kind.is_openapi() && !cx.contract.operations.is_empty() {
                    let loc = cx.loc_in(
                        &Loc::new(cx.contract.file(), "", 1, 1),
                        &["info", "version"],
                    );
                    out.push(cx.diag(
                        &META,
                        &loc,
                        None,
                        cx.say(
                            "the API version is carried neither in the path nor in a header".to_string(),
                            "requests cannot pin an API version (no version in path, server or header): every change the vendor ships reaches us at once".to_string(),
                        ),
                        "Pin the version the integration was built against (path, server URL or version header) and record it.",
                    ));
                }
            }
        }
        out
    }
}
