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

/// Rust keywords (all editions, reserved ones included), sorted.
const KEYWORDS: &[&str] = &[
    "Self",
    "abstract",
    "as",
    "async",
    "await",
    "become",
    "box",
    "break",
    "const",
    "continue",
    "crate",
    "do",
    "dyn",
    "else",
    "enum",
    "extern",
    "false",
    "final",
    "fn",
    "for",
    "gen",
    "if",
    "impl",
    "in",
    "let",
    "loop",
    "macro",
    "macro_rules",
    "match",
    "mod",
    "move",
    "mut",
    "override",
    "priv",
    "pub",
    "raw",
    "ref",
    "return",
    "safe",
    "self",
    "static",
    "struct",
    "super",
    "trait",
    "true",
    "try",
    "type",
    "typeof",
    "union",
    "unsafe",
    "unsized",
    "use",
    "virtual",
    "where",
    "while",
    "yield",
];

/// Whether `word` is a Rust keyword (a name that needs `r#` or another spelling).
pub(crate) fn is_keyword(word: &str) -> bool {
    // Every keyword is 2 to 11 lowercase letters and `_`, or `Self`: most names are
    // told apart without a search (the formatter asks for every name of a client).
    let maybe = (2..=11).contains(&word.len())
        && (word.as_bytes()[0].is_ascii_lowercase() || word == "Self");
    maybe && KEYWORDS.binary_search(&word).is_ok()
}

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

/// Words whose inner capitals are not word boundaries: `OAuth2` is `oauth2`, not `o_auth2`.
const ONE_WORD: &[(&str, &str)] = &[
    ("OAuth", "Oauth"),
    ("iOS", "Ios"),
    ("macOS", "Macos"),
    ("eBay", "Ebay"),
    ("GraphQL", "Graphql"),
];

fn ascii_only(s: &str) -> String {
    let mut text: String = s
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    for (word, plain) in ONE_WORD {
        if text.contains(word) {
            text = text.replace(word, plain);
        }
    }
    plural_acronyms(&text)
}

