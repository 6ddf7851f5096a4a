//! Mapping `ledgerline-erp.sales-order-to-order`: ledgerline-erp `SalesOrder` ↔ canonical `Order` (both ways). Do not edit: regenerate with `accord generate mapping contracts/mappings/ledgerline-erp.sales-order-to-order.yaml`.
//!
//! Ledgerline ERP sales orders with their lines become canonical Orders; Customer Hub creates orders in Ledgerline through the outbound direction. Totals and SKUs are computed by the ERP and only read.
//!
//! Vendor type `ledgerline_erp_client::types::SalesOrder`, canonical type
//! `accord_canonical::types::Order`. The field table is [`FIELDS`]; the
//! transforms are in [`transforms`]. `TryFrom` is implemented through the local wrappers
//! [`FromSalesOrder`] and [`FromCanonicalOrder`] (the orphan rule forbids
//! `TryFrom` between two types of other crates).
#![deny(warnings)]
pub mod engine;

pub mod transforms;

#[cfg(test)]
mod round_trip;

pub use engine::{FieldMap, MappingError};

use transforms::{Table, Transform};

/// The vendor object.
pub use ledgerline_erp_client::types::SalesOrder;

/// The canonical object.
pub use accord_canonical::types::Order as CanonicalOrder;

/// The mapping id.
pub const MAPPING_ID: &str = "ledgerline-erp.sales-order-to-order";

/// The vendor object's name in error paths.
pub const VENDOR_OBJECT: &str = "SalesOrder";

