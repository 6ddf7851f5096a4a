//! Response status keys: an exact code, an `NXX` range or `default`.

use std::fmt;

/// The key of an entry under `responses`, typed.
///
/// Ordered by specificity: every exact code before every range before `default`, which is
/// the order [`crate::Operation::documented`] consults them in.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusKey {
    /// `200`, `404`: one code (100 to 599).
    Exact(u16),
    /// `2XX`: the class digit, 1 to 5.
    Range(u8),
    /// `default`: every status no other key documents.
    Default,
    /// A key that is none of these (`20X`, `ok`), kept as written; it documents no status.
    Invalid(String),
}

impl StatusKey {
    /// Reads a key as written in a contract (`2XX` and `2xx` alike).
    pub fn parse(text: &str) -> StatusKey {
        let text = text.trim();
        if text == "default" {
            return StatusKey::Default;
        }
        if let Ok(code) = text.parse::<u16>()
            && (100..=599).contains(&code)
            && text.len() == 3
        {
            return StatusKey::Exact(code);
        }
        let bytes = text.as_bytes();
        if bytes.len() == 3
            && (b'1'..=b'5').contains(&bytes[0])
            && bytes[1].eq_ignore_ascii_case(&b'X')
            && bytes[2].eq_ignore_ascii_case(&b'X')
        {
            return StatusKey::Range(bytes[0] - b'0');
        }
        StatusKey::Invalid(text.to_string())
    }

    /// Whether this key alone documents `status` (a `default` covers every status).
    pub fn covers(&self, status: u16) -> bool {
        match self {
            StatusKey::Exact(code) => *code == status,
            StatusKey::Range(class) => status / 100 == u16::from(*class),
            StatusKey::Default => true,
            StatusKey::Invalid(_) => false,
        }
    }

    /// The status class digit (`2` for `201` and `2XX`); `None` for `default`.
    pub fn class(&self) -> Option<u8> {
        match self {
            StatusKey::Exact(code) => u8::try_from(code / 100).ok(),
            StatusKey::Range(class) => Some(*class),
            _ => None,
        }
    }

    /// The exact code, when the key is one.
    pub fn code(&self) -> Option<u16> {
        match self {
            StatusKey::Exact(code) => Some(*code),
            _ => None,
        }
    }

    /// A status this key documents, for generating or describing one: the code itself, the
    /// class's first code for a range (`2XX` → 200); `None` for `default`.
    pub fn representative(&self) -> Option<u16> {
        match self {
            StatusKey::Exact(code) => Some(*code),
            StatusKey::Range(class) => Some(u16::from(*class) * 100),
            _ => None,
        }
    }

    /// `2XX` or any `2xx` code.
    pub fn is_success(&self) -> bool {
        self.class() == Some(2)
    }

    /// `4XX`, `5XX` or any such code.
    pub fn is_error(&self) -> bool {
        matches!(self.class(), Some(4 | 5))
    }

    /// `default`.
    pub fn is_default(&self) -> bool {
        matches!(self, StatusKey::Default)
    }
}

impl fmt::Display for StatusKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatusKey::Exact(code) => write!(f, "{code}"),
            StatusKey::Range(class) => write!(f, "{class}XX"),
            StatusKey::Default => f.write_str("default"),
            StatusKey::Invalid(text) => f.write_str(text),
        }
    }
}

impl From<&str> for StatusKey {
    fn from(text: &str) -> StatusKey {
        StatusKey::parse(text)
    }
}

impl From<&String> for StatusKey {
    fn from(text: &String) -> StatusKey {
        StatusKey::parse(text)
    }
}

impl From<u16> for StatusKey {
    /// An exact code (out-of-range codes are [`StatusKey::Invalid`]).
    fn from(code: u16) -> StatusKey {
        StatusKey::parse(&code.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_spelling() {
        assert_eq!(StatusKey::parse("200"), StatusKey::Exact(200));
        assert_eq!(StatusKey::parse("2XX"), StatusKey::Range(2));
        assert_eq!(StatusKey::parse("5xx"), StatusKey::Range(5));
        assert_eq!(StatusKey::parse("default"), StatusKey::Default);
        assert_eq!(
            StatusKey::parse("Default"),
            StatusKey::Invalid("Default".into())
        );
        assert_eq!(StatusKey::parse("20X"), StatusKey::Invalid("20X".into()));
        assert_eq!(StatusKey::parse("600"), StatusKey::Invalid("600".into()));
        assert_eq!(StatusKey::parse("0200"), StatusKey::Invalid("0200".into()));
        assert_eq!(StatusKey::parse("2XX").to_string(), "2XX");
    }

    #[test]
    fn covers_and_orders_by_specificity() {
        assert!(StatusKey::Range(5).covers(503));
        assert!(!StatusKey::Range(5).covers(404));
        assert!(StatusKey::Default.covers(418));
        assert!(StatusKey::Exact(201).is_success());
        assert!(StatusKey::Range(4).is_error());
        assert!(StatusKey::Exact(404) < StatusKey::Range(4));
        assert!(StatusKey::Range(4) < StatusKey::Default);
    }
}
