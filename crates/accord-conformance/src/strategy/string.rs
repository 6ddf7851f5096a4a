//! String strategies: formats (every [`StringFormat`], random where values vary usefully),
//! ECMA-262 patterns through proptest's `string_regex` where the pattern translates, and
//! lengths.

use accord_schema::format_example;
use accord_spec::{Schema, StringFormat};
use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, Just, Union};

/// Longest string generated when the schema sets no `maxLength`.
const DEFAULT_MAX_LEN: u64 = 40;

/// A strategy for strings valid against `schema`'s string keywords.
pub fn strategy(schema: &Schema) -> BoxedStrategy<String> {
    if let Some(pattern) = &schema.pattern {
        if let Some(s) = pattern_strategy(pattern) {
            return s;
        }
        // A pattern we cannot generate from: the contract's own example, else its default.
        if let Some(ex) = schema
            .examples
            .iter()
            .chain(&schema.default)
            .find_map(|v| v.as_str().map(str::to_string))
        {
            return Just(ex).boxed();
        }
    }
    if let Some(format) = schema.format.as_deref() {
        if let Some(s) = format_strategy(format) {
            return s;
        }
    }
    let min = schema.min_length.unwrap_or(0);
    let max = schema
        .max_length
        .unwrap_or(DEFAULT_MAX_LEN.max(min))
        .max(min);
    let max = max.min(min + 4096);
    let chars = Union::new_weighted(vec![
        (10, proptest::char::range('a', 'z').boxed()),
        (3, proptest::char::range('A', 'Z').boxed()),
        (3, proptest::char::range('0', '9').boxed()),
        (
            2,
            proptest::sample::select(vec![' ', '-', '_', '.', '\'', 'é', 'ß', 'ø', '中', '✓'])
                .boxed(),
        ),
    ]);
    proptest::collection::vec(chars, min as usize..=max as usize)
        .prop_map(|c| c.into_iter().collect::<String>())
        .boxed()
}

