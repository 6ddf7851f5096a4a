//! Mapping `meterly-billing.invoice-to-invoice`: meterly-billing `Invoice` ↔ canonical `Invoice` (inbound). Do not edit: regenerate with `accord generate mapping contracts/mappings/meterly-billing.invoice-to-invoice.yaml`.
//!
//! Meterly Billing subscription invoices become canonical Invoices. Lines come from the nested list object `lines.data[]`. Amounts are already decimal strings; currency is upper-cased; timestamps are converted from Unix seconds.
//!
//! Vendor type `meterly_billing_client::types::Invoice`, canonical type
//! `accord_canonical::types::Invoice`. The field table is [`FIELDS`]; the
//! transforms are in [`transforms`]. `TryFrom` is implemented through the local wrappers
//! [`FromInvoice`] and [`FromCanonicalInvoice`] (the orphan rule forbids
//! `TryFrom` between two types of other crates).
#![deny(warnings)]
pub mod engine;

pub mod transforms;

#[cfg(test)]
mod round_trip;

pub use engine::{FieldMap, MappingError};

use transforms::{Table, Transform};

/// The vendor object.
pub use meterly_billing_client::types::Invoice;

/// The canonical object.
pub use accord_canonical::types::Invoice as CanonicalInvoice;

/// The mapping id.
pub const MAPPING_ID: &str = "meterly-billing.invoice-to-invoice";

/// The vendor object's name in error paths.
pub const VENDOR_OBJECT: &str = "Invoice";

/// The canonical object's name in error paths.
pub const CANONICAL_OBJECT: &str = "Invoice";

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
        canonical: &["invoiceNumber"],
        vendor: &["number"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
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
        canonical: &["subscriptionId"],
        vendor: &["subscription"],
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
                    ("draft", "\"draft\""),
                    ("open", "\"open\""),
                    ("paid", "\"paid\""),
                    ("void", "\"void\""),
                    ("uncollectible", "\"uncollectible\""),
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
        transform: Transform::Uppercase,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].description"],
        vendor: &["lines.data[].description"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].productId"],
        vendor: &["lines.data[].plan_id"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].quantity"],
        vendor: &["lines.data[].quantity"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].unitPrice"],
        vendor: &["lines.data[].unit_amount"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].lineTotal"],
        vendor: &["lines.data[].amount"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["subtotal.amount"],
        vendor: &["subtotal"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["subtotal.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Uppercase,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["taxTotal.amount"],
        vendor: &["tax"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["taxTotal.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Uppercase,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["total.amount"],
        vendor: &["total"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["total.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Uppercase,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["amountDue.amount"],
        vendor: &["amount_due"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["amountDue.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Uppercase,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["paidAt"],
        vendor: &["paid_at"],
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
    ("", "invoiceNumber"),
    ("", "customerId"),
    ("", "status"),
    ("", "currency"),
    ("", "lines"),
    ("", "total"),
    ("lines[]", "description"),
    ("lines[]", "quantity"),
    ("lines[]", "lineTotal"),
    ("subtotal", "amount"),
    ("subtotal", "currency"),
    ("taxTotal", "amount"),
    ("taxTotal", "currency"),
    ("total", "amount"),
    ("total", "currency"),
    ("amountDue", "amount"),
    ("amountDue", "currency"),
];

/// Required vendor properties: `(parent path, property)`, checked where the parent exists.
pub const VENDOR_REQUIRED: &[(&str, &str)] = &[
    ("", "id"),
    ("", "object"),
    ("", "number"),
    ("", "customer"),
    ("", "status"),
    ("", "currency"),
    ("", "subtotal"),
    ("", "tax"),
    ("", "total"),
    ("", "amount_due"),
    ("", "amount_paid"),
    ("", "created"),
    ("", "lines"),
    ("lines", "object"),
    ("lines", "data"),
    ("lines", "has_more"),
    ("lines.data[]", "id"),
    ("lines.data[]", "description"),
    ("lines.data[]", "quantity"),
    ("lines.data[]", "unit_amount"),
    ("lines.data[]", "amount"),
    ("lines.data[]", "period"),
];

/// A vendor JSON document → a canonical JSON document.
pub fn to_canonical_document(
    vendor: &serde_json::Value,
) -> Result<serde_json::Value, MappingError> {
    let doc = engine::inbound(FIELDS, vendor, CANONICAL_OBJECT)?;

    engine::check_required(&doc, CANONICAL_REQUIRED, CANONICAL_OBJECT)?;

    Ok(doc)
}

/// Vendor `Invoice` → canonical `Invoice` (fields active inbound).
pub fn invoice_to_canonical_invoice(
    vendor: &Invoice,
) -> Result<CanonicalInvoice, MappingError> {
    let doc = engine::to_document(vendor, VENDOR_OBJECT)?;

    engine::from_document(to_canonical_document(&doc)?, CANONICAL_OBJECT)
}

/// A vendor `Invoice` to convert with `CanonicalInvoice::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromInvoice(pub Invoice);

impl TryFrom<FromInvoice> for CanonicalInvoice {
    type Error = MappingError;

    fn try_from(value: FromInvoice) -> Result<Self, Self::Error> {
        invoice_to_canonical_invoice(&value.0)
    }
}

impl TryFrom<&Invoice> for FromInvoice {
    type Error = MappingError;

    fn try_from(value: &Invoice) -> Result<Self, Self::Error> {
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
pub struct FromCanonicalInvoice(pub CanonicalInvoice);
