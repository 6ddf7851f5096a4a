//! `missing_tenant`: the event does not say which tenant it belongs to.
//!
//! # What it checks
//! Where the contract's envelope has a tenant field (declared with `x-accord-envelope`, or
//! a `tenantId`/`tenant_id`/`tenant` property of the payload or headers), at least one of
//! those places must hold a non-empty value. Header places are only judged when the line
//! carries headers.
//!
//! # Why it matters
//! A multi-tenant consumer routes every event to a tenant: an event without one is
//! dropped, or worse, applied to the wrong customer's data.

use serde_json::Value;

use super::Finding;
use crate::events::capture::Captured;
use crate::events::catalog::EventMessage;
use crate::events::envelope::Side;

pub const ID: &str = "missing_tenant";

pub fn check(message: &EventMessage, event: &Captured) -> Option<Finding> {
    let locs: Vec<_> = message
        .envelope
        .tenant
        .iter()
        .filter(|l| l.side == Side::Payload || event.headers.is_some())
        .collect();
    let first = locs.first()?;
    let present = locs.iter().any(|l| match event.get(l) {
        Some((Value::String(s), _)) => !s.trim().is_empty(),
        Some((Value::Null, _)) | None => false,
        Some(_) => true,
    });
    if present {
        return None;
    }
    let pointer = event
        .get(first)
        .map(|(_, p)| p)
        .unwrap_or_else(|| match first.side {
            Side::Payload => format!("{}{}", event.payload_pointer(), first.pointer),
            Side::Headers => format!("/headers{}", first.pointer),
        });
    let places: Vec<String> = locs
        .iter()
        .map(|l| match l.side {
            Side::Payload => format!("{}{}", event.payload_pointer(), l.pointer),
            Side::Headers => format!("/headers{}", l.pointer),
        })
        .collect();
    let verb = if places.len() == 1 { "is" } else { "are" };
    Some(Finding::new(
        pointer,
        format!(
            "no tenant: `{}` {verb} missing or empty",
            places.join("` and `")
        ),
    ))
}
