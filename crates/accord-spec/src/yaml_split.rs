//! Reads a big block-style YAML document in two pieces at once.
//!
//! YAML parsing is most of the time it takes to load a large contract (Stripe's 3.9 MB
//! spec: about two thirds), and it is sequential. But a contract is a block mapping whose
//! bulk sits in one or two top-level keys (`paths`, `components`), and a line indented by
//! exactly two spaces under such a key starts one of its entries. Cutting the text there
//! gives three documents that YAML reads on their own:
//!
//! ```text
//! prefix  [0, cut)      the document up to the cut (its last top-level key is left partial)
//! middle  [cut, end)    the rest of that key's entries: a mapping indented by two
//! suffix  [end, len)    the top-level keys after it
//! ```
//!
//! The middle is parsed on a second thread while this one parses the prefix and the suffix;
//! the middle's entries are then appended to the partial key and the suffix's to the root,
//! with the same last-one-wins rule the sequential parser applies to duplicate keys.
//!
//! The reading must be exactly the sequential one, spans included, so this declines (and
//! the caller parses sequentially) whenever it cannot be sure: directives, more than one
//! document marker, merge keys, any piece that does not parse (an anchor used across the
//! cut, a quoted or flow scalar running over it), a piece whose shape is not the expected
//! one, or node counts that add up past the limit. Errors are therefore always reported by
//! the sequential parser. A test compares both readings on every YAML contract we have.

use crate::error::Limits;
use crate::node::{Node, NodeValue};
use crate::yaml::{Fragment, insert_entry, parse_fragment};

/// Below this size a second thread costs more than it saves.
const MIN_SPLIT_BYTES: usize = 512 * 1024;

/// The tree of `text` read in pieces, or `None` when the sequential parser must read it.
pub(crate) fn try_parse(file: &str, text: &str, limits: &Limits) -> Option<Node> {
    if text.len() < MIN_SPLIT_BYTES {
        return None;
    }
    parse_split(file, text, limits)
}

/// [`try_parse`] without the size threshold (tests force it on small documents).
pub(crate) fn parse_split(file: &str, text: &str, limits: &Limits) -> Option<Node> {
    let cut = choose_cut(text)?;
    let prefix_text = &text[..cut.start];
    let middle_text = &text[cut.start..cut.end];
    let suffix_text = &text[cut.end..];
    let middle_at = Fragment {
        lines_before: cut.start_line,
        // The middle's root stands for the value of a top-level key.
        depth: 1,
    };
    let suffix_at = Fragment {
        lines_before: cut.end_line,
        depth: 0,
    };
    let (first, middle) = std::thread::scope(|scope| {
        let middle = scope.spawn(move || parse_fragment(file, middle_text, limits, middle_at).ok());
        let prefix = parse_fragment(file, prefix_text, limits, Fragment::WHOLE).ok();
        let suffix = if suffix_text.trim().is_empty() {
            Some(None)
        } else {
            parse_fragment(file, suffix_text, limits, suffix_at)
                .ok()
                .map(Some)
        };
        ((prefix, suffix), middle.join().ok().flatten())
    });
    let (Some((mut root, prefix_nodes)), Some(suffix)) = first else {
        return None;
    };
    let (middle, middle_nodes) = middle?;
    let suffix_nodes = suffix.as_ref().map_or(0, |(_, n)| *n);
    // The middle's root mapping is the cut key's mapping again, so it was counted twice.
    if prefix_nodes + middle_nodes - 1 + suffix_nodes > limits.max_nodes {
        return None;
    }
    let NodeValue::Map(middle_entries) = middle.value else {
        return None;
    };
    let NodeValue::Map(root_entries) = &mut root.value else {
        return None;
    };
    let (_, partial) = root_entries
        .iter_mut()
        .rev()
        .find(|(key, _)| key.name == cut.key)?;
    let NodeValue::Map(partial_entries) = &mut partial.value else {
        return None;
    };
    // The two halves must be the same mapping: entries in the same column.
    let partial_column = partial_entries.first()?.0.span.column;
    if middle_entries
        .first()
        .is_none_or(|(key, _)| key.span.column != partial_column)
    {
        return None;
    }
    let mut index = None;
    for (key, value) in middle_entries {
        insert_entry(partial_entries, &mut index, key, value);
    }
    if let Some((suffix, _)) = suffix {
        let NodeValue::Map(suffix_entries) = suffix.value else {
            return None;
        };
        let mut index = None;
        for (key, value) in suffix_entries {
            insert_entry(root_entries, &mut index, key, value);
        }
    }
    Some(root)
}

