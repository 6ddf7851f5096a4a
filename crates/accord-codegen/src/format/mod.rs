//! Formatting: generated Rust goes through `syn` (which also proves it parses)
//! and `prettyplease`, so output is stable whatever the templates' whitespace.
//!
//! A Stripe client's `types.rs` is over 7 MB, most of it a few shapes of code
//! repeated with other names (setters, optional fields, `Display` impls): it is
//! formatted a shape at a time ([`shapes`]), which gives byte for byte what
//! formatting the whole file gives; text the shape scanner does not read is
//! formatted whole.

mod shapes;

/// Formats Rust source; the error says what does not parse (set
/// `ACCORD_DUMP_UNFORMATTED` to a folder to keep the text for inspection).
///
/// Doc comments are lifted out first and put back after printing (see [`DocComments`]):
/// vendor descriptions are most of a large client's text, and parsing them as string
/// literals only to print them back unchanged was a fifth of the formatting time.
pub fn format_rust(file_name: &str, source: &str) -> Result<String, String> {
    let docs = DocComments::lift(source);
    let formatted = match shapes::format_by_shape(&docs.source) {
        Some(printed) => space_items(&printed),
        None => format_whole(file_name, &docs.source)?,
    };
    Ok(docs.restore(&formatted))
}

/// Parses and prints one piece of Rust (`None` when it does not parse).
fn pretty(source: &str) -> Option<String> {
    syn::parse_file(source)
        .ok()
        .map(|file| prettyplease::unparse(&file))
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

    /// On real generated code (every Rust file of the goldens, written by every template
    /// over bundled and vendor contracts), formatting by shape gives what formatting the
    /// whole file gives: the goldens alone cannot show it, since they are regenerated by
    /// the path under test.
    #[test]
    fn formatting_by_shape_agrees_with_formatting_whole_on_the_goldens() {
        let goldens = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/goldens");
        let mut files = Vec::new();
        let mut dirs = vec![goldens];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir)
                .expect("goldens are readable")
                .flatten()
            {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    files.push(path);
                }
            }
        }
        let mut by_shape = 0;
        for path in &files {
            let source = std::fs::read_to_string(path).expect("a golden is text");
            let docs = DocComments::lift(&source);
            let Some(printed) = shapes::format_by_shape(&docs.source) else {
                continue;
            };
            by_shape += 1;
            let whole = format_whole("golden.rs", &docs.source).expect("a golden parses");
            assert!(
                space_items(&printed) == whole,
                "{}: formatting by shape differs from formatting whole",
                path.display()
            );
        }
        assert!(
            by_shape >= files.len() / 2,
            "{by_shape} of {} files read by shape",
            files.len()
        );
    }
}
