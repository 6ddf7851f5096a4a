//! Routing: a request path to the contract operation it names.
//!
//! Every path template is split into segments: literals, whole-segment parameters
//! (`{id}`) and mixed segments (`{name}.{ext}`, `v{version}`, matched by an anchored regex).
//! Routes are ordered most specific first (at each position a literal beats a mixed segment,
//! which beats a parameter), so `/customers/search` wins over `/customers/{id}` whatever the
//! document order. The servers' base paths (`https://api.x.example/v1` → `/v1`) are accepted
//! as a prefix, and requests without the prefix are accepted too. A path key with a
//! selector (`/#X-Amz-Target=Svc.Action`, `/{Bucket}?acl`, see [`PathKey`]) routes on its
//! path, and among the routes of that path the one whose selector the request carries wins.

use std::cmp::Ordering;

use accord_spec::{Contract, Method, PathKey, Selector};
use regex::Regex;

use super::params::percent_decode;

/// One segment of a path template.
enum Segment {
    Literal(String),
    Param(String),
    /// An anchored regex with one capture group per parameter, in order.
    Mixed(Regex, Vec<String>),
}

impl Segment {
    fn rank(&self) -> u8 {
        match self {
            Segment::Literal(_) => 0,
            Segment::Mixed(..) => 1,
            Segment::Param(_) => 2,
        }
    }
}

struct Route {
    op: usize,
    method: Method,
    segments: Vec<Segment>,
    selector: Option<Selector>,
}

/// What a request path and method resolve to.
pub(crate) enum RouteMatch {
    /// The operation (index into `contract.operations`) and its decoded path parameters.
    Found {
        op: usize,
        params: Vec<(String, String)>,
    },
    /// The path exists but not for this method; the methods it has.
    MethodNotAllowed(Vec<Method>),
    NotFound,
}

/// The routing table of one contract.
pub(crate) struct Router {
    routes: Vec<Route>,
    /// Base paths of the servers, as segments (each non-empty).
    prefixes: Vec<Vec<String>>,
}

impl Router {
    pub(crate) fn new(contract: &Contract) -> Router {
        let mut routes: Vec<Route> = contract
            .operations
            .iter()
            .enumerate()
            .map(|(op, o)| {
                let key = PathKey::parse(&o.path);
                Route {
                    op,
                    method: o.method,
                    segments: template_segments(key.path),
                    selector: key.selector,
                }
            })
            .collect();
        routes.sort_by(|a, b| compare_routes(a, b).then(a.op.cmp(&b.op)));

        let mut prefixes: Vec<Vec<String>> = Vec::new();
        let servers = contract
            .servers
            .iter()
            .chain(contract.operations.iter().flat_map(|o| o.servers.iter()));
        for server in servers {
            let mut url = server.url.clone();
            for (name, default) in &server.variables {
                url = url.replace(&format!("{{{name}}}"), default);
            }
            let prefix = base_path_segments(&url);
            if !prefix.is_empty() && !prefixes.contains(&prefix) {
                prefixes.push(prefix);
            }
        }
        // Longest prefix first, so `/api/v1` is tried before `/api`.
        prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
        Router { routes, prefixes }
    }

    /// Resolves `method` and the raw (still percent-encoded) `path`.
    #[cfg(test)]
    pub(crate) fn route(&self, method: Method, path: &str) -> RouteMatch {
        self.route_fitting(method, path, |_, _| true, |_| true)
    }

