//! Naming: turning contract names (schema names, property names, enum values,
//! operation ids, parameter names) into Rust identifiers, deterministically.
//!
//! Every identifier goes through [`type_ident`], [`field_ident`] or
//! [`variant_ident`], which convert case with `heck`, drop what is not ASCII
//! alphanumeric, avoid keywords and leading digits, and never return an empty
//! string. [`Namespace`] resolves collisions by numbering in first-come order,
//! so the same contract always yields the same names.

use std::collections::HashSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Rust keywords (all editions, reserved ones included).
const KEYWORDS: &[&str] = &[
    "as",
    "async",
    "await",
    "break",
    "const",
    "continue",
    "crate",
    "dyn",
    "else",
    "enum",
    "extern",
    "false",
    "fn",
    "for",
    "gen",
    "if",
    "impl",
    "in",
    "let",
    "loop",
    "match",
    "mod",
    "move",
    "mut",
    "pub",
    "ref",
    "return",
    "self",
    "Self",
    "static",
    "struct",
    "super",
    "trait",
    "true",
    "type",
    "unsafe",
    "use",
    "where",
    "while",
    "abstract",
    "become",
    "box",
    "do",
    "final",
    "macro",
    "override",
    "priv",
    "try",
    "typeof",
    "unsized",
    "virtual",
    "yield",
    "union",
    "macro_rules",
    "raw",
    "safe",
];

/// Type names generated code relies on that a schema must not shadow.
pub const RESERVED_TYPES: &[&str] = &[
    "Self",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "Vec",
    "String",
    "Box",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Iterator",
    "IntoIterator",
    "ToString",
    "ToOwned",
    "From",
    "Into",
    "TryFrom",
    "TryInto",
    "Eq",
    "PartialEq",
    "Ord",
    "PartialOrd",
    "Debug",
    "Hash",
    "Serialize",
    "Deserialize",
    "Value",
    "Map",
    "BTreeMap",
    "HashMap",
    "Client",
    "ApiError",
    "ApiResponse",
    "CallOptions",
    "Paginator",
    "Unpin",
    "AsRef",
    "AsMut",
    "Extend",
    "Display",
    "Formatter",
];

fn ascii_only(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// An UpperCamelCase type name (never empty, never a keyword or reserved type).
pub fn type_ident(raw: &str) -> String {
    let mut out = ascii_only(raw).to_upper_camel_case();
    if out.is_empty() {
        out = "Type".into();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'T');
    }
    if KEYWORDS.contains(&out.as_str()) || RESERVED_TYPES.contains(&out.as_str()) {
        out.push_str("Model");
    }
    out
}

/// An UpperCamelCase enum variant name (never empty).
pub fn variant_ident(raw: &str) -> String {
    let mut out = ascii_only(raw).to_upper_camel_case();
    if out.is_empty() {
        out = match raw {
            "" => "Empty".into(),
            "+" => "Plus".into(),
            "-" => "Minus".into(),
            "*" => "Star".into(),
            _ => "Value".into(),
        };
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    if KEYWORDS.contains(&out.as_str()) {
        out.push_str("Value");
    }
    out
}

/// A snake_case field, parameter or method name (never empty, never a keyword).
pub fn field_ident(raw: &str) -> String {
    // Keep a leading minus / plus meaningful (`-created` vs `created`).
    let prefix = match raw.chars().next() {
        Some('-') => "minus ",
        Some('+') => "plus ",
        Some('@') => "at ",
        Some('$') => "dollar ",
        _ => "",
    };
    let mut out = format!("{prefix}{}", ascii_only(raw)).to_snake_case();
    if out.is_empty() {
        out = "field".into();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'n');
    }
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// A set of names with deterministic collision handling: the first claimant
/// gets the name, later ones get `Name2`, `Name3`... (`name_2` for snake case).
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    used: HashSet<String>,
}

impl Namespace {
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Self {
            used: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    pub fn reserve(&mut self, name: &str) {
        self.used.insert(name.to_string());
    }

    pub fn contains(&self, name: &str) -> bool {
        self.used.contains(name)
    }

    /// Claims `base`, or the first free numbered variant of it.
    pub fn claim(&mut self, base: &str) -> String {
        if self.used.insert(base.to_string()) {
            return base.to_string();
        }
        let snake = base.chars().next().is_some_and(|c| c.is_ascii_lowercase());
        for i in 2.. {
            let candidate = if snake {
                format!("{base}_{i}")
            } else {
                format!("{base}{i}")
            };
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
        unreachable!("an unbounded range always yields a free name")
    }
}

/// Doc comment lines from free text: trimmed, without carriage returns or
/// control characters, with code fences marked `text` and indentation removed
/// so that rustdoc never compiles a vendor's example as a doctest.
pub fn doc_lines(text: Option<&str>) -> Vec<String> {
    let Some(text) = text else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in text.lines() {
        let clean: String = line
            .chars()
            .filter(|c| !c.is_control() || *c == '\t')
            .map(|c| if c == '\t' { ' ' } else { c })
            .collect();
        let trimmed = clean.trim();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            if in_fence {
                out.push("```".to_string());
            } else {
                out.push("```text".to_string());
            }
            in_fence = !in_fence;
            continue;
        }
        out.push(trimmed.to_string());
    }
    if in_fence {
        out.push("```".to_string());
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    while out.first().is_some_and(|l| l.is_empty()) {
        out.remove(0);
    }
    // Collapse long blank runs.
    out.dedup_by(|a, b| a.is_empty() && b.is_empty());
    out
}

/// A crate name (kebab-case) from free text.
pub fn crate_name(raw: &str) -> String {
    let snake = field_ident(raw).trim_end_matches('_').replace('_', "-");
    if snake.is_empty() || snake.starts_with(|c: char| c.is_ascii_digit()) {
        format!("api-{snake}")
    } else {
        snake
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        assert_eq!(type_ident("contact-list"), "ContactList");
        assert_eq!(type_ident("String"), "StringModel");
        assert_eq!(type_ident("3ds"), "T3ds");
        assert_eq!(type_ident("!!"), "Type");
        assert_eq!(field_ident("type"), "type_");
        assert_eq!(field_ident("page[after]"), "page_after");
        assert_eq!(field_ident("-created"), "minus_created");
        assert_eq!(field_ident("$ref"), "dollar_ref");
        assert_eq!(field_ident("1st"), "n1st");
        assert_eq!(variant_ident(""), "Empty");
        assert_eq!(variant_ident("in_progress"), "InProgress");
        assert_eq!(variant_ident("2fa"), "V2fa");
        assert_eq!(variant_ident("Self"), "SelfValue");
        assert_eq!(crate_name("Relay CRM API"), "relay-crm-api");
    }

    #[test]
    fn collisions_are_numbered() {
        let mut ns = Namespace::default();
        assert_eq!(ns.claim("Foo"), "Foo");
        assert_eq!(ns.claim("Foo"), "Foo2");
        assert_eq!(ns.claim("bar"), "bar");
        assert_eq!(ns.claim("bar"), "bar_2");
    }

    #[test]
    fn docs_never_become_doctests() {
        let d = doc_lines(Some("Hi\r\n\n    indented\n```json\n{}\n```\n"));
        assert_eq!(d, vec!["Hi", "", "indented", "```text", "{}", "```"]);
    }
}
