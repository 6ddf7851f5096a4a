//! Which requests of a batch may be in flight together without the API's state depending
//! on the order they arrive in.
//!
//! Requests are split into lanes by URL path (the resource they address): lanes go
//! concurrently, and within a lane the batch's order is kept except between reads of the
//! same path, which go together. Every write (`POST`, `PUT`, `PATCH`, `DELETE`) waits for
//! what comes before it on its path, so a read after an update sees the update, and
//! creates on one collection reach the server in the batch's order: a server numbers and
//! lists resources by arrival, and a list's order shows in what the run reports, so
//! creates sent together would make the report depend on `--workers`.
//! [`Pools::settle`](crate::plan::Pools::settle) still puts the IDs a batch harvested in one
//! order.

use accord_spec::Method;

use crate::request::HttpRequest;

/// How a request commutes with the others of its lane.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Commutes {
    /// Safe methods: reads of one path may go together.
    Read,
    /// Writes: alone, in the batch's order.
    Alone,
}

/// One lane: its path and its steps, each with the class its requests share.
type Lane<'r> = (&'r str, Vec<(Commutes, Vec<usize>)>);

fn commutes(method: Method) -> Commutes {
    if method.is_safe() {
        Commutes::Read
    } else {
        Commutes::Alone
    }
}

/// The path a request addresses: its URL without query or fragment.
fn path(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

/// The batch's requests (`None`: not sent) as lanes of steps: each lane a sequence of
/// steps, each step the indices of requests sent together. Lanes are in order of their
/// first request; indices within a step ascend.
pub fn lanes(requests: &[Option<&HttpRequest>]) -> Vec<Vec<Vec<usize>>> {
    let mut lanes: Vec<Lane> = Vec::new();
    for (i, req) in requests.iter().enumerate() {
        let Some(req) = req else { continue };
        let (key, class) = (path(&req.url), commutes(req.method));
        let lane = match lanes.iter().position(|(k, _)| *k == key) {
            Some(l) => &mut lanes[l].1,
            None => {
                lanes.push((key, Vec::new()));
                &mut lanes.last_mut().expect("just pushed").1
            }
        };
        match lane.last_mut() {
            Some((last, step)) if *last == class && class != Commutes::Alone => step.push(i),
            _ => lane.push((class, vec![i])),
        }
    }
    lanes
        .into_iter()
        .map(|(_, steps)| steps.into_iter().map(|(_, step)| step).collect())
        .collect()
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
    fn reads_of_a_path_go_together_and_writes_wait() {
        let batch = [
            req(Method::Post, "http://h/customers"),
            req(Method::Post, "http://h/customers?x=1"),
            req(Method::Get, "http://h/customers/1"),
            req(Method::Patch, "http://h/customers/1"),
            req(Method::Get, "http://h/customers/1"),
            req(Method::Get, "http://h/customers/1?expand=a"),
            req(Method::Patch, "http://h/customers/2"),
            req(Method::Delete, "http://h/customers/2"),
        ];
        let refs: Vec<Option<&HttpRequest>> = batch.iter().map(Some).collect();
        assert_eq!(
            lanes(&refs),
            vec![
                vec![vec![0], vec![1]],
                vec![vec![2], vec![3], vec![4, 5]],
                vec![vec![6], vec![7]],
            ]
        );
    }

    #[test]
    fn unsent_requests_take_no_place() {
        let a = req(Method::Get, "http://h/a");
        assert_eq!(lanes(&[None, Some(&a), None]), vec![vec![vec![1]]]);
    }
}