/// Where to cut: byte offsets and line counts of the middle piece, and the top-level key
/// it belongs to.
#[derive(Debug, PartialEq)]
struct Cut {
    start: usize,
    start_line: u32,
    end: usize,
    end_line: u32,
    key: String,
}

/// A line seen while scanning for cuts.
struct Line<'a> {
    start: usize,
    number: u32,
    text: &'a str,
}

/// Chooses the cut that best balances the middle against prefix plus suffix, among lines
/// indented by exactly two spaces that start a plain mapping key of a top-level block key.
/// `None` when the text has a shape this module does not handle.
fn choose_cut(text: &str) -> Option<Cut> {
    if text.starts_with('%') || text.contains("<<") {
        return None;
    }
    let mut lines = Vec::new();
    let mut start = 0usize;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        lines.push(Line {
            start,
            number: number as u32,
            text: line,
        });
        start += line.len();
    }
    // A document marker anywhere but the first line would make a piece its own document.
    let first_content = lines.iter().position(|l| !is_blank_or_comment(l.text))?;
    if lines[first_content + 1..]
        .iter()
        .any(|l| l.text.starts_with("---") || l.text.starts_with("..."))
    {
        return None;
    }
    // Each top-level block key with the line after its last entry, and the lines where one
    // of its entries starts (not its first: the partial key must be a mapping in the prefix).
    struct Section {
        key: String,
        end: usize,
        entries: Vec<usize>,
    }
    let mut sections: Vec<Section> = Vec::new();
    let mut open: Option<Section> = None;
    let mut first_entry_seen = false;
    for (i, line) in lines.iter().enumerate().skip(first_content) {
        let line = line.text;
        if is_blank_or_comment(line) {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            if let Some(mut done) = open.take() {
                done.end = i;
                sections.push(done);
            }
            open = top_level_block_key(line).map(|key| Section {
                key,
                end: lines.len(),
                entries: Vec::new(),
            });
            first_entry_seen = false;
            continue;
        }
        if let Some(section) = &mut open {
            if first_entry_seen && is_entry_line(line) {
                section.entries.push(i);
            }
            first_entry_seen = true;
        }
    }
    sections.extend(open);
    let mut best: Option<(usize, Cut)> = None;
    for section in &sections {
        let (end, end_line) = lines
            .get(section.end)
            .map_or((text.len(), 0), |l| (l.start, l.number));
        for &i in &section.entries {
            let start = lines[i].start;
            let middle = end - start;
            let imbalance = middle.abs_diff(text.len() - middle);
            if best.as_ref().is_none_or(|(b, _)| imbalance < *b) {
                best = Some((
                    imbalance,
                    Cut {
                        start,
                        start_line: lines[i].number,
                        end,
                        end_line,
                        key: section.key.clone(),
                    },
                ));
            }
        }
    }
    let (_, cut) = best?;
    // A cut that leaves almost everything on one side gains nothing.
    (cut.end - cut.start >= text.len() / 8).then_some(cut)
}

fn is_blank_or_comment(line: &str) -> bool {
    let trimmed = line.trim_start();
    trimmed.is_empty() || trimmed.starts_with('#')
}

/// The key of a top-level line `key:` whose value is a block on the following lines.
fn top_level_block_key(line: &str) -> Option<String> {
    let line = line.trim_end();
    let key = line.strip_suffix(':')?;
    let plain = !key.is_empty()
        && !key.starts_with([
            '-', '?', '&', '*', '!', '|', '>', '{', '[', '"', '\'', '%', '@', '`',
        ])
        && !key.contains(": ")
        && !key.contains(" #");
    plain.then(|| key.to_string())
}