/// A strategy for a format with a known shape, `None` for any other format. Formats whose
/// values vary usefully are drawn at random; the others are the generator's fixed value.
pub fn format_strategy(format: &str) -> Option<BoxedStrategy<String>> {
    let lower = || {
        proptest::collection::vec(proptest::char::range('a', 'z'), 1..10)
            .prop_map(|c| c.into_iter().collect::<String>())
    };
    let format = StringFormat::parse(format)?;
    Some(match format {
        StringFormat::DateTime => (
            1970u32..2100,
            1u32..=12,
            1u32..=28,
            0u32..24,
            0u32..60,
            0u32..60,
        )
            .prop_map(|(y, mo, d, h, mi, s)| {
                format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
            })
            .boxed(),
        StringFormat::Date => (1970u32..2100, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
            .boxed(),
        StringFormat::Time => (0u32..24, 0u32..60, 0u32..60)
            .prop_map(|(h, m, s)| format!("{h:02}:{m:02}:{s:02}Z"))
            .boxed(),
        StringFormat::Uuid => any::<u128>()
            .prop_map(|n| {
                let h = format!("{n:032x}");
                format!(
                    "{}-{}-4{}-a{}-{}",
                    &h[0..8],
                    &h[8..12],
                    &h[13..16],
                    &h[17..20],
                    &h[20..32]
                )
            })
            .boxed(),
        StringFormat::Email => (lower(), lower())
            .prop_map(|(a, b)| format!("{a}@{b}.example.com"))
            .boxed(),
        StringFormat::Uri => lower()
            .prop_map(|p| format!("https://example.com/{p}"))
            .boxed(),
        StringFormat::UriReference => lower().prop_map(|p| format!("/{p}")).boxed(),
        StringFormat::Hostname => lower().prop_map(|p| format!("{p}.example.com")).boxed(),
        StringFormat::Ipv4 => any::<[u8; 4]>()
            .prop_map(|b| format!("{}.{}.{}.{}", b[0], b[1], b[2], b[3]))
            .boxed(),
        StringFormat::Ipv6 => any::<[u16; 8]>()
            .prop_map(|b| {
                b.iter()
                    .map(|x| format!("{x:x}"))
                    .collect::<Vec<_>>()
                    .join(":")
            })
            .boxed(),
        StringFormat::Byte => proptest::collection::vec(any::<u8>(), 0..24)
            .prop_map(|b| base64(&b))
            .boxed(),
        StringFormat::Duration
        | StringFormat::UriTemplate
        | StringFormat::JsonPointer
        | StringFormat::RelativeJsonPointer
        | StringFormat::Regex
        | StringFormat::DecimalText
        | StringFormat::IntegerText
        | StringFormat::CountryCode
        | StringFormat::CurrencyCode
        | StringFormat::Phone => Just(format_example(format).to_string()).boxed(),
    })
}

/// A proptest regex strategy for an ECMA-262 pattern, when the pattern translates.
pub fn pattern_strategy(pattern: &str) -> Option<BoxedStrategy<String>> {
    let translated = translate_pattern(pattern)?;
    // regex-syntax must accept it, with no look-around or back-references.
    regex_syntax::Parser::new().parse(&translated).ok()?;
    proptest::string::string_regex(&translated)
        .ok()
        .map(|s| s.boxed())
}

/// ECMA-262 to regex-syntax: ASCII classes for `\d`, `\w`, `\s`; anchors only at the ends
/// (a generated string is the whole value); unanchored patterns match anywhere, so the
/// generated string is simply a match.
fn translate_pattern(pattern: &str) -> Option<String> {
    // Leading inline flags (`(?i)^(all|none)$`, PayPal's) are not ECMA-262 but are meant
    // as regex-syntax reads them: keep them in front of the translated rest.
    if let Some(rest) = pattern.strip_prefix("(?")
        && let Some((flags, rest)) = rest.split_once(')')
        && !flags.is_empty()
        && flags
            .chars()
            .all(|c| matches!(c, 'i' | 'm' | 's' | 'x' | 'u'))
    {
        return translate_pattern(rest).map(|t| format!("(?{flags}){t}"));
    }
    let mut p = pattern.to_string();
    if let Some(rest) = p.strip_prefix('^') {
        p = rest.to_string();
    }
    if p.ends_with('$') && !p.ends_with("\\$") {
        p.pop();
    }
    if p.contains("(?=")
        || p.contains("(?!")
        || p.contains("(?<")
        || p.contains('^') && !p.contains("[^")
    {
        return None;
    }
    let mut out = String::new();
    let mut chars = p.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let next = chars.next()?;
                let rep = match next {
                    'd' => Some(if in_class { "0-9" } else { "[0-9]" }),
                    'w' => Some(if in_class {
                        "A-Za-z0-9_"
                    } else {
                        "[A-Za-z0-9_]"
                    }),
                    's' => Some(if in_class { " " } else { "[ ]" }),
                    'b' | 'B' => return None,
                    c if c.is_ascii_digit() => return None,
                    _ => None,
                };
                match rep {
                    Some(r) => out.push_str(r),
                    None => {
                        out.push('\\');
                        out.push(next);
                    }
                }
            }
            '[' => {
                in_class = true;
                out.push(c);
            }
            ']' => {
                in_class = false;
                out.push(c);
            }
            '$' if !in_class => return None,
            _ => out.push(c),
        }
    }
    Some(out)
}

fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translates_patterns() {
        assert_eq!(
            translate_pattern(r"^cus_\d+$").as_deref(),
            Some("cus_[0-9]+")
        );
        assert_eq!(
            translate_pattern(r"^[\w-]{2}$").as_deref(),
            Some("[A-Za-z0-9_-]{2}")
        );
        assert_eq!(translate_pattern(r"(?=a)b"), None);
        assert_eq!(
            translate_pattern(r"(?i)^(all|none)$").as_deref(),
            Some("(?i)(all|none)")
        );
        assert!(pattern_strategy(r"^(\d)\1$").is_none());
        assert_eq!(base64(b"hello"), "aGVsbG8=");
    }
}