/// The canonical object's name in error paths.
pub const CANONICAL_OBJECT: &str = "Order";

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
        canonical: &["orderNumber"],
        vendor: &["number"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["customerId"],
        vendor: &["customerId"],
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
                    ("draft", "\"draft\""),
                    ("released", "\"confirmed\""),
                    ("partially_shipped", "\"partially_shipped\""),
                    ("shipped", "\"shipped\""),
                    ("invoiced", "\"invoiced\""),
                    ("cancelled", "\"canceled\""),
                ],
                fallback: Some("\"unknown\""),
                reverse: &[],
            },
        ),
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["orderDate"],
        vendor: &["orderDate"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["requestedDeliveryDate"],
        vendor: &["requestedDeliveryDate"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
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
        canonical: &["lines[].lineNumber"],
        vendor: &["lines[].lineNo"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].productId"],
        vendor: &["lines[].itemId"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].sku"],
        vendor: &["lines[].sku"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].description"],
        vendor: &["lines[].description"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].quantity"],
        vendor: &["lines[].quantity"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].unitOfMeasure"],
        vendor: &["lines[].uom"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].unitPrice"],
        vendor: &["lines[].unitPriceMinor"],
        constant: None,
        default: None,
        transform: Transform::MinorUnitsToDecimal(2),
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["lines[].lineTotal"],
        vendor: &["lines[].lineTotalMinor"],
        constant: None,
        default: None,
        transform: Transform::MinorUnitsToDecimal(2),
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["taxAmount.amount"],
        vendor: &["taxMinor"],
        constant: None,
        default: None,
        transform: Transform::MinorUnitsToDecimal(2),
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["taxAmount.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["totalAmount.amount"],
        vendor: &["totalMinor"],
        constant: None,
        default: None,
        transform: Transform::MinorUnitsToDecimal(2),
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["totalAmount.currency"],
        vendor: &["currency"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["shippingAddress.line1"],
        vendor: &["shipTo.line1"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["shippingAddress.line2"],
        vendor: &["shipTo.line2"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["shippingAddress.city"],
        vendor: &["shipTo.city"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["shippingAddress.region"],
        vendor: &["shipTo.region"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["shippingAddress.postalCode"],
        vendor: &["shipTo.postalCode"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["shippingAddress.country"],
        vendor: &["shipTo.countryCode"],
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
    ("", "orderNumber"),
    ("", "customerId"),
    ("", "status"),
    ("", "currency"),
    ("", "lines"),
    ("", "totalAmount"),
    ("lines[]", "lineNumber"),
    ("lines[]", "quantity"),
    ("lines[]", "unitPrice"),
    ("taxAmount", "amount"),
    ("taxAmount", "currency"),
    ("totalAmount", "amount"),
    ("totalAmount", "currency"),
    ("shippingAddress", "country"),
];

/// Required vendor properties: `(parent path, property)`, checked where the parent exists.
pub const VENDOR_REQUIRED: &[(&str, &str)] = &[
    ("", "id"),
    ("", "object"),
    ("", "number"),
    ("", "customerId"),
    ("", "status"),
    ("", "orderDate"),
    ("", "currency"),
    ("", "lines"),
    ("", "taxMinor"),
    ("", "totalMinor"),
    ("", "createdAt"),
    ("", "updatedAt"),
    ("lines[]", "lineNo"),
    ("lines[]", "itemId"),
    ("lines[]", "quantity"),
    ("lines[]", "unitPriceMinor"),
    ("lines[]", "lineTotalMinor"),
    ("shipTo", "line1"),
    ("shipTo", "city"),
    ("shipTo", "countryCode"),
];

/// A vendor JSON document → a canonical JSON document.
pub fn to_canonical_document(
    vendor: &serde_json::Value,
) -> Result<serde_json::Value, MappingError> {
    let doc = engine::inbound(FIELDS, vendor, CANONICAL_OBJECT)?;

    engine::check_required(&doc, CANONICAL_REQUIRED, CANONICAL_OBJECT)?;

    Ok(doc)
}

/// Vendor `SalesOrder` → canonical `Order` (fields active inbound).
pub fn sales_order_to_order(
    vendor: &SalesOrder,
) -> Result<CanonicalOrder, MappingError> {
    let doc = engine::to_document(vendor, VENDOR_OBJECT)?;

    engine::from_document(to_canonical_document(&doc)?, CANONICAL_OBJECT)
}

/// A vendor `SalesOrder` to convert with `CanonicalOrder::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromSalesOrder(pub SalesOrder);

impl TryFrom<FromSalesOrder> for CanonicalOrder {
    type Error = MappingError;

    fn try_from(value: FromSalesOrder) -> Result<Self, Self::Error> {
        sales_order_to_order(&value.0)
    }
}

impl TryFrom<&SalesOrder> for FromSalesOrder {
    type Error = MappingError;

    fn try_from(value: &SalesOrder) -> Result<Self, Self::Error> {
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

/// Canonical `Order` → a new vendor `SalesOrder` (fields active
/// outbound). Fails with the vendor path when a required vendor property is not mapped
/// outbound; use [`update_sales_order_from_order`] to write onto an existing record.
pub fn order_to_sales_order(
    canonical: &CanonicalOrder,
) -> Result<SalesOrder, MappingError> {
    let doc = engine::to_document(canonical, CANONICAL_OBJECT)?;

    let out = to_vendor_document(
        &doc,
        serde_json::Value::Object(serde_json::Map::new()),
        |f| f.outbound,
    )?;

    engine::from_document(out, VENDOR_OBJECT)
}

/// Canonical `Order` written over an existing vendor `SalesOrder`
/// (fields active outbound; everything else in `base` is kept).
pub fn update_sales_order_from_order(
    canonical: &CanonicalOrder,
    base: &SalesOrder,
) -> Result<SalesOrder, MappingError> {
    let doc = engine::to_document(canonical, CANONICAL_OBJECT)?;

    let base = engine::to_document(base, VENDOR_OBJECT)?;

    let out = to_vendor_document(&doc, base, |f| f.outbound)?;

    engine::from_document(out, VENDOR_OBJECT)
}

/// A canonical `Order` to convert with `SalesOrder::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromCanonicalOrder(pub CanonicalOrder);

impl TryFrom<FromCanonicalOrder> for SalesOrder {
    type Error = MappingError;

    fn try_from(value: FromCanonicalOrder) -> Result<Self, Self::Error> {
        order_to_sales_order(&value.0)
    }
}
