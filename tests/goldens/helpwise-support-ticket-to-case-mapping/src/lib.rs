//! Mapping `helpwise-support.ticket-to-case`: helpwise-support `Ticket` ↔ canonical `Case` (both ways). Do not edit: regenerate with `accord generate mapping contracts/mappings/helpwise-support.ticket-to-case.yaml`.
//!
//! Helpwise tickets become canonical Cases; cases opened from our side are created as Helpwise tickets (outbound). Helpwise ids are integers and become strings. The CRM account id is kept in the ticket's `organization_external_id`.
//!
//! Vendor type `helpwise_support_desk_client::types::Ticket`, canonical type
//! `accord_canonical::types::Case`. The field table is [`FIELDS`]; the
//! transforms are in [`transforms`]. `TryFrom` is implemented through the local wrappers
//! [`FromTicket`] and [`FromCanonicalCase`] (the orphan rule forbids
//! `TryFrom` between two types of other crates).
#![deny(warnings)]
pub mod engine;

pub mod transforms;

#[cfg(test)]
mod round_trip;

pub use engine::{FieldMap, MappingError};

use transforms::{Table, Transform};

/// The vendor object.
pub use helpwise_support_desk_client::types::Ticket;

/// The canonical object.
pub use accord_canonical::types::Case as CanonicalCase;

/// The mapping id.
pub const MAPPING_ID: &str = "helpwise-support.ticket-to-case";

/// The vendor object's name in error paths.
pub const VENDOR_OBJECT: &str = "Ticket";

/// The canonical object's name in error paths.
pub const CANONICAL_OBJECT: &str = "Case";

/// The mapping's `fields`, in order.
pub const FIELDS: &[FieldMap] = &[
    FieldMap {
        canonical: &["id"],
        vendor: &["id"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["sourceSystem"],
        vendor: &[],
        constant: Some("\"helpwise-support\""),
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: false,
    },
    FieldMap {
        canonical: &["caseNumber"],
        vendor: &["id"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: false,
        round_trip: false,
    },
    FieldMap {
        canonical: &["subject"],
        vendor: &["subject"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["description"],
        vendor: &["description"],
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
                    ("new", "\"new\""),
                    ("open", "\"open\""),
                    ("pending", "\"pending\""),
                    ("hold", "\"on_hold\""),
                    ("solved", "\"solved\""),
                    ("closed", "\"closed\""),
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
        canonical: &["priority"],
        vendor: &["priority"],
        constant: None,
        default: Some("\"normal\""),
        transform: Transform::Enum(
            &Table {
                entries: &[
                    ("low", "\"low\""),
                    ("normal", "\"normal\""),
                    ("high", "\"high\""),
                    ("urgent", "\"urgent\""),
                ],
                fallback: Some("\"normal\""),
                reverse: &[],
            },
        ),
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["channel"],
        vendor: &["channel"],
        constant: None,
        default: None,
        transform: Transform::Enum(
            &Table {
                entries: &[
                    ("email", "\"email\""),
                    ("web", "\"web\""),
                    ("chat", "\"chat\""),
                    ("phone", "\"phone\""),
                    ("api", "\"api\""),
                ],
                fallback: Some("\"other\""),
                reverse: &[],
            },
        ),
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["requesterId"],
        vendor: &["requester_id"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["assigneeId"],
        vendor: &["assignee_id"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["accountId"],
        vendor: &["organization_external_id"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["tags"],
        vendor: &["tags"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["openedAt"],
        vendor: &["created_at"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: false,
        round_trip: true,
    },
    FieldMap {
        canonical: &["resolvedAt"],
        vendor: &["solved_at"],
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
    ("", "subject"),
    ("", "status"),
    ("", "priority"),
    ("", "openedAt"),
];

/// Required vendor properties: `(parent path, property)`, checked where the parent exists.
pub const VENDOR_REQUIRED: &[(&str, &str)] = &[
    ("", "id"),
    ("", "subject"),
    ("", "status"),
    ("", "channel"),
    ("", "requester_id"),
    ("", "tags"),
    ("", "created_at"),
    ("", "updated_at"),
];

/// A vendor JSON document → a canonical JSON document.
pub fn to_canonical_document(
    vendor: &serde_json::Value,
) -> Result<serde_json::Value, MappingError> {
    let doc = engine::inbound(FIELDS, vendor, CANONICAL_OBJECT)?;

    engine::check_required(&doc, CANONICAL_REQUIRED, CANONICAL_OBJECT)?;

    Ok(doc)
}

/// Vendor `Ticket` → canonical `Case` (fields active inbound).
pub fn ticket_to_case(vendor: &Ticket) -> Result<CanonicalCase, MappingError> {
    let doc = engine::to_document(vendor, VENDOR_OBJECT)?;

    engine::from_document(to_canonical_document(&doc)?, CANONICAL_OBJECT)
}

/// A vendor `Ticket` to convert with `CanonicalCase::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromTicket(pub Ticket);

impl TryFrom<FromTicket> for CanonicalCase {
    type Error = MappingError;

    fn try_from(value: FromTicket) -> Result<Self, Self::Error> {
        ticket_to_case(&value.0)
    }
}

impl TryFrom<&Ticket> for FromTicket {
    type Error = MappingError;

    fn try_from(value: &Ticket) -> Result<Self, Self::Error> {
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

/// Canonical `Case` → a new vendor `Ticket` (fields active
/// outbound). Fails with the vendor path when a required vendor property is not mapped
/// outbound; use [`update_ticket_from_case`] to write onto an existing record.
pub fn case_to_ticket(canonical: &CanonicalCase) -> Result<Ticket, MappingError> {
    let doc = engine::to_document(canonical, CANONICAL_OBJECT)?;

    let out = to_vendor_document(
        &doc,
        serde_json::Value::Object(serde_json::Map::new()),
        |f| f.outbound,
    )?;

    engine::from_document(out, VENDOR_OBJECT)
}

/// Canonical `Case` written over an existing vendor `Ticket`
/// (fields active outbound; everything else in `base` is kept).
pub fn update_ticket_from_case(
    canonical: &CanonicalCase,
    base: &Ticket,
) -> Result<Ticket, MappingError> {
    let doc = engine::to_document(canonical, CANONICAL_OBJECT)?;

    let base = engine::to_document(base, VENDOR_OBJECT)?;

    let out = to_vendor_document(&doc, base, |f| f.outbound)?;

    engine::from_document(out, VENDOR_OBJECT)
}

/// A canonical `Case` to convert with `Ticket::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromCanonicalCase(pub CanonicalCase);

impl TryFrom<FromCanonicalCase> for Ticket {
    type Error = MappingError;

    fn try_from(value: FromCanonicalCase) -> Result<Self, Self::Error> {
        case_to_ticket(&value.0)
    }
}
