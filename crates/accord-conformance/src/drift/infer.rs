//! What a response value says about its schema without repeating the value: its JSON type,
//! the format of a string, and whether a string or a property name could be personal data
//! rather than the API's own vocabulary.

use serde_json::Value;

/// The JSON Schema type of `value` (`integer` for whole numbers).
pub(super) fn type_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The JSON Schema `format` a string value has, when it has a common one.
pub(super) fn format_of(value: &Value) -> Option<&'static str> {
    let s = value.as_str()?;
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    let is_date = b.len() >= 10
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10);
    if is_date && b.len() == 10 {
        return Some("date");
    }
    if is_date
        && matches!(b.get(10), Some(b'T' | b't'))
        && digits(11..13)
        && b.get(13) == Some(&b':')
    {
        return Some("date-time");
    }
    if is_uuid(s) {
        return Some("uuid");
    }
    if s.contains('@') && !s.contains(' ') && s.rsplit('@').next().is_some_and(|d| d.contains('.'))
    {
        return Some("email");
    }
    if s.starts_with("https://") || s.starts_with("http://") {
        return Some("uri");
    }
    None
}

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Whether `s` looks like a word of the API's vocabulary (an enum value, a property name)
/// rather than data about someone: short, no spaces or `@`, not a number, date, UUID or
/// long hexadecimal/base64 run (tokens, identifiers).
pub(super) fn is_vocabulary(s: &str) -> bool {
    let len_ok = (1..=48).contains(&s.len());
    let charset = s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | ':' | '/'));
    let has_letter = s.chars().any(|c| c.is_ascii_alphabetic());
    let digits = s.chars().filter(char::is_ascii_digit).count();
    let mostly_digits = digits * 2 > s.len();
    let hex_run = s.len() >= 16 && s.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    // Keys and tokens: a long segment mixing letters and digits.
    let token_like = s
        .split(['_', '-', '.', ':', '/'])
        .any(|seg| seg.len() >= 12 && seg.chars().any(|c| c.is_ascii_digit()));
    len_ok
        && charset
        && has_letter
        && !mostly_digits
        && !hex_run
        && !token_like
        && format_of(&Value::String(s.to_string())).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn types_and_formats() {
        assert_eq!(type_of(&json!(3)), "integer");
        assert_eq!(type_of(&json!(3.5)), "number");
        assert_eq!(format_of(&json!("2026-01-02")), Some("date"));
        assert_eq!(format_of(&json!("2026-01-02T03:04:05Z")), Some("date-time"));
        assert_eq!(format_of(&json!("ann@example.com")), Some("email"));
        assert_eq!(
            format_of(&json!("123e4567-e89b-12d3-a456-426614174000")),
            Some("uuid")
        );
        assert_eq!(format_of(&json!("plain")), None);
    }

    #[test]
    fn vocabulary_is_not_personal_data() {
        for word in ["pending_review", "ACTIVE", "in-transit", "v2.beta"] {
            assert!(is_vocabulary(word), "{word}");
        }
        for data in [
            "ann@example.com",
            "Ann Smith",
            "+44 20 7946 0958",
            "4111111111111111",
            "sk_live_51H8a9c2eZvKYlo2C0abcdef",
            "deadbeefdeadbeefdeadbeef",
            "2026-01-02",
            "",
        ] {
            assert!(!is_vocabulary(data), "{data}");
        }
    }
}
