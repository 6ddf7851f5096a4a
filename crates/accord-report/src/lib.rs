//! Finding types and renderers: text, markdown, json, junit, sarif, html, github.
//!
//! Every analyser emits into the types of [`model`] ([`LintReport`],
//! [`DiffReport`], [`TestReport`], [`EventReport`]); the CLI renders them
//! with [`render`] (or the [`Render`] trait) in one of the [`Format`]s.
//! This crate depends on no other accord crate and does no IO: source text
//! for excerpts comes through a [`SourceProvider`].
//!
//! Each format lives in its own module with one function per report kind
//! (`text::lint`, `sarif::diff`, ...); [`html`] also exposes building blocks
//! for composing multi-report pages. The human-read diff formats (text,
//! markdown) put the most severe changes first and condense repeated info
//! ([`condense`]); the machine-read ones keep every change. All output is deterministic: items are
//! rendered in the order documented in [`model`].

pub mod condense;
pub mod github;
pub mod group;
pub mod html;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod mask;
pub mod model;
pub mod operations;
pub mod registry;
pub mod sarif;
pub mod text;

mod util;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::hash::BuildHasher;
use std::str::FromStr;

pub use mask::{mask_known, mask_secrets};
pub use model::{
    Change, ChangeLevel, ChangeSide, ContractFinding, Diagnostic, DiffReport, DiffSummary,
    EventFailure, EventReport, EventSummary, GeneratedInput, LintLevel, LintReport, LintSummary,
    Location, NotExercised, OperationCoverage, ParseError, StopReason, TestCoverage, TestFailure,
    TestReport, TestSummary, ValidationError,
};
pub use operations::OperationLocations;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Text,
    Markdown,
    Json,
    Junit,
    Sarif,
    Html,
    Github,
}

impl Format {
    /// Every format, in the order the CLI documents them.
    pub const ALL: [Format; 7] = [
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::Junit,
        Format::Sarif,
        Format::Html,
        Format::Github,
    ];

    /// The name accepted by `--format`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Junit => "junit",
            Format::Sarif => "sarif",
            Format::Html => "html",
            Format::Github => "github",
        }
    }

    /// A conventional file extension for `--report DIR` outputs.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text | Format::Github => "txt",
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Junit => "xml",
            Format::Sarif => "sarif",
            Format::Html => "html",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.as_str() == lower)
            .ok_or_else(|| ParseError {
                kind: "format",
                value: s.to_string(),
                expected: &[
                    "text", "markdown", "json", "junit", "sarif", "html", "github",
                ],
            })
    }
}

/// Supplies the text of a contract file so renderers can show excerpts.
///
/// Implemented for maps from file name to text and for closures
/// `Fn(&str) -> Option<String>`; the CLI typically wraps its loaded sources.
pub trait SourceProvider {
    /// The full text of `file`, or `None` when unavailable.
    fn source(&self, file: &str) -> Option<String>;
}

impl<S: BuildHasher> SourceProvider for HashMap<String, String, S> {
    fn source(&self, file: &str) -> Option<String> {
        self.get(file).cloned()
    }
}

impl SourceProvider for BTreeMap<String, String> {
    fn source(&self, file: &str) -> Option<String> {
        self.get(file).cloned()
    }
}

impl<F: Fn(&str) -> Option<String>> SourceProvider for F {
    fn source(&self, file: &str) -> Option<String> {
        self(file)
    }
}

/// Default for [`RenderOptions::max_items`].
pub const DEFAULT_MAX_ITEMS: usize = 50;

/// How to render.
#[derive(Clone)]
pub struct RenderOptions<'a> {
    /// ANSI colour in `text` output (ignored by other formats).
    pub color: bool,
    /// Source text for excerpts (`text` and `html` lint output).
    pub sources: Option<&'a dyn SourceProvider>,
    /// Version of the tool, reported in SARIF, JUnit and HTML.
    pub tool_version: &'a str,
    /// Heading for `text`, `markdown` and `html` (a default is derived from
    /// the report kind when `None`).
    pub title: Option<String>,
    /// Items listed in full by `markdown` before truncating with a note.
    pub max_items: usize,
    /// What the `text` lint summary line is called (`lint` when `None`): `accord validate`
    /// renders its findings as a lint report but they are validation findings.
    pub summary_label: Option<&'a str>,
    /// Where the contract declares each operation, so that conformance findings point at a
    /// line (SARIF); `None` leaves them with the operation's name only.
    pub operations: Option<&'a OperationLocations>,
    /// The file captured events were read from (`accord test-events --messages`), so that an
    /// event failure also points at the event's line there (SARIF); `None` for stdin or
    /// generated events.
    pub events_source: Option<&'a str>,
}

impl Default for RenderOptions<'_> {
    fn default() -> Self {
        RenderOptions {
            color: false,
            sources: None,
            tool_version: env!("CARGO_PKG_VERSION"),
            title: None,
            max_items: DEFAULT_MAX_ITEMS,
            summary_label: None,
            operations: None,
            events_source: None,
        }
    }
}

impl fmt::Debug for RenderOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RenderOptions")
            .field("color", &self.color)
            .field("sources", &self.sources.map(|_| "<SourceProvider>"))
            .field("tool_version", &self.tool_version)
            .field("title", &self.title)
            .field("max_items", &self.max_items)
            .finish()
    }
}

/// A report that can be rendered in every [`Format`].
pub trait Render {
    /// The JSON `format` tag (`accord.lint/v1`, ...).
    const FORMAT_TAG: &'static str;

    fn render(&self, format: Format, options: &RenderOptions<'_>) -> String;
}

/// Render `report` in `format`.
pub fn render<R: Render + ?Sized>(
    report: &R,
    format: Format,
    options: &RenderOptions<'_>,
) -> String {
    report.render(format, options)
}

macro_rules! impl_render {
    ($ty:ty, $tag:expr, $f:ident) => {
        impl Render for $ty {
            const FORMAT_TAG: &'static str = $tag;

            fn render(&self, format: Format, options: &RenderOptions<'_>) -> String {
                match format {
                    Format::Text => text::$f(self, options),
                    Format::Markdown => markdown::$f(self, options),
                    Format::Json => json::$f(self),
                    Format::Junit => junit::$f(self, options),
                    Format::Sarif => sarif::$f(self, options),
                    Format::Html => html::$f(self, options),
                    Format::Github => github::$f(self),
                }
            }
        }
    };
}

impl_render!(LintReport, json::LINT_FORMAT, lint);
impl_render!(DiffReport, json::DIFF_FORMAT, diff);
impl_render!(TestReport, json::TEST_FORMAT, test);
impl_render!(EventReport, json::EVENTS_FORMAT, events);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_from_str() {
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>(), Ok(f));
        }
        assert_eq!("JSON".parse::<Format>(), Ok(Format::Json));
        let err = "yaml".parse::<Format>().unwrap_err();
        assert!(err.to_string().contains("markdown"));
    }

    #[test]
    fn sources_from_closure_and_map() {
        let f = |name: &str| (name == "a").then(|| "x".to_string());
        assert_eq!(f.source("a").as_deref(), Some("x"));
        let mut m = BTreeMap::new();
        m.insert("b".to_string(), "y".to_string());
        let p: &dyn SourceProvider = &m;
        assert_eq!(p.source("b").as_deref(), Some("y"));
    }
}
