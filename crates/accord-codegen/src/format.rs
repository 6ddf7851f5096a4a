//! Formatting: generated Rust goes through `syn` (which also proves it parses)
//! and `prettyplease`, so output is stable whatever the templates' whitespace.
//!
//! Large files (a Stripe client's `types.rs` is over 4 MB) are cut into runs of
//! whole top-level items ([`split_items`]) that are parsed and printed in
//! parallel. prettyplease prints each top-level item on its own, independently
//! of its neighbours, so the concatenation is byte for byte what formatting the
//! whole file gives; a cut that does not parse falls back to the whole file.

use rayon::prelude::*;

/// Below this size a file is formatted in one piece (splitting costs more than it saves).
const CHUNK_BYTES: usize = 64 * 1024;

/// Formats Rust source; the error says what does not parse (set
/// `ACCORD_DUMP_UNFORMATTED` to a folder to keep the text for inspection).
///
/// Doc comments are lifted out first and put back after printing (see [`DocComments`]):
/// vendor descriptions are most of a large client's text, and parsing them as string
/// literals only to print them back unchanged was a fifth of the formatting time.
pub fn format_rust(file_name: &str, source: &str) -> Result<String, String> {
    let docs = DocComments::lift(source);
    let formatted = format_source(file_name, &docs.source)?;
    Ok(docs.restore(&formatted))
}

fn format_source(file_name: &str, source: &str) -> Result<String, String> {
    let chunks = split_items(source, CHUNK_BYTES);
    if chunks.len() > 1 {
        let printed: Result<Vec<String>, syn::Error> = chunks
            .par_iter()
            .map(|chunk| syn::parse_file(chunk).map(|file| prettyplease::unparse(&file)))
            .collect();
        if let Ok(parts) = printed {
            return Ok(space_items(&parts.concat()));
        }
    }
    format_whole(file_name, source)
}

fn format_whole(file_name: &str, source: &str) -> Result<String, String> {
    match syn::parse_file(source) {
        Ok(file) => Ok(space_items(&prettyplease::unparse(&file))),
        Err(e) => {
            if let Some(dir) = std::env::var_os("ACCORD_DUMP_UNFORMATTED") {
                let path = std::path::Path::new(&dir).join(file_name.replace('/', "_"));
                let _ = std::fs::write(path, source);
            }
            Err(format!("generated {file_name} does not parse: {e}"))
        }
    }
}

/// Outer doc comments (`///` lines) replaced by numbered placeholders.
///
/// prettyplease prints a `///` comment back as `///` followed by the text it was written
/// with (less trailing spaces), directly before what it documents, and never moves or joins doc lines; so
/// a run of doc lines can stand aside as one short placeholder line while the code is
/// formatted, and be put back, re-indented, where the placeholder lands.
struct DocComments<'a> {
    source: String,
    /// Each run of consecutive doc lines: the text after `///` of every line.
    runs: Vec<Vec<&'a str>>,
}

/// What a placeholder doc line holds after `///` (followed by the run's number).
const DOC_PLACEHOLDER: &str = "@accord-doc:";

impl<'a> DocComments<'a> {
    fn lift(source: &'a str) -> Self {
        let mut out = String::with_capacity(source.len() / 2);
        let mut runs: Vec<Vec<&'a str>> = Vec::new();
        let mut in_run = false;
        for line in source.split_inclusive('\n') {
            let body = line.strip_suffix('\n').unwrap_or(line);
            let body = body.strip_suffix('\r').unwrap_or(body);
            let trimmed = body.trim_start();
            match trimmed.strip_prefix("///") {
                // `////` is an ordinary comment, not a doc comment.
                Some(text) if !text.starts_with('/') => {
                    if !in_run {
                        out.push_str(&format!("///{DOC_PLACEHOLDER}{}\n", runs.len()));
                        runs.push(Vec::new());
                        in_run = true;
                    }
                    if let Some(run) = runs.last_mut() {
                        run.push(text);
                    }
                }
                _ => {
                    in_run = false;
                    out.push_str(line);
                }
            }
        }
        DocComments { source: out, runs }
    }

    fn restore(&self, formatted: &str) -> String {
        if self.runs.is_empty() {
            return formatted.to_string();
        }
        let mut out = String::with_capacity(formatted.len() * 2);
        for line in formatted.split_inclusive('\n') {
            let trimmed = line.trim_start();
            let run = trimmed
                .strip_prefix("///")
                .and_then(|t| t.strip_prefix(DOC_PLACEHOLDER))
                .and_then(|n| n.trim_end().parse::<usize>().ok())
                .and_then(|n| self.runs.get(n));
            match run {
                Some(run) => {
                    let indent = &line[..line.len() - trimmed.len()];
                    for text in run {
                        out.push_str(indent);
                        out.push_str("///");
                        // prettyplease drops trailing spaces (not tabs) of a doc line.
                        out.push_str(text.trim_end_matches(' '));
                        out.push('\n');
                    }
                }
                None => out.push_str(line),
            }
        }
        out
    }
}

