//! Small helpers shared by the renderers: ANSI styling, plurals, source
//! excerpts, grouping, and snippet diffs.

use std::collections::BTreeMap;

use crate::SourceProvider;

/// ANSI styles used by the text renderer.
#[derive(Clone, Copy)]
pub(crate) enum Style {
    Red,
    Yellow,
    Cyan,
    Green,
    Blue,
    Bold,
    Dim,
}

impl Style {
    fn code(self) -> &'static str {
        match self {
            Style::Red => "1;31",
            Style::Yellow => "1;33",
            Style::Cyan => "1;36",
            Style::Green => "32",
            Style::Blue => "1;34",
            Style::Bold => "1",
            Style::Dim => "2",
        }
    }
}

/// Wraps text in ANSI escapes when `on`.
#[derive(Clone, Copy)]
pub(crate) struct Painter {
    pub on: bool,
}

impl Painter {
    pub fn paint(self, style: Style, text: &str) -> String {
        if self.on && !text.is_empty() {
            format!("\x1b[{}m{}\x1b[0m", style.code(), text)
        } else {
            text.to_string()
        }
    }
}

/// `1 error`, `2 errors`; `info` never takes an `s`.
pub(crate) fn plural(n: u64, word: &str) -> String {
    if n == 1 || word == "info" {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Caches file texts fetched from a [`SourceProvider`], with the byte offset
/// of every line start, so an excerpt costs one lookup rather than a scan of
/// the file: a 4 MB contract with 700 findings would otherwise be scanned
/// 700 times.
pub(crate) struct SourceCache<'a> {
    provider: Option<&'a dyn SourceProvider>,
    cache: BTreeMap<String, Option<IndexedText>>,
}

/// A file's text and the byte offsets where its lines start.
struct IndexedText {
    text: String,
    line_starts: Vec<usize>,
}

impl IndexedText {
    fn new(text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        IndexedText { text, line_starts }
    }

    /// 1-based `line` without its line ending.
    fn line(&self, line: usize) -> Option<&str> {
        let start = *self.line_starts.get(line - 1)?;
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |next| next - 1);
        let l = &self.text[start..end];
        Some(l.strip_suffix('\r').unwrap_or(l))
    }
}

impl<'a> SourceCache<'a> {
    pub fn new(provider: Option<&'a dyn SourceProvider>) -> Self {
        SourceCache {
            provider,
            cache: BTreeMap::new(),
        }
    }

    /// The text of 1-based `line` in `file`, without its line ending.
    pub fn line(&mut self, file: &str, line: u32) -> Option<String> {
        let provider = self.provider?;
        if line == 0 {
            return None;
        }
        let text = self
            .cache
            .entry(file.to_string())
            .or_insert_with(|| provider.source(file).map(IndexedText::new));
        Some(text.as_ref()?.line(line as usize)?.to_string())
    }
}

/// The whitespace to print before a caret under 1-based `column` of `line`:
/// tabs are kept so the caret lines up, everything else becomes a space.
/// Column 0 (unknown) points at the first non-blank character.
pub(crate) fn caret_padding(line: &str, column: u32) -> String {
    let col = if column == 0 {
        line.chars().take_while(|c| c.is_whitespace()).count()
    } else {
        column as usize - 1
    };
    line.chars()
        .chain(std::iter::repeat(' '))
        .take(col)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect()
}

/// Group consecutive items (already sorted) by a key, keeping order.
pub(crate) fn group_by<T, K: PartialEq>(items: Vec<T>, key: impl Fn(&T) -> K) -> Vec<(K, Vec<T>)> {
    let mut out: Vec<(K, Vec<T>)> = Vec::new();
    for item in items {
        let k = key(&item);
        match out.last_mut() {
            Some((last, group)) if *last == k => group.push(item),
            _ => out.push((k, vec![item])),
        }
    }
    out
}

/// One row of a side-by-side diff: old line and new line (1-based numbers
/// within the snippet), either side may be absent.
#[derive(Debug, PartialEq)]
pub(crate) struct Row {
    pub old: Option<(usize, String)>,
    pub new: Option<(usize, String)>,
    pub changed: bool,
}

