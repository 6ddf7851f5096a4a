//! Which requests of a batch may be in flight together without the API's state, or what
//! the run reports, depending on the order they arrive in.
//!
//! Each request waits for the ones before it in the batch that it does not commute with,
//! on its own URL path (the resource it addresses):
//! - reads go together;
//! - creates (the `POST` of a resource's collection) go together: each adds an item of its
//!   own, and what the run keeps of them, the IDs the server issued, is kept as a set
//!   ([`Pools`](crate::plan::Pools)), so which create the server numbered first changes
//!   no later case;
//! - any other write waits for everything before it, and everything after it waits for
//!   the write, so a read after an update sees the update and two actions on one item
//!   reach it in the batch's order.
//!
//! Everything else goes at once, at most `--workers` in flight.

use crate::request::HttpRequest;

/// What a request does to the resource its path addresses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Access {
    /// A safe method: reads commute with reads.
    Read,
    /// The create of a resource's collection: creates commute with creates.
    Create,
    /// Anything else: ordered against everything on its path.
    Write,
}

/// The path a request addresses: its URL without query or fragment.
fn path(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

/// Whether two accesses of one path give the same state and answers in either order.
fn commute(a: Access, b: Access) -> bool {
    a == b && a != Access::Write
}

/// For each request of the batch (`None`: not sent), the earlier ones it must wait for.
pub fn waits(requests: &[Option<(&HttpRequest, Access)>]) -> Vec<Vec<usize>> {
    requests
        .iter()
        .enumerate()
        .map(|(i, req)| {
            let Some((req, access)) = req else {
                return Vec::new();
            };
            let key = path(&req.url);
            requests[..i]
                .iter()
                .enumerate()
                .filter_map(|(j, r)| Some((j, (*r)?)))
                .filter(|(_, (r, other))| path(&r.url) == key && !commute(*access, *other))
                .map(|(j, _)| j)
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use accord_spec::Method;

    fn req(method: Method, url: &str) -> HttpRequest {
        HttpRequest {
            method,
            url: url.into(),
            headers: Vec::new(),
            body: None,
        }
    }

    #[test]
    fn reads_go_together_creates_go_together_other_writes_wait() {
        use Access::{Create, Read, Write};
        let batch = [
            (req(Method::Post, "http://h/customers"), Create),
            (req(Method::Post, "http://h/products?x=1"), Create),
            (req(Method::Post, "http://h/customers"), Create),
            (req(Method::Get, "http://h/customers?limit=2"), Read),
            (req(Method::Get, "http://h/customers/1"), Read),
            (req(Method::Patch, "http://h/customers/1"), Write),
            (req(Method::Get, "http://h/customers/1"), Read),
            (req(Method::Get, "http://h/customers/1?expand=a"), Read),
            (req(Method::Post, "http://h/customers/1/send"), Write),
            (req(Method::Post, "http://h/customers/1/send"), Write),
            (req(Method::Delete, "http://h/customers/2"), Write),
        ];
        let refs: Vec<_> = batch.iter().map(|(r, a)| Some((r, *a))).collect();
        let none: Vec<usize> = Vec::new();
        assert_eq!(
            waits(&refs),
            vec![
                none.clone(),
                none.clone(),
                none.clone(),
                vec![0, 2],
                none.clone(),
                vec![4],
                vec![5],
                vec![5],
                none.clone(),
                vec![8],
                none,
            ]
        );
    }

    #[test]
    fn unsent_requests_wait_for_nothing_and_hold_nothing_up() {
        let (a, b) = (
            req(Method::Patch, "http://h/a"),
            req(Method::Patch, "http://h/a"),
        );
        assert_eq!(
            waits(&[Some((&a, Access::Write)), None, Some((&b, Access::Write))]),
            vec![vec![], vec![], vec![0]]
        );
    }
}
