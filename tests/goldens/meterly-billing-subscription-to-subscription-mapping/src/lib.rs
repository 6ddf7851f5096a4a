//! Mapping `meterly-billing.subscription-to-subscription`: meterly-billing `Subscription` ↔ canonical `Subscription` (inbound). Do not edit: regenerate with `accord generate mapping contracts/mappings/meterly-billing.subscription-to-subscription.yaml`.
//!
//! Meterly Billing subscriptions become canonical Subscriptions. Meterly is the system of record, so the mapping is read-only. Unix-seconds timestamps become RFC 3339, the lower-case currency becomes ISO 4217 upper case.
//!
//! Vendor type `meterly_billing_client::types::Subscription`, canonical type
//! `accord_canonical::types::Subscription`. The field table is [`FIELDS`]; the
//! transforms are in [`transforms`]. `TryFrom` is implemented through the local wrappers
//! [`FromSubscription`] and [`FromCanonicalSubscription`] (the orphan rule forbids
//! `TryFrom` between two types of other crates).
#![deny(warnings)]
pub mod engine;

pub mod transforms;

#[cfg(test)]
mod round_trip;

pub use engine::{FieldMap, MappingError};

use transforms::{Table, Transform};

/// The vendor object.
pub use meterly_billing_client::types::Subscription;

/// The canonical object.
pub use accord_canonical::types::Subscription as CanonicalSubscription;

/// The mapping id.
pub const MAPPING_ID: &str = "meterly-billing.subscription-to-subscription";

/// The vendor object's name in error paths.
pub const VENDOR_OBJECT: &str = "Subscription";

/// The canonical object's name in error paths.
pub const CANONICAL_OBJECT: &str = "Subscription";

/// The mapping's `fields`, in order.
pub const FIELDS: &[FieldMap] = &[
    FieldMap {
        canonical: &["id"],
        vendor: &["id"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["sourceSystem"],
        vendor: &[],
        constant: Some("\"meterly-billing\""),
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["customerId"],
        vendor: &["customer"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["planId"],
        vendor: &["plan.id"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["planName"],
        vendor: &["plan.name"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["status"],
        vendor: &["status"],
        constant: None,
        default: None,
        transform: Transform::Enum(
            &Table {
                entries: &[
                    ("trialing", "\"trialing\""),
                    ("active", "\"active\""),
                    ("past_due", "\"past_due\""),
                    ("paused", "\"paused\""),
                    ("canceled", "\"canceled\""),
                    ("incomplete", "\"incomplete\""),
                    ("incomplete_expired", "\"canceled\""),
                    ("unpaid", "\"past_due\""),
                ],
                fallback: Some("\"unknown\""),
                reverse: &[],
            },
        ),
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["quantity"],
        vendor: &["quantity"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["price.amount"],
        vendor: &["plan.unit_amount"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["price.currency"],
        vendor: &["plan.currency"],
        constant: None,
        default: None,
        transform: Transform::Uppercase,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingInterval"],
        vendor: &["plan.interval"],
        constant: None,
        default: None,
        transform: Transform::Enum(
            &Table {
                entries: &[
                    ("day", "\"day\""),
                    ("week", "\"week\""),
                    ("month", "\"month\""),
                    ("year", "\"year\""),
                ],
                fallback: None,
                reverse: &[],
            },
        ),
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["intervalCount"],
        vendor: &["plan.interval_count"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["startedAt"],
        vendor: &["start_date"],
        constant: None,
        default: None,
        transform: Transform::UnixSecondsToRfc3339,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["currentPeriodStart"],
        vendor: &["current_period_start"],
        constant: None,
        default: None,
        transform: Transform::UnixSecondsToRfc3339,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["currentPeriodEnd"],
        vendor: &["current_period_end"],
        constant: None,
        default: None,
        transform: Transform::UnixSecondsToRfc3339,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["trialEndsAt"],
        vendor: &["trial_end"],
        constant: None,
        default: None,
        transform: Transform::UnixSecondsToRfc3339,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["cancelAtPeriodEnd"],
        vendor: &["cancel_at_period_end"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["canceledAt"],
        vendor: &["canceled_at"],
        constant: None,
        default: None,
        transform: Transform::UnixSecondsToRfc3339,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["createdAt"],
        vendor: &["created"],
        constant: None,
        default: None,
        transform: Transform::UnixSecondsToRfc3339,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
];

/// Required canonical properties: `(parent path, property)`, checked where the parent exists.
pub const CANONICAL_REQUIRED: &[(&str, &str)] = &[
    ("", "id"),
    ("", "sourceSystem"),
    ("", "customerId"),
    ("", "status"),
    ("", "startedAt"),
    ("price", "amount"),
    ("price", "currency"),
];

/// Required vendor properties: `(parent path, property)`, checked where the parent exists.
pub const VENDOR_REQUIRED: &[(&str, &str)] = &[
    ("", "id"),
    ("", "object"),
    ("", "customer"),
    ("", "plan"),
    ("", "status"),
    ("", "quantity"),
    ("", "start_date"),
    ("", "current_period_start"),
    ("", "current_period_end"),
    ("", "cancel_at_period_end"),
    ("", "created"),
    ("plan", "id"),
    ("plan", "object"),
    ("plan", "name"),
    ("plan", "interval"),
    ("plan", "interval_count"),
    ("plan", "unit_amount"),
    ("plan", "currency"),
    ("plan", "usage_type"),
    ("plan", "active"),
    ("plan", "created"),
];

/// A vendor JSON document → a canonical JSON document.
pub fn to_canonical_document(
    vendor: &serde_json::Value,
) -> Result<serde_json::Value, MappingError> {
    let doc = engine::inbound(FIELDS, vendor, CANONICAL_OBJECT)?;

    engine::check_required(&doc, CANONICAL_REQUIRED, CANONICAL_OBJECT)?;

    Ok(doc)
}

/// Vendor `Subscription` → canonical `Subscription` (fields active inbound).
pub fn subscription_to_canonical_subscription(
    vendor: &Subscription,
) -> Result<CanonicalSubscription, MappingError> {
    let doc = engine::to_document(vendor, VENDOR_OBJECT)?;

    engine::from_document(to_canonical_document(&doc)?, CANONICAL_OBJECT)
}

/// A vendor `Subscription` to convert with `CanonicalSubscription::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromSubscription(pub Subscription);

impl TryFrom<FromSubscription> for CanonicalSubscription {
    type Error = MappingError;

    fn try_from(value: FromSubscription) -> Result<Self, Self::Error> {
        subscription_to_canonical_subscription(&value.0)
    }
}

impl TryFrom<&Subscription> for FromSubscription {
    type Error = MappingError;

    fn try_from(value: &Subscription) -> Result<Self, Self::Error> {
        Ok(Self(value.clone()))
    }
}

/// Canonical JSON → vendor JSON over `base`, reversing the fields `select` picks.
pub fn to_vendor_document(
    canonical: &serde_json::Value,
    base: serde_json::Value,
    select: fn(&FieldMap) -> bool,
) -> Result<serde_json::Value, MappingError> {
    let doc = engine::outbound(FIELDS, canonical, base, VENDOR_OBJECT, select)?;

    engine::check_required(&doc, VENDOR_REQUIRED, VENDOR_OBJECT)?;

    Ok(doc)
}

/// The direction is inbound only: no public reverse (the round-trip tests reverse every
/// field with [`to_vendor_document`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FromCanonicalSubscription(pub CanonicalSubscription);
