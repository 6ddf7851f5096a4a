//! Mapping `relay-crm.contact-to-customer`: relay-crm `Contact` ↔ canonical `Customer` (both ways). Do not edit: regenerate with `accord generate mapping contracts/mappings/relay-crm.contact-to-customer.yaml`.
//!
//! Relay CRM contacts (people) become canonical Customers of type individual. Relay owns identity and contact data; status follows the contact's lifecycle stage. Pinned to Relay CRM API v1: the v2 upgrade removes `phone` (replaced by `phoneNumbers[]`) and the merge endpoint, so this mapping must be reworked before the contract is switched to v2.
//!
//! Vendor type `relay_crm_v1_client::types::Contact`, canonical type
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
pub use relay_crm_v1_client::types::Contact;

/// The canonical object.
pub use accord_canonical::types::Customer as CanonicalCustomer;

/// The mapping id.
pub const MAPPING_ID: &str = "relay-crm.contact-to-customer";

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
        constant: Some("\"relay-crm\""),
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: false,
    },
    FieldMap {
        canonical: &["type"],
        vendor: &[],
        constant: Some("\"individual\""),
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: false,
    },
    FieldMap {
        canonical: &["displayName"],
        vendor: &["firstName", "lastName"],
        constant: None,
        default: None,
        transform: Transform::Concat(" "),
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["givenName"],
        vendor: &["firstName"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["familyName"],
        vendor: &["lastName"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["email"],
        vendor: &["email"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["phone"],
        vendor: &["phone"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["status"],
        vendor: &["lifecycleStage"],
        constant: None,
        default: None,
        transform: Transform::Enum(
            &Table {
                entries: &[
                    ("lead", "\"prospect\""),
                    ("marketing_qualified", "\"prospect\""),
                    ("sales_qualified", "\"prospect\""),
                    ("opportunity", "\"prospect\""),
                    ("customer", "\"active\""),
                    ("churned", "\"inactive\""),
                ],
                fallback: Some("\"unknown\""),
                reverse: &[("blocked", "\"churned\"")],
            },
        ),
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["accountId"],
        vendor: &["accountId"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["createdAt"],
        vendor: &["createdAt"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["updatedAt"],
        vendor: &["updatedAt"],
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
];

/// Required vendor properties: `(parent path, property)`, checked where the parent exists.
pub const VENDOR_REQUIRED: &[(&str, &str)] = &[
    ("", "id"),
    ("", "firstName"),
    ("", "lastName"),
    ("", "lifecycleStage"),
    ("", "createdAt"),
    ("", "updatedAt"),
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

/// Canonical `Customer` → a new vendor `Contact` (fields active
/// outbound). Fails with the vendor path when a required vendor property is not mapped
/// outbound; use [`update_contact_from_customer`] to write onto an existing record.
pub fn customer_to_contact(
    canonical: &CanonicalCustomer,
) -> Result<Contact, MappingError> {
    let doc = engine::to_document(canonical, CANONICAL_OBJECT)?;

    let out = to_vendor_document(
        &doc,
        serde_json::Value::Object(serde_json::Map::new()),
        |f| f.outbound,
    )?;

    engine::from_document(out, VENDOR_OBJECT)
}

/// Canonical `Customer` written over an existing vendor `Contact`
/// (fields active outbound; everything else in `base` is kept).
pub fn update_contact_from_customer(
    canonical: &CanonicalCustomer,
    base: &Contact,
) -> Result<Contact, MappingError> {
    let doc = engine::to_document(canonical, CANONICAL_OBJECT)?;

    let base = engine::to_document(base, VENDOR_OBJECT)?;

    let out = to_vendor_document(&doc, base, |f| f.outbound)?;

    engine::from_document(out, VENDOR_OBJECT)
}

/// A canonical `Customer` to convert with `Contact::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromCanonicalCustomer(pub CanonicalCustomer);

impl TryFrom<FromCanonicalCustomer> for Contact {
    type Error = MappingError;

    fn try_from(value: FromCanonicalCustomer) -> Result<Self, Self::Error> {
        customer_to_contact(&value.0)
    }
}