/// A line indented by exactly two spaces that starts a mapping entry (not a sequence item,
/// a complex key, a flow collection or a continuation of something else).
fn is_entry_line(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("  ") else {
        return false;
    };
    let Some(first) = rest.chars().next() else {
        return false;
    };
    !first.is_whitespace()
        && !matches!(
            first,
            '-' | '?' | '#' | '{' | '[' | ']' | '}' | ',' | '|' | '>'
        )
        && (rest.contains(": ") || rest.trim_end().ends_with(':'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::parse_fragment;

    fn sequential(text: &str) -> Node {
        parse_fragment("t.yaml", text, &Limits::default(), Fragment::WHOLE)
            .unwrap()
            .0
    }

    fn split(text: &str) -> Option<Node> {
        parse_split("t.yaml", text, &Limits::default())
    }

    fn paths_doc(entries: usize) -> String {
        let mut text = String::from("openapi: 3.1.0\ninfo:\n  title: t\n  version: '1'\npaths:\n");
        for i in 0..entries {
            text.push_str(&format!(
                "  /things/{i}:\n    get:\n      description: \"thing {i}\"\n      responses:\n        '200': {{description: ok}}\n"
            ));
        }
        text.push_str("servers:\n- url: https://example.com\n");
        text
    }

    #[test]
    fn splits_and_reads_exactly_as_the_sequential_parser() {
        let text = paths_doc(40);
        let cut = choose_cut(&text).unwrap();
        assert_eq!(cut.key, "paths");
        assert!(text[cut.start..].starts_with("  /things/"));
        assert_eq!(split(&text).unwrap(), sequential(&text));
    }

    #[test]
    fn duplicate_keys_across_the_cut_keep_the_last() {
        let mut text = paths_doc(40);
        text.push_str("openapi: 3.0.3\n");
        text = text.replacen("  /things/39:", "  /things/0:", 1);
        assert_eq!(split(&text).unwrap(), sequential(&text));
    }

    #[test]
    fn declines_what_it_cannot_be_sure_of() {
        let base = paths_doc(40);
        // An anchor defined before the cut and used after it.
        let anchored = base
            .replacen("  /things/0:\n    get:", "  /things/0:\n    get: &op", 1)
            .replacen(
                "  /things/39:\n    get:\n",
                "  /things/39:\n    get: *op\n    x:\n",
                1,
            );
        assert!(split(&anchored).is_none());
        // A second document marker.
        assert!(split(&format!("{base}---\na: 1\n")).is_none());
        // A directive, a merge key.
        assert!(split(&format!("%YAML 1.2\n---\n{base}")).is_none());
        assert!(split(&base.replacen("    get:", "    <<: {}\n    get:", 1)).is_none());
        // A small document with no big section.
        assert!(split("a: 1\nb:\n  c: 2\n").is_none());
    }

    #[test]
    fn a_quoted_scalar_over_the_cut_falls_back() {
        let text = paths_doc(40).replacen(
            "      description: \"thing 20\"\n",
            "      description: \"thing 20\n  /not-a-key: really\"\n",
            1,
        );
        // Whatever the sequential parser makes of it, the split reading must not differ.
        let seq = parse_fragment("t.yaml", &text, &Limits::default(), Fragment::WHOLE).ok();
        match (split(&text), seq) {
            (Some(tree), Some((expected, _))) => assert_eq!(tree, expected),
            (None, _) => {}
            (Some(_), None) => panic!("split read a document the sequential parser rejects"),
        }
    }

    /// Every YAML contract we have reads the same split as sequentially, and most of them do
    /// split (the test forces splitting whatever the size).
    #[test]
    fn every_yaml_contract_reads_the_same_split() {
        let corpus = accord_testkit::corpus_documents(&[]);
        let ours =
            accord_testkit::documents_under(&accord_testkit::workspace_root().join("contracts"));
        let (mut compared, mut split_count) = (0, 0);
        {
            for path in corpus.iter().chain(&ours) {
                if !path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                    continue;
                }
                let text = std::fs::read_to_string(path).expect("a document reads");
                let limits = Limits::default();
                let expected = parse_fragment("c.yaml", &text, &limits, Fragment::WHOLE).ok();
                let got = parse_split("c.yaml", &text, &limits);
                match (got, expected) {
                    (Some(tree), Some((expected, _))) => {
                        assert!(tree == expected, "{} differs", path.display());
                        split_count += 1;
                    }
                    (Some(_), None) => panic!("{} split but does not parse", path.display()),
                    (None, _) => {}
                }
                compared += 1;
            }
        }
        if !corpus.is_empty() {
            assert!(compared >= 40, "only {compared} YAML documents compared");
            assert!(
                split_count * 2 >= compared,
                "only {split_count} of {compared} split"
            );
        }
    }
}