/// Cuts `source` after top-level items, into pieces of at least `min_bytes`.
///
/// A cut goes after a code line that closes the last open brace (or ends a
/// `;` item) at nesting depth zero. Braces are counted outside comments,
/// string literals and character literals; generated code writes strings
/// through `{:?}` (no raw newlines) and has no block comments, and anything
/// the scan gets wrong only costs a parse error, after which the caller formats
/// the file whole.
pub fn split_items(source: &str, min_bytes: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    if source.len() < 2 * min_bytes {
        pieces.push(source);
        return pieces;
    }
    let mut depth: i64 = 0;
    let mut start = 0;
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        offset += line.len();
        let code = line.trim();
        if code.starts_with("//") {
            continue;
        }
        depth += brace_balance(code);
        if depth == 0
            && (code.ends_with('}') || code.ends_with(';'))
            && offset - start >= min_bytes
            && source.len() - offset >= min_bytes
        {
            pieces.push(&source[start..offset]);
            start = offset;
        }
    }
    pieces.push(&source[start..]);
    pieces
}

/// `{` minus `}` in one line of code, skipping strings, characters and a
/// trailing `//` comment.
fn brace_balance(code: &str) -> i64 {
    let bytes = code.as_bytes();
    let mut balance = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => balance += 1,
            b'}' => balance -= 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => break,
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            // A character literal (`'{'`, `'\''`); a lifetime (`'de`) has no closing quote.
            b'\'' => {
                if bytes.get(i + 1) == Some(&b'\\') {
                    if let Some(close) = code[i + 3..].find('\'') {
                        i += 3 + close;
                    }
                } else if bytes.get(i + 2) == Some(&b'\'') {
                    i += 2;
                } else if let Some(c) = code[i + 1..].chars().next()
                    && code[i + 1 + c.len_utf8()..].starts_with('\'')
                {
                    i += c.len_utf8() + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    balance
}

/// Puts a blank line between consecutive items (prettyplease keeps none), at the
/// top level and one level in (impl blocks, inline modules).
fn space_items(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 20);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        let indent = line.len() - line.trim_start().len();
        let ends_item = line.ends_with('}') || line.ends_with(';');
        if (indent == 0 || indent == 4)
            && ends_item
            && let Some(next) = lines.get(i + 1)
        {
            let next_indent = next.len() - next.trim_start().len();
            let t = next.trim_start();
            if next_indent == indent
                && !t.is_empty()
                && !t.starts_with('}')
                && !t.starts_with("else")
            {
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_spaces_items() {
        let out = format_rust("x.rs", "struct A; impl A { fn f() {} fn g() {} }").unwrap();
        assert_eq!(
            out,
            "struct A;\n\nimpl A {\n    fn f() {}\n\n    fn g() {}\n}\n"
        );
        assert!(format_rust("x.rs", "fn (").is_err());
    }

    #[test]
    fn doc_comments_come_back_exactly_as_prettyplease_prints_them() {
        let source = "//! Crate.\n/// A thing: `}` and \"quotes\" and \\ and é.\n///\n///   indented  \n#[derive(Debug)]\npub struct A {\n        /// Field.\n  pub x: i64, // a plain comment\n}\n//// plain\nfn f() {}\n";
        let lifted = format_rust("x.rs", source).unwrap();
        let plain = format_whole("x.rs", source).unwrap();
        assert_eq!(lifted, plain);
        assert!(lifted.contains("    /// Field.\n"), "{lifted}");
    }

    #[test]
    fn splits_only_between_top_level_items() {
        let source = "//! Docs.\n/// A `}` in a doc.\npub struct A {\n    x: char,\n}\n\
                      impl A {\n    fn f<'de>(&self) -> char {\n        let _ = \"}}\";\n        '}'\n    }\n}\n\
                      pub type B = A;\nfn g() { h('{') }\n";
        let pieces = split_items(source, 1);
        assert_eq!(pieces.concat(), source);
        assert_eq!(pieces.len(), 4, "{pieces:#?}");
        for piece in &pieces {
            assert!(syn::parse_file(piece).is_ok(), "{piece}");
        }
    }

    #[test]
    fn chunked_formatting_matches_whole_file_formatting() {
        let mut source = String::from("//! Many items.\n");
        for i in 0..3000 {
            source.push_str(&format!(
                "/// Item {i}.\n#[derive(Debug)]\npub struct S{i} {{ pub a: Option<Vec<String>>, #[serde(rename = \"b{{\")] pub b: i64 }}\nimpl S{i} {{ pub fn f(&self) -> &str {{ match self.b {{ 0 => \"}}\", _ => \"x\" }} }} }}\n"
            ));
        }
        assert!(split_items(&source, CHUNK_BYTES).len() > 2);
        assert_eq!(
            format_rust("big.rs", &source).unwrap(),
            format_whole("big.rs", &source).unwrap()
        );
    }
}
