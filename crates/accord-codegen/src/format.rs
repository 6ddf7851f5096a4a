//! Formatting: generated Rust goes through `syn` (which also proves it parses)
//! and `prettyplease`, so output is stable whatever the templates' whitespace.

/// Formats Rust source; the error says what does not parse (set
/// `ACCORD_DUMP_UNFORMATTED` to a folder to keep the text for inspection).
pub fn format_rust(file_name: &str, source: &str) -> Result<String, String> {
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
    #[test]
    fn formats_and_spaces_items() {
        let out = super::format_rust("x.rs", "struct A; impl A { fn f() {} fn g() {} }").unwrap();
        assert_eq!(
            out,
            "struct A;\n\nimpl A {\n    fn f() {}\n\n    fn g() {}\n}\n"
        );
        assert!(super::format_rust("x.rs", "fn (").is_err());
    }
}