/// Line-level side-by-side alignment of two snippets.
pub(crate) fn side_by_side(old: &str, new: &str) -> Vec<Row> {
    use similar::{DiffOp, TextDiff};
    let diff = TextDiff::from_lines(old, new);
    let olds: Vec<&str> = diff.old_slices().to_vec();
    let news: Vec<&str> = diff.new_slices().to_vec();
    let clean = |s: &str| s.trim_end_matches(['\n', '\r']).to_string();
    let mut rows = Vec::new();
    for op in diff.ops() {
        match *op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for i in 0..len {
                    rows.push(Row {
                        old: Some((old_index + i + 1, clean(olds[old_index + i]))),
                        new: Some((new_index + i + 1, clean(news[new_index + i]))),
                        changed: false,
                    });
                }
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                for i in 0..old_len {
                    rows.push(Row {
                        old: Some((old_index + i + 1, clean(olds[old_index + i]))),
                        new: None,
                        changed: true,
                    });
                }
            }
            DiffOp::Insert {
                new_index, new_len, ..
            } => {
                for i in 0..new_len {
                    rows.push(Row {
                        old: None,
                        new: Some((new_index + i + 1, clean(news[new_index + i]))),
                        changed: true,
                    });
                }
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                for i in 0..old_len.max(new_len) {
                    rows.push(Row {
                        old: (i < old_len).then(|| (old_index + i + 1, clean(olds[old_index + i]))),
                        new: (i < new_len).then(|| (new_index + i + 1, clean(news[new_index + i]))),
                        changed: true,
                    });
                }
            }
        }
    }
    rows
}

/// Unified diff lines (without `---`/`+++` headers) of two snippets, each
/// prefixed with ` `, `-` or `+`; hunk headers start with `@@` and number
/// lines in the files, given the 1-based lines the snippets start at (0 when
/// unknown counts as 1). When one side is missing every line of the other is
/// added or removed.
pub(crate) fn unified_lines(
    old: Option<&str>,
    new: Option<&str>,
    old_start: u32,
    new_start: u32,
) -> Vec<String> {
    let lines = |s: &str, prefix: char| -> Vec<String> {
        s.lines().map(|l| format!("{prefix}{l}")).collect()
    };
    let range = |r: std::ops::Range<usize>, start: u32| {
        let off = start.max(1) as usize - 1;
        let len = r.end - r.start;
        match len {
            0 => format!("{},0", r.start + off),
            1 => format!("{}", r.start + off + 1),
            _ => format!("{},{len}", r.start + off + 1),
        }
    };
    match (old, new) {
        (None, None) => Vec::new(),
        (Some(o), None) => lines(o, '-'),
        (None, Some(n)) => lines(n, '+'),
        (Some(o), Some(n)) => {
            let diff = similar::TextDiff::from_lines(o, n);
            let mut out = Vec::new();
            for hunk in diff.unified_diff().context_radius(3).iter_hunks() {
                let ops = hunk.ops();
                let (Some(first), Some(last)) = (ops.first(), ops.last()) else {
                    continue;
                };
                out.push(format!(
                    "@@ -{} +{} @@",
                    range(first.old_range().start..last.old_range().end, old_start),
                    range(first.new_range().start..last.new_range().end, new_start)
                ));
                for change in hunk.iter_changes() {
                    let sign = match change.tag() {
                        similar::ChangeTag::Delete => '-',
                        similar::ChangeTag::Insert => '+',
                        similar::ChangeTag::Equal => ' ',
                    };
                    out.push(format!(
                        "{sign}{}",
                        change.value().trim_end_matches(['\n', '\r'])
                    ));
                }
            }
            out
        }
    }
}

/// [`unified_lines`] of a change's old and new snippets.
pub(crate) fn snippet_diff(c: &crate::model::Change) -> Vec<String> {
    let (old, new) = element_sides(c);
    unified_lines(
        old.and_then(|s| s.snippet.as_deref()),
        new.and_then(|s| s.snippet.as_deref()),
        old.map_or(0, |s| s.line),
        new.map_or(0, |s| s.line),
    )
}