/// An acronym with a plural `s` is one word: `IDs` is `Ids` (so `ids`, not `i_ds`),
/// `ContactIDs` is `ContactIds`, `URLsAllowed` is `UrlsAllowed`.
fn plural_acronyms(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let run_end = chars[i..]
            .iter()
            .position(|c| !c.is_ascii_uppercase())
            .map_or(chars.len(), |n| i + n);
        let run = run_end - i;
        let plural = run >= 2
            && chars.get(run_end) == Some(&'s')
            && !chars.get(run_end + 1).is_some_and(char::is_ascii_lowercase);
        if plural {
            out.push(chars[i]);
            out.extend(chars[i + 1..run_end].iter().map(char::to_ascii_lowercase));
            out.push('s');
            i = run_end + 1;
        } else if run > 0 {
            out.extend(&chars[i..run_end]);
            i = run_end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
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
    if is_keyword(&out) || RESERVED_TYPES.contains(&out.as_str()) {
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
    if is_keyword(&out) {
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
    if is_keyword(&out) {
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

/// HTML tags rustdoc renders as such in vendor descriptions; any other `<word>` is text.
const HTML_TAGS: &[&str] = &[
    "a",
    "b",
    "i",
    "u",
    "s",
    "em",
    "strong",
    "br",
    "p",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "sup",
    "sub",
    "table",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "div",
    "span",
    "blockquote",
    "hr",
    "img",
    "dl",
    "dt",
    "dd",
    "small",
    "kbd",
    "del",
    "details",
    "summary",
];

/// One line of vendor markdown made safe for rustdoc, its whole text kept: bare URLs
/// become autolinks (`<https://…>`), brackets that are not a markdown link are escaped
/// (rustdoc would read `[id]` as an intra-doc link), and `<word>` that is not an HTML tag
/// is escaped (rustdoc would read `<id>` as an unclosed tag). Code spans are untouched.
pub fn rustdoc_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    for (i, segment) in line.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        // Odd segments are inside a code span (an unclosed one runs to the end).
        if i % 2 == 1 {
            out.push_str(segment);
        } else {
            escape_text(segment, &mut out);
        }
    }
    out
}

fn escape_text(text: &str, out: &mut String) {
    let chars: Vec<char> = text.chars().collect();
    let starts_with = |at: usize, word: &str| {
        word.chars().enumerate().all(|(k, w)| {
            chars
                .get(at + k)
                .is_some_and(|c| c.eq_ignore_ascii_case(&w))
        })
    };
    // Brackets that open a markdown link (`[text](url)`, `[text][ref]`, `[ref]: url`).
    let mut link_brackets = HashSet::new();
    let mut open: Vec<usize> = Vec::new();
    for (at, c) in chars.iter().enumerate() {
        match c {
            '[' => open.push(at),
            ']' => {
                if let Some(start) = open.pop()
                    && matches!(chars.get(at + 1), Some('(' | '[' | ':'))
                {
                    link_brackets.insert(start);
                    link_brackets.insert(at);
                }
            }
            _ => {}
        }
    }
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        let prev = at.checked_sub(1).map(|p| chars[p]);
        if (starts_with(at, "https://") || starts_with(at, "http://"))
            && !matches!(prev, Some('<' | '(' | '"' | '\'' | '='))
        {
            let mut end = at;
            while end < chars.len()
                && !chars[end].is_whitespace()
                && !matches!(chars[end], '<' | '>')
            {
                end += 1;
            }
            while end > at
                && matches!(
                    chars[end - 1],
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']'
                )
            {
                end -= 1;
            }
            out.push('<');
            out.extend(&chars[at..end]);
            out.push('>');
            at = end;
            continue;
        }
        match c {
            '[' | ']' if !link_brackets.contains(&at) => {
                out.push('\\');
                out.push(c);
            }
            '<' => {
                let name: String = chars[at + 1..]
                    .iter()
                    .skip_while(|c| **c == '/')
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
                    .to_ascii_lowercase();
                let tag = HTML_TAGS.contains(&name.as_str())
                    || name.starts_with("http")
                    || name.is_empty();
                if !tag {
                    out.push('\\');
                }
                out.push('<');
            }
            _ => out.push(c),
        }
        at += 1;
    }
}

/// Doc comment lines from free text, the whole text kept: trimmed, without carriage
/// returns or control characters, with code fences marked `text` and indentation removed
/// so that rustdoc never compiles a vendor's example as a doctest, and markdown outside
/// code escaped for rustdoc ([`rustdoc_line`]).
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
        out.push(if in_fence {
            trimmed.to_string()
        } else {
            rustdoc_line(trimmed)
        });
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
    fn keywords_are_sorted_for_binary_search() {
        assert!(KEYWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(KEYWORDS.iter().all(|k| is_keyword(k)));
        assert!(!is_keyword("value") && !is_keyword("Type") && !is_keyword("_"));
    }

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
    fn doc_markdown_is_escaped_for_rustdoc_with_links_kept() {
        assert_eq!(
            rustdoc_line("See https://example.com/a_b. Or [the docs](https://x.io)."),
            "See <https://example.com/a_b>. Or [the docs](https://x.io)."
        );
        assert_eq!(
            rustdoc_line("Use [id] or `[id]` with <id> and <b>bold</b> <https://x.io>"),
            "Use \\[id\\] or `[id]` with \\<id> and <b>bold</b> <https://x.io>"
        );
        assert_eq!(
            rustdoc_line("a < b and [ref]: https://x.io"),
            "a < b and [ref]: <https://x.io>"
        );
    }

    #[test]
    fn acronyms_and_digits_are_idiomatic() {
        assert_eq!(field_ident("IDs"), "ids");
        assert_eq!(field_ident("ContactIDs"), "contact_ids");
        assert_eq!(field_ident("InvoiceNumbers"), "invoice_numbers");
        assert_eq!(field_ident("OAuth2"), "oauth2");
        assert_eq!(
            field_ident("OAuth2ClientCredentials"),
            "oauth2_client_credentials"
        );
        assert_eq!(field_ident("HTTPServer"), "http_server");
        assert_eq!(field_ident("URLsAllowed"), "urls_allowed");
        assert_eq!(field_ident("base64Encoded"), "base64_encoded");
        assert_eq!(field_ident("ID"), "id");
        assert_eq!(field_ident("APIs"), "apis");
        assert_eq!(field_ident("IsDST"), "is_dst");
        assert_eq!(type_ident("OAuth2"), "Oauth2");
        assert_eq!(type_ident("IDs"), "Ids");
        assert_eq!(type_ident("HTTPServer"), "HttpServer");
        assert_eq!(variant_ident("OAuth2"), "Oauth2");
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
