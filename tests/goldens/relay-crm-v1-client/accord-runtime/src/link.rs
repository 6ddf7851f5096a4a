//! Parsing of RFC 8288 `Link` headers (`<https://…?page=2>; rel="next"`).

use reqwest::header::{HeaderMap, LINK};

/// One link of a `Link` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The target URI reference, as written.
    pub uri: String,
    /// The link parameters (`rel`, `title`...), names lower-cased.
    pub params: Vec<(String, String)>,
}

impl Link {
    /// Whether `rel` contains `relation` (case-insensitive).
    pub fn has_rel(&self, relation: &str) -> bool {
        self.params
            .iter()
            .filter(|(k, _)| k == "rel")
            .flat_map(|(_, v)| v.split_ascii_whitespace())
            .any(|r| r.eq_ignore_ascii_case(relation))
    }
}

/// Parses one `Link` header value; malformed parts are skipped.
pub fn parse_link_header(value: &str) -> Vec<Link> {
    let mut links = Vec::new();
    let mut rest = value;
    while let Some((open, close)) = rest
        .find('<')
        .and_then(|open| rest[open..].find('>').map(|close| (open, close)))
    {
        let uri = rest[open + 1..open + close].trim().to_owned();
        rest = &rest[open + close + 1..];
        // Parameters run until a comma outside quotes.
        let mut params = Vec::new();
        let mut in_quotes = false;
        let mut end = rest.len();
        for (i, c) in rest.char_indices() {
            match c {
                '"' => in_quotes = !in_quotes,
                ',' if !in_quotes => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        for param in split_params(&rest[..end]) {
            let (k, v) = match param.split_once('=') {
                Some((k, v)) => (k.trim(), v.trim().trim_matches('"')),
                None => (param.trim(), ""),
            };
            if !k.is_empty() {
                params.push((k.to_ascii_lowercase(), v.to_owned()));
            }
        }
        links.push(Link { uri, params });
        rest = rest.get(end + 1..).unwrap_or("");
    }
    links
}

fn split_params(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut in_quotes = false;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            ';' if !in_quotes => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

/// The target of the first `rel="next"` link in all `Link` headers.
pub fn next_link(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(LINK)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(parse_link_header)
        .find(|l| l.has_rel("next"))
        .map(|l| l.uri)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_github_style() {
        let v = r#"<https://api.example.com/items?page=2&x=a,b>; rel="next", <https://api.example.com/items?page=9>; rel="last"; title="a;b, c""#;
        let links = parse_link_header(v);
        assert_eq!(links.len(), 2);
        assert!(links[0].has_rel("next"));
        assert_eq!(links[0].uri, "https://api.example.com/items?page=2&x=a,b");
        assert!(links[1].has_rel("LAST"));
        assert_eq!(links[1].params[1], ("title".into(), "a;b, c".into()));
    }

    #[test]
    fn rel_lists_and_garbage() {
        let links = parse_link_header("garbage, </p2>; rel=\"prev next\"");
        assert_eq!(links.len(), 1);
        assert!(links[0].has_rel("next"));
        assert!(parse_link_header("").is_empty());
    }
}
