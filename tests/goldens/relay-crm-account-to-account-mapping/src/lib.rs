//! Mapping `relay-crm.account-to-account`: relay-crm `Account` ↔ canonical `Account` (both ways). Do not edit: regenerate with `accord generate mapping contracts/mappings/relay-crm.account-to-account.yaml`.
//!
//! Relay CRM accounts (companies) become canonical Accounts. Pinned to Relay CRM API v1, where `annualRevenue` is a JSON number; v2 changes it to a decimal string, which changes the transform this mapping needs.
//!
//! Vendor type `relay_crm_v1_client::types::Account`, canonical type
//! `accord_canonical::types::Account`. The field table is [`FIELDS`]; the
//! transforms are in [`transforms`]. `TryFrom` is implemented through the local wrappers
//! [`FromAccount`] and [`FromCanonicalAccount`] (the orphan rule forbids
//! `TryFrom` between two types of other crates).
#![deny(warnings)]
pub mod engine;

pub mod transforms;

#[cfg(test)]
mod round_trip;

pub use engine::{FieldMap, MappingError};

use transforms::{Table, Transform};

/// The vendor object.
pub use relay_crm_v1_client::types::Account;

/// The canonical object.
pub use accord_canonical::types::Account as CanonicalAccount;

/// The mapping id.
pub const MAPPING_ID: &str = "relay-crm.account-to-account";

/// The vendor object's name in error paths.
pub const VENDOR_OBJECT: &str = "Account";

/// The canonical object's name in error paths.
pub const CANONICAL_OBJECT: &str = "Account";

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
        canonical: &["name"],
        vendor: &["name"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["type"],
        vendor: &["type"],
        constant: None,
        default: None,
        transform: Transform::Enum(
            &Table {
                entries: &[
                    ("prospect", "\"prospect\""),
                    ("customer", "\"customer\""),
                    ("partner", "\"partner\""),
                    ("reseller", "\"reseller\""),
                    ("competitor", "\"other\""),
                    ("other", "\"other\""),
                ],
                fallback: Some("\"other\""),
                reverse: &[("other", "\"other\""), ("supplier", "\"other\"")],
            },
        ),
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["website"],
        vendor: &["website"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["industry"],
        vendor: &["industry"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["employeeCount"],
        vendor: &["employeeCount"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["annualRevenue.amount"],
        vendor: &["annualRevenue"],
        constant: None,
        default: None,
        transform: Transform::ToString,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["annualRevenue.currency"],
        vendor: &["currency"],
        constant: None,
        default: Some("\"EUR\""),
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["ownerId"],
        vendor: &["ownerId"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["parentAccountId"],
        vendor: &["parentAccountId"],
        constant: None,
        default: None,
        transform: Transform::Copy,
        inbound: true,
        outbound: true,
        round_trip: true,
    },
    FieldMap {
        canonical: &["billingAddress.line1"],
        vendor: &["billingAddress.street"],
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
        vendor: &["billingAddress.state"],
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
        vendor: &["billingAddress.country"],
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
    ("", "name"),
    ("annualRevenue", "amount"),
    ("annualRevenue", "currency"),
    ("billingAddress", "country"),
];

/// Required vendor properties: `(parent path, property)`, checked where the parent exists.
pub const VENDOR_REQUIRED: &[(&str, &str)] = &[
    ("", "id"),
    ("", "name"),
    ("", "type"),
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

/// Vendor `Account` → canonical `Account` (fields active inbound).
pub fn account_to_canonical_account(
    vendor: &Account,
) -> Result<CanonicalAccount, MappingError> {
    let doc = engine::to_document(vendor, VENDOR_OBJECT)?;

    engine::from_document(to_canonical_document(&doc)?, CANONICAL_OBJECT)
}

/// A vendor `Account` to convert with `CanonicalAccount::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromAccount(pub Account);

impl TryFrom<FromAccount> for CanonicalAccount {
    type Error = MappingError;

    fn try_from(value: FromAccount) -> Result<Self, Self::Error> {
        account_to_canonical_account(&value.0)
    }
}

impl TryFrom<&Account> for FromAccount {
    type Error = MappingError;

    fn try_from(value: &Account) -> Result<Self, Self::Error> {
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

/// Canonical `Account` → a new vendor `Account` (fields active
/// outbound). Fails with the vendor path when a required vendor property is not mapped
/// outbound; use [`update_account_from_account`] to write onto an existing record.
pub fn canonical_account_to_account(
    canonical: &CanonicalAccount,
) -> Result<Account, MappingError> {
    let doc = engine::to_document(canonical, CANONICAL_OBJECT)?;

    let out = to_vendor_document(
        &doc,
        serde_json::Value::Object(serde_json::Map::new()),
        |f| f.outbound,
    )?;

    engine::from_document(out, VENDOR_OBJECT)
}

/// Canonical `Account` written over an existing vendor `Account`
/// (fields active outbound; everything else in `base` is kept).
pub fn update_account_from_account(
    canonical: &CanonicalAccount,
    base: &Account,
) -> Result<Account, MappingError> {
    let doc = engine::to_document(canonical, CANONICAL_OBJECT)?;

    let base = engine::to_document(base, VENDOR_OBJECT)?;

    let out = to_vendor_document(&doc, base, |f| f.outbound)?;

    engine::from_document(out, VENDOR_OBJECT)
}

/// A canonical `Account` to convert with `Account::try_from`.
#[derive(Debug, Clone, PartialEq)]
pub struct FromCanonicalAccount(pub CanonicalAccount);

impl TryFrom<FromCanonicalAccount> for Account {
    type Error = MappingError;

    fn try_from(value: FromCanonicalAccount) -> Result<Self, Self::Error> {
        canonical_account_to_account(&value.0)
    }
}