    /// [`Router::route`], where templates of one shape overlap (Xero's
    /// `/Journals/{JournalID}` and `/Journals/{JournalNumber}`, `…/Attachments/{AttachmentID}`
    /// and `…/Attachments/{FileName}`), to the first route whose parameters `fits` (the
    /// operation's schemas accept them), else to the first route, as the vendor's server
    /// tells them apart by the value's form. A route with a selector fits only a request
    /// that `selects` it.
    pub(crate) fn route_fitting(
        &self,
        method: Method,
        path: &str,
        fits: impl Fn(usize, &[(String, String)]) -> bool,
        selects: impl Fn(&Selector) -> bool,
    ) -> RouteMatch {
        let segments: Vec<String> = split_path(path).map(percent_decode).collect();
        let mut allowed: Vec<Method> = Vec::new();
        // With a server prefix stripped first, then the path as sent.
        let candidates = self
            .prefixes
            .iter()
            .filter(|p| segments.len() >= p.len() && segments[..p.len()] == p[..])
            .map(|p| &segments[p.len()..])
            .chain(std::iter::once(&segments[..]));
        for candidate in candidates {
            let mut get_fallback = None;
            let mut unfit = None;
            for route in &self.routes {
                let Some(params) = match_segments(&route.segments, candidate) else {
                    continue;
                };
                if route.method == method {
                    if route.selector.as_ref().is_none_or(&selects) && fits(route.op, &params) {
                        return RouteMatch::Found {
                            op: route.op,
                            params,
                        };
                    }
                    unfit.get_or_insert((route.op, params));
                    continue;
                }
                if method == Method::Head && route.method == Method::Get && get_fallback.is_none() {
                    get_fallback = Some((route.op, params));
                }
                if !allowed.contains(&route.method) {
                    allowed.push(route.method);
                }
            }
            if let Some((op, params)) = unfit.or(get_fallback) {
                return RouteMatch::Found { op, params };
            }
        }
        if allowed.is_empty() {
            RouteMatch::NotFound
        } else {
            allowed.sort();
            RouteMatch::MethodNotAllowed(allowed)
        }
    }
}

/// Literal segments first at the first position where two routes differ; then fewer
/// segments; then the method, for a stable order.
fn compare_routes(a: &Route, b: &Route) -> Ordering {
    for (x, y) in a.segments.iter().zip(&b.segments) {
        match x.rank().cmp(&y.rank()) {
            Ordering::Equal => {}
            other => return other,
        }
    }
    a.segments
        .len()
        .cmp(&b.segments.len())
        .then(a.method.cmp(&b.method))
}

fn split_path(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|s| !s.is_empty())
}

fn template_segments(template: &str) -> Vec<Segment> {
    split_path(template).map(template_segment).collect()
}

fn template_segment(raw: &str) -> Segment {
    if !raw.contains('{') {
        return Segment::Literal(raw.to_string());
    }
    if raw.starts_with('{')
        && raw.ends_with('}')
        && raw[1..raw.len() - 1].find(['{', '}']).is_none()
    {
        return Segment::Param(raw[1..raw.len() - 1].to_string());
    }
    // Mixed: literals escaped, each `{name}` a lazy capture.
    let mut pattern = String::from("^");
    let mut names = Vec::new();
    let mut rest = raw;
    while let Some(open) = rest.find('{') {
        pattern.push_str(&regex::escape(&rest[..open]));
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(after[..close].to_string());
                pattern.push_str("(.+?)");
                rest = &after[close + 1..];
            }
            None => {
                pattern.push_str(&regex::escape(&rest[open..]));
                rest = "";
            }
        }
    }
    pattern.push_str(&regex::escape(rest));
    pattern.push('$');
    match Regex::new(&pattern) {
        Ok(re) => Segment::Mixed(re, names),
        Err(_) => Segment::Literal(raw.to_string()),
    }
}

fn match_segments(template: &[Segment], path: &[String]) -> Option<Vec<(String, String)>> {
    if template.len() != path.len() {
        return None;
    }
    let mut params = Vec::new();
    for (seg, value) in template.iter().zip(path) {
        match seg {
            Segment::Literal(l) => {
                if l != value {
                    return None;
                }
            }
            Segment::Param(name) => params.push((name.clone(), value.clone())),
            Segment::Mixed(re, names) => {
                let caps = re.captures(value)?;
                for (i, name) in names.iter().enumerate() {
                    let v = caps.get(i + 1).map(|m| m.as_str()).unwrap_or_default();
                    params.push((name.clone(), v.to_string()));
                }
            }
        }
    }
    Some(params)
}

