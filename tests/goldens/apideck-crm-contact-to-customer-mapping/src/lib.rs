//! Mapping `apideck-crm.contact-to-customer`: apideck-crm `Contact` ↔ canonical `Customer` (inbound). Do not edit: regenerate with `accord generate mapping contracts/mappings/apideck-crm.contact-to-customer.yaml`.
//!
//! Contacts read through the Apideck unified CRM API (a real, third-party contract from the corpus, not written by us) become canonical Customers. Apideck keeps emails, phone numbers and addresses in arrays; the first element of each is taken. Apideck's contact status is free text, so a lookup (not an enum) normalizes it. Read-only.
//!
//! Vendor type `apideck_crm_client::types::Contact`, canonical type
//! `accord_canonical::types::Customer`. The field table is [`FIELDS`]; the
//! transforms are in [`transforms`]. `TryFrom` is implemented through the local wrappers
//! [`FromContact`] and [`FromCanonicalCustomer`] (the orphan rule forbids
//! `TryFrom` between two types of other crates).
#![deny(warnings)]
pub mod engine;

pub mod transforms;

#[cfg(test)]
mod round_trip;

pub use engine::{FieldMap, MappingError};

use transforms::{Table, Transform};

/// The vendor object.
pub use apideck_crm_client::types::Contact;

/// The canonical object.
pub use accord_canonical::types::Customer as CanonicalCustomer;

/// The mapping id.
pub const MAPPING_ID: &str = "apideck-crm.contact-to-customer";

/// The vendor object's name in error paths.
pub const VENDOR_OBJECT: &str = "Contact";

/// The canonical object's name in error paths.
pub const CANONICAL_OBJECT: &str = "Customer";

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
        constant: Some("\"apideck-crm\""),
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["type"],
        vendor: &[],
        constant: Some("\"individual\""),
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["displayName"],
        vendor: &["name"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["givenName"],
        vendor: &["first_name"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["familyName"],
        vendor: &["last_name"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["companyName"],
        vendor: &["company_name"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["email"],
        vendor: &["emails[0].email"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["phone"],
        vendor: &["phone_numbers[0].number"],
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
        default: Some("\"unknown\""),
        transform: Transform::Lookup(
            &Table {
                entries: &[
                    ("lead", "\"prospect\""),
                    ("prospect", "\"prospect\""),
                    ("open", "\"active\""),
                    ("active", "\"active\""),
                    ("customer", "\"active\""),
                    ("inactive", "\"inactive\""),
                    ("closed", "\"inactive\""),
                    ("archived", "\"inactive\""),
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
        canonical: &["accountId"],
        vendor: &["company_id"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.line1"],
        vendor: &["addresses[0].line1"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.line2"],
        vendor: &["addresses[0].line2"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.city"],
        vendor: &["addresses[0].city"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.region"],
        vendor: &["addresses[0].state"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.postalCode"],
        vendor: &["addresses[0].postal_code"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.country"],
        vendor: &["addresses[0].country"],
        constant: None,
        default: None,
        transform: Transform::Uppercase,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["createdAt"],
        vendor: &["created_at"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["updatedAt"],
        vendor: &["updated_at"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
];

/// Required canonical properties: `(parent path, property)`, checked where the parent exists.
pub const CANONICAL_REQUIRED: &[(&str, &str)] = &[
    ("", "id"),
    ("", "sourceSystem"),
    ("", "displayName"),
    ("", "status"),
    ("billingAddress", "country"),
];

/// Required vendor properties: `(parent path, property)`, checked where the parent exists.
pub const VENDOR_REQUIRED: &[(&str, &str)] = &[
    ("emails[0]", "email"),
    ("phone_numbers[0]", "number"),
];

/// A vendor JSON document → a canonical JSON document.
pub fn to_canonical_document(
    vendor: &serde_json::Value,
) -> Result<serde_json::Value, MappingError> {
    let doc = engine::inbound(FIELDS, vendor, CANONICAL_OBJECT)?;

    engine::check_required(&doc, CANONICAL_REQUIRED, CANONICAL_OBJECT)?;

    Ok(doc)
}

/// Vendor `Contact` → canonical `Customer` (fields active inbound).
pub fn contact_to_customer(vendor: &Contact) -> Result<CanonicalCustomer, MappingError> {
    let doc = engine::to_document(vendor, VENDOR_OBJECT)?;

    engine::from_document(to_canonical_document(&doc)?, CANONICAL_OBJECT)
}

/// A vendor `Contact` to convert with `CanonicalCustomer::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromContact(pub Contact);

impl TryFrom<FromContact> for CanonicalCustomer {
    type Error = MappingError;

    fn try_from(value: FromContact) -> Result<Self, Self::Error> {
        contact_to_customer(&value.0)
    }
}

impl TryFrom<&Contact> for FromContact {
    type Error = MappingError;

    fn try_from(value: &Contact) -> Result<Self, Self::Error> {
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
pub struct FromCanonicalCustomer(pub CanonicalCustomer);
