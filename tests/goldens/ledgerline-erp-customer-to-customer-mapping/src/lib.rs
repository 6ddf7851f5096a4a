//! Mapping `ledgerline-erp.customer-to-customer`: ledgerline-erp `Customer` ↔ canonical `Customer` (both ways). Do not edit: regenerate with `accord generate mapping contracts/mappings/ledgerline-erp.customer-to-customer.yaml`.
//!
//! Ledgerline ERP customers (debtors) become canonical Customers of type organization. The ERP owns credit, balance, payment terms, tax number and billing address; credit status and payment terms are never written back.
//!
//! Vendor type `ledgerline_erp_client::types::Customer`, canonical type
//! `accord_canonical::types::Customer`. The field table is [`FIELDS`]; the
//! transforms are in [`transforms`]. `TryFrom` is implemented through the local wrappers
//! [`FromCustomer`] and [`FromCanonicalCustomer`] (the orphan rule forbids
//! `TryFrom` between two types of other crates).
#![deny(warnings)]
pub mod engine;

pub mod transforms;

#[cfg(test)]
mod round_trip;

pub use engine::{FieldMap, MappingError};

use transforms::{Table, Transform};

/// The vendor object.
pub use ledgerline_erp_client::types::Customer;

/// The canonical object.
pub use accord_canonical::types::Customer as CanonicalCustomer;

/// The mapping id.
pub const MAPPING_ID: &str = "ledgerline-erp.customer-to-customer";

/// The vendor object's name in error paths.
pub const VENDOR_OBJECT: &str = "Customer";

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
        constant: Some("\"ledgerline-erp\""),
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: false,
    },
    FieldMap {
        canonical: &["type"],
        vendor: &[],
        constant: Some("\"organization\""),
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: false,
    },
    FieldMap {
        canonical: &["displayName"],
        vendor: &["name"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["companyName"],
        vendor: &["legalName"],
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
        vendor: &["status"],
        constant: None,
        default: None,
        transform: Transform::Enum(
            &Table {
                entries: &[
                    ("active", "\"active\""),
                    ("on_hold", "\"blocked\""),
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
        canonical: &["currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["creditLimit.amount"],
        vendor: &["creditLimitMinor"],
        constant: None,
        default: None,
        transform: Transform::MinorUnitsToDecimal(2),
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["creditLimit.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["balance.amount"],
        vendor: &["balanceMinor"],
        constant: None,
        default: None,
        transform: Transform::MinorUnitsToDecimal(2),
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["balance.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["paymentTerms"],
        vendor: &["paymentTerms"],
        constant: None,
        default: None,
        transform: Transform::Enum(
            &Table {
                entries: &[
                    ("DUE_ON_RECEIPT", "\"due_on_receipt\""),
                    ("NET15", "\"net_15\""),
                    ("NET30", "\"net_30\""),
                    ("NET45", "\"net_45\""),
                    ("NET60", "\"net_60\""),
                    ("NET90", "\"unknown\""),
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
        canonical: &["taxNumber"],
        vendor: &["taxId"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.line1"],
        vendor: &["billingAddress.line1"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.line2"],
        vendor: &["billingAddress.line2"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.city"],
        vendor: &["billingAddress.city"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.region"],
        vendor: &["billingAddress.region"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.postalCode"],
        vendor: &["billingAddress.postalCode"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.country"],
        vendor: &["billingAddress.countryCode"],
        constant: None,
        default: None,
        transform: Transform::CountryAlpha3ToAlpha2,
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
    ("creditLimit", "amount"),
    ("creditLimit", "currency"),
    ("balance", "amount"),
    ("balance", "currency"),
    ("billingAddress", "country"),
];

/// Required vendor properties: `(parent path, property)`, checked where the parent exists.
pub const VENDOR_REQUIRED: &[(&str, &str)] = &[
    ("", "id"),
    ("", "object"),
    ("", "number"),
    ("", "name"),
    ("", "status"),
    ("", "currency"),
    ("", "creditLimitMinor"),
    ("", "balanceMinor"),
    ("", "paymentTerms"),
    ("", "createdAt"),
    ("", "updatedAt"),
    ("billingAddress", "line1"),
    ("billingAddress", "city"),
    ("billingAddress", "countryCode"),
];

/// A vendor JSON document → a canonical JSON document.
pub fn to_canonical_document(
    vendor: &serde_json::Value,
) -> Result<serde_json::Value, MappingError> {
    let doc = engine::inbound(FIELDS, vendor, CANONICAL_OBJECT)?;

    engine::check_required(&doc, CANONICAL_REQUIRED, CANONICAL_OBJECT)?;

    Ok(doc)
}

/// Vendor `Customer` → canonical `Customer` (fields active inbound).
pub fn customer_to_canonical_customer(
    vendor: &Customer,
) -> Result<CanonicalCustomer, MappingError> {
    let doc = engine::to_document(vendor, VENDOR_OBJECT)?;

    engine::from_document(to_canonical_document(&doc)?, CANONICAL_OBJECT)
}

/// A vendor `Customer` to convert with `CanonicalCustomer::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromCustomer(pub Customer);

impl TryFrom<FromCustomer> for CanonicalCustomer {
    type Error = MappingError;

    fn try_from(value: FromCustomer) -> Result<Self, Self::Error> {
        customer_to_canonical_customer(&value.0)
    }
}

impl TryFrom<&Customer> for FromCustomer {
    type Error = MappingError;

    fn try_from(value: &Customer) -> Result<Self, Self::Error> {
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

/// Canonical `Customer` → a new vendor `Customer` (fields active
/// outbound). Fails with the vendor path when a required vendor property is not mapped
/// outbound; use [`update_customer_from_customer`] to write onto an existing record.
pub fn canonical_customer_to_customer(
    canonical: &CanonicalCustomer,
) -> Result<Customer, MappingError> {
    let doc = engine::to_document(canonical, CANONICAL_OBJECT)?;

    let out = to_vendor_document(
        &doc,
        serde_json::Value::Object(serde_json::Map::new()),
        |f| f.outbound,
    )?;

    engine::from_document(out, VENDOR_OBJECT)
}

/// Canonical `Customer` written over an existing vendor `Customer`
/// (fields active outbound; everything else in `base` is kept).
pub fn update_customer_from_customer(
    canonical: &CanonicalCustomer,
    base: &Customer,
) -> Result<Customer, MappingError> {
    let doc = engine::to_document(canonical, CANONICAL_OBJECT)?;

    let base = engine::to_document(base, VENDOR_OBJECT)?;

    let out = to_vendor_document(&doc, base, |f| f.outbound)?;

    engine::from_document(out, VENDOR_OBJECT)
}

/// A canonical `Customer` to convert with `Customer::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromCanonicalCustomer(pub CanonicalCustomer);

impl TryFrom<FromCanonicalCustomer> for Customer {
    type Error = MappingError;

    fn try_from(value: FromCanonicalCustomer) -> Result<Self, Self::Error> {
        canonical_customer_to_customer(&value.0)
    }
}