/// The path of a server URL as segments: `https://h/v1/` → `["v1"]`, `/api` → `["api"]`.
fn base_path_segments(url: &str) -> Vec<String> {
    let without_scheme = match url.find("://") {
        Some(i) => {
            let after = &url[i + 3..];
            match after.find('/') {
                Some(j) => &after[j..],
                None => "",
            }
        }
        None => url,
    };
    let path = without_scheme.split(['?', '#']).next().unwrap_or_default();
    split_path(path)
        .filter(|s| !s.contains('{'))
        .map(percent_decode)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_paths() {
        assert_eq!(base_path_segments("https://api.x.example/v1"), vec!["v1"]);
        assert_eq!(
            base_path_segments("https://api.x.example"),
            Vec::<String>::new()
        );
        assert_eq!(base_path_segments("/api/v2/"), vec!["api", "v2"]);
    }

    #[test]
    fn mixed_segments() {
        let Segment::Mixed(re, names) = template_segment("{name}.{ext}") else {
            panic!("not mixed");
        };
        assert_eq!(names, vec!["name", "ext"]);
        let caps = re.captures("report.pdf").unwrap();
        assert_eq!(&caps[1], "report");
        assert_eq!(&caps[2], "pdf");
    }

    #[test]
    fn literal_wins() {
        let doc = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
servers: [{url: 'https://api.x.example/v1'}]
paths:
  /customers/{id}:
    get: {responses: {'200': {description: ok}}}
  /customers/search:
    get: {responses: {'200': {description: ok}}}
    post: {responses: {'200': {description: ok}}}
"#;
        let c = accord_spec::load_str("t.yaml", doc).unwrap();
        let r = Router::new(&c);
        let found = |m, p| match r.route(m, p) {
            RouteMatch::Found { op, params } => Some((op, params)),
            _ => None,
        };
        assert_eq!(found(Method::Get, "/v1/customers/search").unwrap().0, 1);
        assert_eq!(found(Method::Get, "/customers/search").unwrap().0, 1);
        let (op, params) = found(Method::Get, "/v1/customers/a%20b").unwrap();
        assert_eq!((op, params), (0, vec![("id".into(), "a b".into())]));
        assert!(matches!(
            r.route(Method::Delete, "/customers/1"),
            RouteMatch::MethodNotAllowed(_)
        ));
        assert!(matches!(
            r.route(Method::Get, "/nope"),
            RouteMatch::NotFound
        ));
        assert!(found(Method::Head, "/customers/1").is_some());
    }

    #[test]
    fn overlapping_templates_go_to_the_fitting_one() {
        let doc = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /journals/{journalId}:
    get: {responses: {'200': {description: ok}}}
  /journals/{journalNumber}:
    get: {responses: {'200': {description: ok}}}
"#;
        let c = accord_spec::load_str("t.yaml", doc).unwrap();
        let r = Router::new(&c);
        let op = |path| match r.route_fitting(
            Method::Get,
            path,
            |_, p| p[0].1.parse::<u32>().is_ok() == (p[0].0 == "journalNumber"),
            |_| true,
        ) {
            RouteMatch::Found { op, .. } => Some(op),
            _ => None,
        };
        assert_eq!(op("/journals/42"), Some(1));
        assert_eq!(op("/journals/abc"), Some(0));
        // Nothing fits: the first route still answers (and its validation says why).
        assert!(matches!(
            r.route_fitting(Method::Get, "/journals/x", |_, _| false, |_| true),
            RouteMatch::Found { op: 0, .. }
        ));
    }

    #[test]
    fn a_selector_tells_the_operations_of_one_path_apart() {
        let doc = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
servers: [{url: 'https://acm.example.com'}]
paths:
  /#X-Amz-Target=Acm.Describe:
    post: {responses: {'200': {description: ok}}}
  /#X-Amz-Target=Acm.Delete:
    post: {responses: {'200': {description: ok}}}
  /{Bucket}?acl:
    get: {responses: {'200': {description: ok}}}
  /{Bucket}:
    get: {responses: {'200': {description: ok}}}
"#;
        let c = accord_spec::load_str("t.yaml", doc).unwrap();
        let r = Router::new(&c);
        let target = |value: &'static str| move |s: &Selector| s.selects(|_| Some(value), |_| None);
        let op = |method, path, selects: &dyn Fn(&Selector) -> bool| match r.route_fitting(
            method,
            path,
            |_, _| true,
            selects,
        ) {
            RouteMatch::Found { op, .. } => Some(op),
            _ => None,
        };
        assert_eq!(op(Method::Post, "/", &target("Acm.Describe")), Some(0));
        assert_eq!(op(Method::Post, "/", &target("Acm.Delete")), Some(1));
        let acl = |s: &Selector| s.selects(|_| None, |name| (name == "acl").then_some(""));
        assert_eq!(op(Method::Get, "/photos", &acl), Some(2));
        assert_eq!(op(Method::Get, "/photos", &|_| false), Some(3));
    }
}
