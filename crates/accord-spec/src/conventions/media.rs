//! Media types and media ranges (RFC 9110 §8.3.1, §12.5.1).

use std::fmt;

/// A media type or range as a contract or a message writes it (`application/json`,
/// `application/problem+json; charset=utf-8`, `text/*`, `*/*`), with its essence parsed.
///
/// Comparison ignores case and parameters: two spellings of one type are equal.
#[derive(Clone, Debug)]
pub struct MediaRange {
    /// As written.
    text: String,
    /// `type/subtype`, lower case, without parameters.
    essence: String,
    /// Where `/` sits in `essence` (`essence.len()` when there is none).
    slash: usize,
}

impl MediaRange {
    pub fn parse(text: &str) -> MediaRange {
        let essence = text
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let slash = essence.find('/').unwrap_or(essence.len());
        MediaRange {
            text: text.to_string(),
            essence,
            slash,
        }
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// `type/subtype` in lower case, without parameters.
    pub fn essence(&self) -> &str {
        &self.essence
    }

    /// The top-level type (`application`), lower case.
    pub fn top(&self) -> &str {
        &self.essence[..self.slash]
    }

    /// The subtype (`problem+json`), lower case; empty when there is none.
    pub fn subtype(&self) -> &str {
        self.essence.get(self.slash + 1..).unwrap_or_default()
    }

    /// The structured-syntax suffix (`json` for `problem+json`).
    pub fn suffix(&self) -> Option<&str> {
        self.subtype().rsplit_once('+').map(|(_, s)| s)
    }

    /// Whether this is a range (`*/*`, `text/*`) rather than one type.
    pub fn is_range(&self) -> bool {
        self.top() == "*" || self.subtype() == "*"
    }

    /// Whether content of this type is JSON: `*/json`, any `+json` suffix, with or without
    /// parameters, or a range that admits `application/json` (`*/*`, `application/*`).
    pub fn is_json(&self) -> bool {
        self.subtype() == "json"
            || self.suffix() == Some("json")
            || (self.is_range() && self.covers(&APPLICATION_JSON))
    }

    /// Whether this is `application/problem+json` (RFC 9457).
    pub fn is_problem_json(&self) -> bool {
        self.essence == "application/problem+json"
    }

    /// Whether this is form data (`application/x-www-form-urlencoded`).
    pub fn is_form_urlencoded(&self) -> bool {
        self.essence == "application/x-www-form-urlencoded"
    }

    /// Whether this is `multipart/*`.
    pub fn is_multipart(&self) -> bool {
        self.top() == "multipart"
    }

    /// Whether this is plain text of some kind (`text/*`).
    pub fn is_text(&self) -> bool {
        self.top() == "text"
    }

    /// Whether this range covers `other` (a concrete type or a narrower range): `*/*` covers
    /// everything, `text/*` every text type, a type itself. Parameters are not compared.
    pub fn covers(&self, other: &MediaRange) -> bool {
        let top = self.top();
        let sub = self.subtype();
        (top == "*" || top == other.top()) && (sub == "*" || sub == other.subtype())
    }

    /// Whether some range of an `Accept` header value (`a/b;q=0.5, c/*`) admits this type.
    /// An empty header admits everything.
    pub fn accepted_by(&self, accept: &str) -> bool {
        accept.trim().is_empty()
            || accept
                .split(',')
                .map(MediaRange::parse)
                .any(|range| range.covers(self) || self.covers(&range))
    }
}

static APPLICATION_JSON: std::sync::LazyLock<MediaRange> =
    std::sync::LazyLock::new(|| MediaRange::parse("application/json"));

impl PartialEq for MediaRange {
    fn eq(&self, other: &MediaRange) -> bool {
        self.essence == other.essence
    }
}

impl Eq for MediaRange {}

impl std::hash::Hash for MediaRange {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.essence.hash(state);
    }
}

impl PartialEq<str> for MediaRange {
    fn eq(&self, other: &str) -> bool {
        self.essence == MediaRange::parse(other).essence
    }
}

impl PartialEq<&str> for MediaRange {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl fmt::Display for MediaRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<&str> for MediaRange {
    fn from(text: &str) -> MediaRange {
        MediaRange::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str) -> MediaRange {
        MediaRange::parse(text)
    }

    #[test]
    fn json_in_every_spelling() {
        for json in [
            "application/json",
            "Application/JSON",
            "application/json; charset=utf-8",
            "application/problem+json",
            "application/vnd.api+json;version=2",
            "text/json",
            "*/*",
            "application/*",
        ] {
            assert!(m(json).is_json(), "{json}");
        }
        for other in [
            "text/plain",
            "application/xml",
            "multipart/form-data",
            "text/*",
        ] {
            assert!(!m(other).is_json(), "{other}");
        }
    }

    #[test]
    fn ranges_cover_types() {
        assert!(m("*/*").covers(&m("application/json")));
        assert!(m("application/*").covers(&m("application/json; charset=utf-8")));
        assert!(m("application/json").covers(&m("Application/Json")));
        assert!(!m("application/json").covers(&m("application/xml")));
        assert!(!m("text/*").covers(&m("application/json")));
        assert!(m("application/json").accepted_by("text/html, application/*;q=0.8"));
        assert!(!m("application/json").accepted_by("text/html"));
        assert!(m("application/json").accepted_by(""));
        assert_eq!(m("application/JSON; charset=utf-8"), m("application/json"));
        assert_eq!(m("application/problem+json").suffix(), Some("json"));
    }
}
