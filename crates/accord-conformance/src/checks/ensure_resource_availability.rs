//! `ensure_resource_availability`
//!
//! What it checks: an item the API just created (2xx on `POST` of its collection) can be
//! read at once, through the item operation and through the `Location` it returned.
//!
//! Why it matters: clients create then read; an API that answers `201` for something it
//! cannot find loses data or forces clients into retry loops.

use super::{CaseKind, Check, Scenario};
use crate::request::HttpRequest;
use crate::runner::Runner;

pub struct EnsureResourceAvailability;

impl Check for EnsureResourceAvailability {
    fn id(&self) -> &'static str {
        "ensure_resource_availability"
    }

    fn scenario<'s, 'c: 's>(&'s self, r: &'s mut Runner<'c>) -> Scenario<'s> {
        Box::pin(async move {
            for res in r.resources.clone() {
                let (Some(create), Some(get)) = (res.create, res.get) else {
                    continue;
                };
                if !r.budget_left() {
                    break;
                }
                let Some((id, _, created)) = r.create(&res, 0, 3).await else {
                    r.not_exercised(self.id(), create, "no 2xx create to read back");
                    continue;
                };
                let Some(case) = r.item_case(get, &res, &id, 0) else {
                    continue;
                };
                let Some((req, resp)) = r.send(get, &case, Some(0), CaseKind::Scenario).await
                else {
                    continue;
                };
                r.judged(self.id(), create);
                if !resp.is_success() {
                    let msg = format!(
                        "created item {id} ({}) is not readable: {} answered {}",
                        created.status,
                        r.op(get).key(),
                        resp.status
                    );
                    r.record(self.id(), create, msg, &req);
                    continue;
                }
                if let Some(location) = created.header("location") {
                    let url = absolute(&r.config.base_url, location);
                    let mut loc_req: HttpRequest = req.clone();
                    loc_req.url = url;
                    loc_req
                        .headers
                        .retain(|(k, _)| !accord_spec::HeaderRole::Correlation.is(k));
                    let Some((req, resp)) = r
                        .send_request(get, loc_req, &case, Some(0), CaseKind::Scenario)
                        .await
                    else {
                        continue;
                    };
                    if !resp.is_success() {
                        let msg = format!(
                            "the Location of created item {id} is not readable: status {}",
                            resp.status
                        );
                        r.record(self.id(), create, msg, &req);
                    }
                }
            }
        })
    }
}

/// `location` resolved against the base URL's origin.
fn absolute(base: &str, location: &str) -> String {
    if location.starts_with("http://") || location.starts_with("https://") {
        return location.to_string();
    }
    let Ok(url) = reqwest::Url::parse(base) else {
        return location.to_string();
    };
    url.join(location)
        .map(|u| u.to_string())
        .unwrap_or_else(|_| location.to_string())
}
