//! One metadata shape for every ID Accord reports: lint rules, breaking checks, conformance
//! checks, event checks, mapping rules and loader findings.
//!
//! Each analyser keeps its IDs one per file, with the file's documentation as the page, and
//! describes them through [`FindingDoc`]; the CLI gathers them into one registry for
//! `accord explain`, the generated `docs/` pages and the registry's invariant tests (IDs
//! unique across kinds, every ID documented and exercised).

use std::fmt;

/// Which analyser reports an ID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindingKind {
    /// `accord validate`: the loader's structural findings.
    Loader,
    /// `accord lint`: governance rules.
    Lint,
    /// `accord diff`: breaking-change checks.
    Breaking,
    /// `accord test`: conformance checks against a live API or a mock.
    Conformance,
    /// `accord test-events`: checks on captured events.
    Event,
    /// `accord mapping`: mapping validation rules.
    Mapping,
}

impl FindingKind {
    /// Every kind, in the order the docs index lists them.
    pub const ALL: [FindingKind; 6] = [
        FindingKind::Loader,
        FindingKind::Lint,
        FindingKind::Breaking,
        FindingKind::Conformance,
        FindingKind::Event,
        FindingKind::Mapping,
    ];

    /// The folder of `docs/` that holds this kind's pages.
    pub fn docs_folder(self) -> &'static str {
        match self {
            FindingKind::Loader => "loader",
            FindingKind::Lint => "rules",
            FindingKind::Breaking => "checks",
            FindingKind::Conformance => "conformance",
            FindingKind::Event => "events",
            FindingKind::Mapping => "mapping",
        }
    }

    /// What the kind is called in prose (`lint rule`, `breaking check`).
    pub fn noun(self) -> &'static str {
        match self {
            FindingKind::Loader => "loader finding",
            FindingKind::Lint => "lint rule",
            FindingKind::Breaking => "breaking check",
            FindingKind::Conformance => "conformance check",
            FindingKind::Event => "event check",
            FindingKind::Mapping => "mapping rule",
        }
    }
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun())
    }
}

/// The public description of one ID: what `accord explain ID` prints and `docs/` holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingDoc {
    /// Public API, never renamed: kebab-case for lint, diff, mapping and loader IDs,
    /// snake_case for conformance and event checks (the names Schemathesis users know).
    pub id: &'static str,
    pub kind: FindingKind,
    /// The level it reports at unless configured otherwise (`error`, `breaking`, `failure`).
    pub level: &'static str,
    /// The Accord version that introduced it.
    pub since: &'static str,
    /// One line.
    pub summary: String,
    /// The whole page, Markdown.
    pub page: String,
}

impl FindingDoc {
    /// A doc from a file whose leading `//!` comment is its page: the first line names the
    /// ID (`` `not_a_server_error` ``), a line `What it checks: ...` gives the summary.
    pub fn from_module_doc(
        id: &'static str,
        kind: FindingKind,
        level: &'static str,
        since: &'static str,
        source: &str,
    ) -> FindingDoc {
        let doc = module_doc(source);
        // The first line names the ID, alone (`` `id` ``) or with a summary (`` `id`: ... ``).
        let title = format!("`{id}`");
        let mut lines = doc.lines().peekable();
        let mut title_summary = None;
        if let Some(first) = lines.peek().map(|l| l.trim())
            && let Some(rest) = first.strip_prefix(title.as_str())
        {
            let rest = rest.trim_start_matches(':').trim();
            title_summary = (!rest.is_empty()).then(|| rest.to_string());
            lines.next();
        }
        let body = lines.collect::<Vec<_>>().join("\n");
        let summary = title_summary
            .clone()
            .or_else(|| {
                body.lines()
                    .find_map(|l| l.strip_prefix("What it checks:"))
                    .map(|s| s.trim().to_string())
            })
            .or_else(|| {
                body.lines()
                    .map(str::trim)
                    .find(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(str::to_string)
            })
            .unwrap_or_default();
        let lead = title_summary
            .map(|s| format!("{s}\n\n"))
            .unwrap_or_default();
        let page = format!(
            "# {id}\n\n{lead}{}\n\n| kind | default level | since |\n|---|---|---|\n| {kind} | {level} | {since} |\n",
            body.trim()
        );
        FindingDoc {
            id,
            kind,
            level,
            since,
            summary,
            page,
        }
    }

    /// The ID in one spelling for comparison: lower case, `_` as `-`.
    pub fn normalized_id(&self) -> String {
        normalize_id(self.id)
    }
}

/// `Not_A-Server-Error` → `not-a-server-error`: kebab-case and snake_case spellings of one ID
/// compare equal.
pub fn normalize_id(id: &str) -> String {
    id.trim().to_ascii_lowercase().replace('_', "-")
}

/// The leading `//!` lines of a Rust source file, without the markers.
pub fn module_doc(source: &str) -> String {
    source
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| {
            let rest = &l[3..];
            rest.strip_prefix(' ').unwrap_or(rest)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_doc_becomes_a_page() {
        let source = "//! `x_check`\n//!\n//! What it checks: one thing.\n//!\n//! Why it matters: it does.\n\nuse y;\n";
        let doc = FindingDoc::from_module_doc(
            "x_check",
            FindingKind::Conformance,
            "failure",
            "0.1.0",
            source,
        );
        assert_eq!(doc.summary, "one thing.");
        assert!(
            doc.page
                .starts_with("# x_check\n\nWhat it checks: one thing.")
        );
        assert!(doc.page.contains("| conformance check | failure | 0.1.0 |"));
        assert_eq!(normalize_id("Not_A_Server_Error"), "not-a-server-error");
        let titled = "//! `y_check`: the event lies.\n//!\n//! # What it checks\n//! Lies.\n";
        let doc =
            FindingDoc::from_module_doc("y_check", FindingKind::Event, "failure", "0.1.0", titled);
        assert_eq!(doc.summary, "the event lies.");
        assert!(
            doc.page
                .starts_with("# y_check\n\nthe event lies.\n\n# What it checks\nLies.")
        );
    }
}
