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

/// The part of a path key that is not a path: `name` or `name=value`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selector {
    pub written_in: SelectorIn,
    pub name: String,
    pub value: Option<String>,
}

impl Selector {
    /// The selector as a query pair, as a URL sends it (`acl`, `uploads`, `versionId=1`).
    pub fn query_pair(&self) -> String {
        match &self.value {
            Some(value) => format!("{}={value}", self.name),
            None => self.name.clone(),
        }
    }

    /// Whether a request with these header and query values is the operation this
    /// selector names: a header of that name (a fragment selector only, case-insensitive)
    /// or a query parameter of that name, with the value when the key gives one.
    pub fn selects<'a>(
        &self,
        header: impl Fn(&str) -> Option<&'a str>,
        query: impl Fn(&str) -> Option<&'a str>,
    ) -> bool {
        let matches = |found: Option<&str>| match (&self.value, found) {
            (_, None) => false,
            (None, Some(_)) => true,
            (Some(want), Some(got)) => want == got,
        };
        let from_header = self.written_in == SelectorIn::Fragment && matches(header(&self.name));
        from_header || matches(query(&self.name))
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
        let rest = &key[at + 1..];
        let (name, value) = match rest.split_once('=') {
            Some((name, value)) => (name, Some(value.to_string())),
            None => (rest, None),
        };
        let path = if at == 0 { "/" } else { &key[..at] };
        PathKey {
            path,
            selector: (!name.is_empty()).then(|| Selector {
                written_in,
                name: name.to_string(),
                value,
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
        assert_eq!(selector.name, "X-Amz-Target");
        assert_eq!(
            selector.value.as_deref(),
            Some("CertificateManager.AddTagsToCertificate")
        );

        let s3 = PathKey::parse("/{Bucket}?acl");
        assert_eq!(s3.path, "/{Bucket}");
        let selector = s3.selector.expect("a selector");
        assert_eq!(
            (selector.written_in, &selector.value),
            (SelectorIn::Query, &None)
        );
        assert_eq!(selector.query_pair(), "acl");

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
    }
}
