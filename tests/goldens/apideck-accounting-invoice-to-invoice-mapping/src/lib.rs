//! Mapping `apideck-accounting.invoice-to-invoice`: apideck-accounting `Invoice` ↔ canonical `Invoice` (inbound). Do not edit: regenerate with `accord generate mapping contracts/mappings/apideck-accounting.invoice-to-invoice.yaml`.
//!
//! Invoices read through the Apideck unified Accounting API (a real, third-party contract from the corpus, not written by us) become canonical Invoices with lines. Apideck sends amounts as JSON numbers (converted to decimal strings) and uses the pseudo-currency UNKNOWN_CURRENCY, which is mapped to ISO 4217 XXX ("no currency"). Read-only.
//!
//! Vendor type `apideck_accounting_client::types::Invoice`, canonical type
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
pub use apideck_accounting_client::types::Invoice;

/// The canonical object.
pub use accord_canonical::types::Invoice as CanonicalInvoice;

/// The mapping id.
pub const MAPPING_ID: &str = "apideck-accounting.invoice-to-invoice";

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
        constant: Some("\"apideck-accounting\""),
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
        vendor: &["customer.id"],
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
        transform: Transform::Enum(
            &Table {
                entries: &[
                    ("draft", "\"draft\""),
                    ("submitted", "\"open\""),
                    ("authorised", "\"open\""),
                    ("partially_paid", "\"partially_paid\""),
                    ("paid", "\"paid\""),
                    ("unpaid", "\"open\""),
                    ("void", "\"void\""),
                    ("credit", "\"unknown\""),
                    ("deleted", "\"void\""),
                    ("posted", "\"open\""),
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
        canonical: &["issueDate"],
        vendor: &["invoice_date"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["dueDate"],
        vendor: &["due_date"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Lookup(
            &Table {
                entries: &[("UNKNOWN_CURRENCY", "\"XXX\"")],
                fallback: None,
                reverse: &[],
            },
        ),
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].lineNumber"],
        vendor: &["line_items[].line_number"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].description"],
        vendor: &["line_items[].description"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].productId"],
        vendor: &["line_items[].item.id"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].quantity"],
        vendor: &["line_items[].quantity"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].unitPrice"],
        vendor: &["line_items[].unit_price"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].taxAmount"],
        vendor: &["line_items[].tax_amount"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].lineTotal"],
        vendor: &["line_items[].total_amount"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["subtotal.amount"],
        vendor: &["sub_total"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["subtotal.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Lookup(
            &Table {
                entries: &[("UNKNOWN_CURRENCY", "\"XXX\"")],
                fallback: None,
                reverse: &[],
            },
        ),
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["taxTotal.amount"],
        vendor: &["total_tax"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["taxTotal.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Lookup(
            &Table {
                entries: &[("UNKNOWN_CURRENCY", "\"XXX\"")],
                fallback: None,
                reverse: &[],
            },
        ),
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["total.amount"],
        vendor: &["total"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["total.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Lookup(
            &Table {
                entries: &[("UNKNOWN_CURRENCY", "\"XXX\"")],
                fallback: None,
                reverse: &[],
            },
        ),
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["amountDue.amount"],
        vendor: &["balance"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["amountDue.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Lookup(
            &Table {
                entries: &[("UNKNOWN_CURRENCY", "\"XXX\"")],
                fallback: None,
                reverse: &[],
            },
        ),
        inbound: true,
        outbound: false,
        round_trip: false,
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
pub const VENDOR_REQUIRED: &[(&str, &str)] = &[];

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
