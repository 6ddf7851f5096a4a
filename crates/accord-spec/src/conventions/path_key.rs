//! A path key that carries more than a path: `/#X-Amz-Target=Service.Action` (every
//! JSON-RPC style AWS API in APIs-guru's collection: one URL, the action in a header) and
//! `/{Bucket}?acl` (S3: the sub-resource in the query). OpenAPI keys paths by their path
//! alone, so converters smuggle the part that tells operations apart into a fragment or a
//! query string; a URL built from the key verbatim sends the fragment nowhere and puts the
//! query after it, and a router matching the key verbatim matches no request.
//!
//! [`PathKey::parse`] splits a key into the path to send and route on, and the selector that
//! tells its operation apart from the others on that path.

/// Where a [`Selector`] was written in the path key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectorIn {
    /// After `#`: never sent; the request carries it as a header or query parameter of
    /// that name (AWS sends `X-Amz-Target` as a header).
    Fragment,
    /// After `?`: sent as part of the query string.
    Query,
}

/// The part of a path key that is not a path: `&`-separated conditions, each `name` (the
/// parameter is present) or `name=value` (`#X-Amz-Target=Svc.Action`, `#mode=import`,
/// `#analyzerArn&resourceArn`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selector {
    pub written_in: SelectorIn,
    pub conditions: Vec<(String, Option<String>)>,
}

impl Selector {
    /// The selector as a query string, as a URL sends it (`acl`, `uploads`, `versionId=1`).
    pub fn query_pair(&self) -> String {
        let pairs: Vec<String> = self
            .conditions
            .iter()
            .map(|(name, value)| match value {
                Some(value) => format!("{name}={value}"),
                None => name.clone(),
            })
            .collect();
        pairs.join("&")
    }

    /// Whether a request with these header and query values is the operation this
    /// selector names: every condition holds, each met by a header of that name (a
    /// fragment selector only, case-insensitive) or a query parameter of that name, with
    /// the value when the key gives one.
    pub fn selects<'a>(
        &self,
        header: impl Fn(&str) -> Option<&'a str>,
        query: impl Fn(&str) -> Option<&'a str>,
    ) -> bool {
        self.conditions.iter().all(|(name, value)| {
            let matches = |found: Option<&str>| match (value, found) {
                (_, None) => false,
                (None, Some(_)) => true,
                (Some(want), Some(got)) => want == got,
            };
            self.written_in == SelectorIn::Fragment && matches(header(name)) || matches(query(name))
        })
    }
}

/// A path key split into the path and its selector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathKey<'k> {
    /// The path to send and route on (`/`, `/{Bucket}`).
    pub path: &'k str,
    pub selector: Option<Selector>,
}

impl<'k> PathKey<'k> {
    pub fn parse(key: &'k str) -> PathKey<'k> {
        let Some(at) = key.find(['#', '?']) else {
            return PathKey {
                path: key,
                selector: None,
            };
        };
        let written_in = if key[at..].starts_with('#') {
            SelectorIn::Fragment
        } else {
            SelectorIn::Query
        };
        let conditions: Vec<(String, Option<String>)> = key[at + 1..]
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| match pair.split_once('=') {
                Some((name, value)) => (name.to_string(), Some(value.to_string())),
                None => (pair.to_string(), None),
            })
            .collect();
        let path = if at == 0 { "/" } else { &key[..at] };
        PathKey {
            path,
            selector: (!conditions.is_empty()).then_some(Selector {
                written_in,
                conditions,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_fragment_and_query_selectors() {
        let aws = PathKey::parse("/#X-Amz-Target=CertificateManager.AddTagsToCertificate");
        assert_eq!(aws.path, "/");
        let selector = aws.selector.expect("a selector");
        assert_eq!(selector.written_in, SelectorIn::Fragment);
        assert_eq!(
            selector.conditions,
            [(
                "X-Amz-Target".to_string(),
                Some("CertificateManager.AddTagsToCertificate".to_string())
            )]
        );

        let s3 = PathKey::parse("/{Bucket}?acl");
        assert_eq!(s3.path, "/{Bucket}");
        let selector = s3.selector.expect("a selector");
        assert_eq!(selector.written_in, SelectorIn::Query);
        assert_eq!(selector.query_pair(), "acl");

        let both = PathKey::parse("/analyzed-resource#analyzerArn&resourceArn");
        assert_eq!(both.path, "/analyzed-resource");
        let selector = both.selector.expect("a selector");
        assert_eq!(selector.query_pair(), "analyzerArn&resourceArn");

        let plain = PathKey::parse("/customers/{id}");
        assert_eq!((plain.path, plain.selector), ("/customers/{id}", None));
        assert_eq!(PathKey::parse("/a#").selector, None);
    }

    #[test]
    fn a_fragment_selector_matches_a_header_or_a_query_parameter() {
        let selector = PathKey::parse("/#X-Amz-Target=Svc.Do").selector.unwrap();
        let none = |_: &str| None;
        assert!(selector.selects(
            |name| {
                name.eq_ignore_ascii_case("x-amz-target")
                    .then_some("Svc.Do")
            },
            none
        ));
        assert!(!selector.selects(|_| Some("Svc.Other"), none));
        assert!(selector.selects(none, |name| (name == "X-Amz-Target").then_some("Svc.Do")));
        assert!(!selector.selects(none, none));
        // A query selector is never read from a header.
        let acl = PathKey::parse("/{Bucket}?acl").selector.unwrap();
        assert!(!acl.selects(|_| Some(""), none));
        assert!(acl.selects(none, |name| (name == "acl").then_some("")));
        // Every condition must hold.
        let both = PathKey::parse("/r#a&b").selector.unwrap();
        assert!(both.selects(none, |name| (name == "a" || name == "b").then_some("1")));
        assert!(!both.selects(none, |name| (name == "a").then_some("1")));
    }
}