/// The sides a hunk compares. A removed element points at itself on the old side and at its
/// parent on the new side (an added one the other way round); comparing the element with its
/// parent would show the parent beside the child, so the hunk shows the element alone.
pub(crate) fn element_sides(
    c: &crate::model::Change,
) -> (
    Option<&crate::model::ChangeSide>,
    Option<&crate::model::ChangeSide>,
) {
    let (old, new) = (c.old.as_ref(), c.new.as_ref());
    let within = |child: &str, parent: &str| {
        child.len() > parent.len()
            && child.starts_with(parent)
            && child[parent.len()..].starts_with('/')
    };
    match (old, new) {
        (Some(o), Some(n)) if within(&o.pointer, &n.pointer) => (Some(o), None),
        (Some(o), Some(n)) if within(&n.pointer, &o.pointer) => (None, Some(n)),
        _ => (old, new),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_removed_element_is_shown_alone() {
        let side = |pointer: &str, snippet: &str| {
            Some(crate::model::ChangeSide {
                file: "x.yaml".into(),
                line: 10,
                pointer: pointer.into(),
                snippet: Some(snippet.into()),
            })
        };
        let change = crate::model::Change {
            id: "response-property-removed".into(),
            level: crate::model::ChangeLevel::Breaking,
            operation: None,
            channel: None,
            message: String::new(),
            old: side("/components/schemas/C/properties/email", "type: string\n"),
            new: side(
                "/components/schemas/C",
                "type: object\nproperties:\n  id: {}\n",
            ),
            affects: Vec::new(),
            group: String::new(),
            place: String::new(),
        };
        let lines = snippet_diff(&change);
        assert!(lines.iter().any(|l| l == "-type: string"), "{lines:?}");
        assert!(!lines.iter().any(|l| l.starts_with('+')), "{lines:?}");
    }

    #[test]
    fn source_lines_by_index() {
        let mut files = std::collections::HashMap::new();
        files.insert("a.yaml".to_string(), "one\r\ntwo\n\nfour".to_string());
        let mut cache = SourceCache::new(Some(&files));
        assert_eq!(cache.line("a.yaml", 1).as_deref(), Some("one"));
        assert_eq!(cache.line("a.yaml", 2).as_deref(), Some("two"));
        assert_eq!(cache.line("a.yaml", 3).as_deref(), Some(""));
        assert_eq!(cache.line("a.yaml", 4).as_deref(), Some("four"));
        assert_eq!(cache.line("a.yaml", 5), None);
        assert_eq!(cache.line("a.yaml", 0), None);
        assert_eq!(cache.line("missing.yaml", 1), None);
    }

    #[test]
    fn caret() {
        assert_eq!(caret_padding("\tab", 3), "\t ");
        assert_eq!(caret_padding("  x", 0), "  ");
        assert_eq!(caret_padding("x", 4), "   ");
    }

    #[test]
    fn rows() {
        let r = side_by_side("a\nb\nc\n", "a\nB\nc\nd\n");
        assert_eq!(r.len(), 4);
        assert!(!r[0].changed);
        assert!(r[1].changed);
        assert_eq!(r[3].old, None);
        assert_eq!(r[3].new, Some((4, "d".to_string())));
    }

    #[test]
    fn unified() {
        let u = unified_lines(Some("a\nb\n"), Some("a\nc\n"), 0, 0);
        assert_eq!(u, ["@@ -1,2 +1,2 @@", " a", "-b", "+c"]);
        let u = unified_lines(Some("a\nb\n"), Some("a\n"), 10, 20);
        assert_eq!(u, ["@@ -10,2 +20 @@", " a", "-b"]);
        let u = unified_lines(Some("a\n"), Some("b\na\n"), 5, 5);
        assert_eq!(u, ["@@ -5 +5,2 @@", "+b", " a"]);
        assert_eq!(unified_lines(None, Some("x"), 0, 0), ["+x"]);
    }
}
