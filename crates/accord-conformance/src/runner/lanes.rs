//! Which requests of a batch may be in flight together without the API's state, or what
//! the run reports, depending on the order they arrive in.
//!
//! Each request waits for the ones before it in the batch that it does not commute with:
//! - on its own URL path (the resource it addresses), reads go together, and a write waits
//!   for everything before it while everything after it waits for the write, so a read
//!   after an update sees the update;
//! - every `POST` waits for the `POST` before it, whatever its path: servers number the
//!   resources they create by arrival (often with one counter for every collection) and
//!   list them in that order, and both show in reports, so creates reach the server in
//!   the batch's order.
//!
//! Everything else goes at once, at most `--workers` in flight.

use accord_spec::Method;

use crate::request::HttpRequest;

/// The path a request addresses: its URL without query or fragment.
fn path(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

/// For each request of the batch (`None`: not sent), the earlier ones it must wait for.
pub fn waits(requests: &[Option<&HttpRequest>]) -> Vec<Vec<usize>> {
    let mut waits = Vec::with_capacity(requests.len());
    for (i, req) in requests.iter().enumerate() {
        let Some(req) = req else {
            waits.push(Vec::new());
            continue;
        };
        let (key, read) = (path(&req.url), req.method.is_safe());
        let mut before: Vec<usize> = requests[..i]
            .iter()
            .enumerate()
            .filter_map(|(j, r)| Some((j, (*r)?)))
            .filter(|(_, r)| path(&r.url) == key && !(read && r.method.is_safe()))
            .map(|(j, _)| j)
            .collect();
        if req.method == Method::Post {
            let last_post = requests[..i]
                .iter()
                .rposition(|r| r.is_some_and(|r| r.method == Method::Post));
            before.extend(last_post);
            before.sort_unstable();
            before.dedup();
        }
        waits.push(before);
    }
    waits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(method: Method, url: &str) -> HttpRequest {
        HttpRequest {
            method,
            url: url.into(),
            headers: Vec::new(),
            body: None,
        }
    }

    #[test]
    fn reads_of_a_path_go_together_writes_wait_and_creates_keep_their_order() {
        let batch = [
            req(Method::Post, "http://h/customers"),
            req(Method::Post, "http://h/products?x=1"),
            req(Method::Get, "http://h/customers/1"),
            req(Method::Patch, "http://h/customers/1"),
            req(Method::Get, "http://h/customers/1"),
            req(Method::Get, "http://h/customers/1?expand=a"),
            req(Method::Patch, "http://h/customers/2"),
            req(Method::Delete, "http://h/customers/2"),
        ];
        let refs: Vec<Option<&HttpRequest>> = batch.iter().map(Some).collect();
        let none: Vec<usize> = Vec::new();
        assert_eq!(
            waits(&refs),
            vec![
                none.clone(),
                vec![0],
                none.clone(),
                vec![2],
                vec![3],
                vec![3],
                none,
                vec![6],
            ]
        );
    }

    #[test]
    fn unsent_requests_wait_for_nothing_and_hold_nothing_up() {
        let (a, b) = (
            req(Method::Post, "http://h/a"),
            req(Method::Post, "http://h/a"),
        );
        assert_eq!(
            waits(&[Some(&a), None, Some(&b)]),
            vec![vec![], vec![], vec![0]]
        );
    }
}
